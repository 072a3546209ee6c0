import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tokenize } from '../morph';
import { loadTokenizer } from '../morph/node';
import { readRubricFile } from '../catalog/load';
import type { Locale, Rubric } from '../rubric';
import { MAX_REPLY, scoreReply, type Score } from '.';
import { SAMPLE_CONTEXT } from './samples';

// The shipped rubric, loaded from disk as the app and the CLI do. These tests do not depend on its
// tuning: they only ask that any input gives a well-formed score.
const rubricFile = fileURLToPath(new URL('../../../rubrics/support-email.yaml', import.meta.url));
const parsed = readRubricFile(rubricFile);
if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
const rubric: Rubric = parsed.rubric;

const CONTEXT = SAMPLE_CONTEXT;

const EN_REPLY = `Hi Dana,

Thank you for writing, and I'm truly sorry that order A-10492 is late. That's our mistake.

1. The parcel is moving again since this morning.
2. The courier expects to deliver it on Friday 14 March.
3. You can follow it here: https://northwind.example/track/A-10492

If anything else comes up, please let me know; I'm happy to help.

Best regards,
Sam Carter
Customer Care, Northwind Shop
https://help.northwind.example`;

const JA_REPLY = `山田 花子様

このたびはご注文の商品（ご注文番号 B-20931）のお届けが遅れ、大変申し訳ございません。弊社の不手際により、ご心配をおかけしております。

1. 荷物は本日より再び輸送されております。
2. 3月14日（金）にお届けできる見込みです。
3. 配送状況は https://midori.example/track/B-20931 からご確認ください。

ご不明な点がございましたら、お気軽にお問い合わせください。

株式会社ミドリ商店 カスタマーサポート
佐藤 美咲
TEL：0120-123-456`;

/**
 * Scores without throwing and checks that the score is well-formed; returns it for more checks.
 * With `tokenize`, the reply goes through the tokenizer first, as the CLI scores Japanese.
 */
function scoreSafely(reply: string, locale: Locale, tokenize?: Tokenize): Score {
	let score: Score | undefined;
	expect(() => {
		const tokens = tokenize?.(reply);
		score = scoreReply(reply, rubric, CONTEXT[locale], { tokens });
	}).not.toThrow();
	expectSensible(score!, reply);
	return score!;
}

function expectSensible(score: Score, reply: string): void {
	expect(Object.keys(score.criteria).length).toBeGreaterThan(0);
	for (const [id, c] of Object.entries(score.criteria)) {
		expect(Number.isInteger(c.level), `${id} level ${c.level} is a whole number`).toBe(true);
		expect(c.level, `${id} level`).toBeGreaterThanOrEqual(0);
		expect(c.level, `${id} level`).toBeLessThanOrEqual(c.max);
		for (const e of c.evidence) {
			const where = `${e.check} [${e.start}, ${e.end}) ${JSON.stringify(e.text)}`;
			expect(e.start, where).toBeGreaterThanOrEqual(0);
			expect(e.start, where).toBeLessThanOrEqual(e.end);
			expect(e.end, where).toBeLessThanOrEqual(reply.length);
			expect(reply.slice(e.start, e.end), where).toBe(e.text);
			expect(Number.isFinite(e.effect), where).toBe(true);
		}
	}
	expect(Number.isFinite(score.total)).toBe(true);
	expect(score.total).toBeGreaterThanOrEqual(0);
	expect(score.total).toBeLessThanOrEqual(100);
	if (score.autoFail) {
		expect(score.total).toBe(0);
		expect(score.autoFailReason).toBeTruthy();
	}
	expect(score.passed).toBe(!score.autoFail && score.total >= rubric.pass);
}

const LOCALES: Locale[] = ['ja', 'en'];

describe.each(LOCALES)('scoreReply robustness (%s context)', (locale) => {
	it('scores an empty reply 0', () => {
		const score = scoreSafely('', locale);
		expect(score.total).toBe(0);
		expect(score.passed).toBe(false);
	});

	it.each([
		['spaces', '   '],
		['mixed whitespace', ' \n\t\r\n\u3000\u00a0 \n\n'],
		['zero-width and bidi marks', '\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\n']
	])('scores a whitespace-only reply (%s) 0', (_, reply) => {
		const score = scoreSafely(reply, locale);
		expect(score.total).toBe(0);
		expect(score.passed).toBe(false);
	});

	it('scores 1 MB of text quickly and without throwing', () => {
		const base = locale === 'ja' ? JA_REPLY : EN_REPLY;
		const reply = (base + '\n\n').repeat(Math.ceil(1_000_000 / (base.length + 2)));
		expect(reply.length).toBeGreaterThanOrEqual(1_000_000);
		const started = performance.now();
		scoreSafely(reply, locale);
		// Not a speed target (see npm run bench); only a guard against scoring the whole megabyte
		// with something quadratic.
		expect(performance.now() - started).toBeLessThan(5_000);
	});

	// One unbroken run of letters is the worst case for phrase patterns like /\p{L}+ ?> ?\p{L}+/;
	// scoring must stay well under the test timeout (5 s) even then.
	it.each([
		['Latin', 'a'],
		['kana', 'あ']
	])('scores 1 MB of one unbroken line of %s', (_, letter) => {
		scoreSafely(letter.repeat(1 << 20), locale);
	});

	it('handles every C0 control character', () => {
		const controls = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
		scoreSafely(controls, locale);
		scoreSafely(`${controls}${EN_REPLY}${controls}`, locale);
		scoreSafely(JA_REPLY.replace(/。/g, `。${controls}`), locale);
		scoreSafely('\u0000'.repeat(1000), locale);
		scoreSafely('\u007f\u0080\u009f\u00ad\u2028\u2029', locale);
	});

	it('handles lone surrogates', () => {
		scoreSafely('\ud800', locale);
		scoreSafely('\udfff', locale);
		scoreSafely('\udc00\ud800', locale);
		scoreSafely(`Thank you\ud83d for writing \udc4d sorry ${'\ud83d'.repeat(10)}`, locale);
		scoreSafely(`ありがとうございます\ud800。申し訳\udfffございません。`, locale);
		scoreSafely(EN_REPLY.slice(0, 40) + '\ud83d' + EN_REPLY.slice(40), locale);
	});

	it('handles binary noise', () => {
		let seed = 42;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
		const noise = Array.from({ length: 4096 }, () => String.fromCharCode(random() % 0x10000)).join(
			''
		);
		scoreSafely(noise, locale);
		scoreSafely(`${EN_REPLY}\n${noise}\n${JA_REPLY}`, locale);
	});

	it('handles emoji: ZWJ sequences, flags, skin tones, keycaps', () => {
		const emoji = '👨‍👩‍👧‍👦 🏳️‍🌈 🇯🇵🇬🇧 👍🏽 👋🏿 ❤️ 1️⃣ 🙇‍♀️ ✨';
		scoreSafely(emoji, locale);
		scoreSafely(emoji.repeat(500), locale);
		scoreSafely(
			`Hi Dana 👋🏽,\n\nThank you 🙏🏻 and sorry 😢 about order A-10492 🇯🇵!\n\nSam Carter 👨‍💻\nNorthwind Shop`,
			locale
		);
		scoreSafely(
			`山田 花子様🙇‍♀️\n\nご迷惑をおかけし申し訳ございません🙏🏼。お気軽にどうぞ👨‍👩‍👧‍👦！\n\n佐藤 美咲\n株式会社ミドリ商店`,
			locale
		);
	});

	it('handles mixed Japanese and English', () => {
		scoreSafely(
			`Dear 山田様 / Hi Dana,\n\nThank you for your patience. ご不便をおかけし申し訳ございません。I'm sorry, 弊社のミスです。\n\n- Order A-10492 は 3月14日（金）にお届け予定です。\n- You can track it here: https://northwind.example/track/A-10492\n\nSam Carter / 佐藤 美咲\nNorthwind Shop 株式会社ミドリ商店`,
			locale
		);
	});

	it('handles right-to-left text', () => {
		scoreSafely('شكراً لتواصلك معنا. نعتذر عن التأخير في طلبك.', locale);
		scoreSafely('תודה שפנית אלינו. אנו מתנצלים על העיכוב בהזמנה שלך.', locale);
		scoreSafely(
			`Hi Dana,\n\n\u202bשלום\u202c Thank you, and sorry about order \u200fA-10492\u200f. مرحبا\n\nSam Carter\nNorthwind Shop`,
			locale
		);
	});

	it('handles a reply of only a URL', () => {
		scoreSafely('https://northwind.example/track/A-10492', locale);
		scoreSafely('https://help.northwind.example/?q=%E3%81%82&x=[1]#frag', locale);
	});

	it('handles Markdown', () => {
		scoreSafely(
			`# Your order\n\n**Hi Dana**,\n\n> Where is my order??\n\nThank you for *writing*, and I'm __sorry__.\n\n1. Tracking: [here](https://northwind.example/track/A-10492)\n2. ETA: \`Friday 14 March\`\n\n\`\`\`\n{{customer_name}} [name] <name>\n\`\`\`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\nSam Carter  \nNorthwind Shop`,
			locale
		);
	});

	it('handles regex and template metacharacters', () => {
		scoreSafely('$& $1 \\ ^ $ . * + ? ( ) [ ] { } | / {{ }} %name% [[x]] (((( ))))', locale);
		scoreSafely('['.repeat(5000) + '{'.repeat(5000) + '<'.repeat(5000), locale);
	});
});

describe('scoreReply robustness with the tokenizer (ja context)', () => {
	let tokenize: Tokenize;
	beforeAll(async () => {
		tokenize = await loadTokenizer();
	}, 30_000);

	it('handles U+0000 and every other C0 control character', () => {
		const controls = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
		scoreSafely('\u0000', 'ja', tokenize);
		scoreSafely(controls, 'ja', tokenize);
		scoreSafely(JA_REPLY.replace(/。/g, `。${controls}`), 'ja', tokenize);
		scoreSafely('\u0000'.repeat(1000), 'ja', tokenize);
	});

	it('handles lone surrogates', () => {
		scoreSafely('\ud800', 'ja', tokenize);
		scoreSafely('\ud800\ud800\udfff', 'ja', tokenize);
		scoreSafely(
			`ありがとうございます\ud800。申し訳\udfffございません。${'\ud83d'.repeat(10)}`,
			'ja',
			tokenize
		);
	});

	it.each([
		['one unbroken run of kana', 'あ'.repeat(MAX_REPLY)],
		[
			'a model reply repeated',
			JA_REPLY.repeat(Math.ceil(MAX_REPLY / JA_REPLY.length)).slice(0, MAX_REPLY)
		]
	])('scores the longest reply the CLI takes: %s', (_, reply) => {
		scoreSafely(reply, 'ja', tokenize);
	});
});

describe('evidence spans index the original text', () => {
	// Characters whose NFKC form has another length (ｶﾞ → ガ, ㈱ → (株), ㍿ → 株式会社, ﬁ → fi) or
	// that only change width (ＡＢＣ, ①): every span must still be a slice of what was typed.
	const cases: [string, Locale, string][] = [
		[
			'half-width kana',
			'ja',
			`ﾔﾏﾀﾞ様\n\nｺﾞ迷惑をおかけし申し訳ございません。ｶﾞｲﾄﾞのﾍﾟｰｼﾞをご確認ください。\n\nｻﾎﾟｰﾄ担当 佐藤 美咲\nﾐﾄﾞﾘ商店`
		],
		[
			'full-width Latin',
			'en',
			`Ｈｉ Ｄａｎａ,\n\nＴｈａｎｋ ｙｏｕ ｆｏｒ ｗｒｉｔｉｎｇ, ａｎｄ Ｉ'ｍ ｓｏｒｒｙ about Ａ－１０４９２.\n\nＳａｍ Ｃａｒｔｅｒ\nＮｏｒｔｈｗｉｎｄ Ｓｈｏｐ`
		],
		[
			'circled numbers as steps',
			'ja',
			`山田 花子様\n\n①配送状況をご確認ください。\n②3月14日（金）にお届け予定です。\n③万が一届かない場合はご返信ください。\n\n佐藤 美咲`
		],
		[
			'squared and parenthesised forms',
			'ja',
			`山田 花子様\n\n大変申し訳ございません。㈱ミドリ商店より、㍻・㋿の表記でご案内いたします。\n\n㈱ミドリ商店 カスタマーサポート\n佐藤 美咲\nTEL：０１２０－１２３－４５６`
		],
		[
			'ligatures and expanding case',
			'en',
			`Hi Dana,\n\nThank you — the ﬁx is on our side. İ'm sorry; ﬃ ß ŉ ǰ ΐ.\n\nSam Carter\nNorthwind Shop ㍿`
		],
		[
			'combining marks',
			'en',
			`Hi Dana,\n\nThank you and sorry, cafe\u0301 nai\u0308ve re\u0301sume\u0301 — s\u0323\u0307orry.\n\nSam Carter\nNorthwind Shop`
		]
	];

	it.each(cases)('%s', (_, locale, reply) => {
		const score = scoreSafely(reply, locale);
		const evidence = Object.values(score.criteria).flatMap((c) => c.evidence);
		expect(evidence.length).toBeGreaterThan(0);
		// The other locale must be just as safe.
		scoreSafely(reply, locale === 'ja' ? 'en' : 'ja');
	});

	it('finds phrases written in the other width and reports the typed text', () => {
		const score = scoreSafely('Ｔｈａｎｋ ｙｏｕ, Ｄａｎａ.', 'en');
		const courtesy = score.criteria.empathy!.evidence.find((e) => e.check === 'courtesy');
		expect(courtesy?.text).toBe('Ｔｈａｎｋ ｙｏｕ');
	});

	it('maps spans after an expansion (㈱ → (株)) back to the typed text', () => {
		const reply = '㈱㈱㈱ 大変申し訳ございません。ｶﾞｶﾞ ご迷惑をおかけしました。';
		const score = scoreSafely(reply, 'ja');
		const texts = score.criteria.empathy!.evidence.map((e) => e.text);
		expect(texts).toContain('申し訳');
		expect(texts).toContain('ご迷惑をおかけ');
	});
});
