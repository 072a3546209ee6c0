import { beforeAll, describe, expect, it } from 'vitest';
import type { Tokenize } from '../../morph';
import { loadTokenizer } from '../../morph/node';
import { parseRubric, type Check, type KeigoRule } from '../../rubric';
import { compileRubric } from '../compile';
import { locateSignature } from '../finders';
import { prepare } from '../text';
import type { ScoringContext } from '../types';
import { findKeigo } from './keigo';
import { keigoFindings } from './keigo-rules';

let tokenize: Tokenize;
beforeAll(async () => {
	tokenize = await loadTokenizer();
}, 30_000);

/** Each finding of a sentence as rule:found→fix. */
function found(sentence: string): string[] {
	const tokens = tokenize(sentence);
	return keigoFindings(tokens, ['中村']).map((f) => {
		const text = tokens
			.slice(f.from, f.to)
			.map((t) => t.surface)
			.join('');
		return `${f.rule}:${text}→${f.fix}`;
	});
}

const rules = (sentence: string) => found(sentence).map((f) => f.split(':')[0]);

const MUST: [KeigoRule, string, string][] = [
	// 謙譲語 for the customer's action, with the corrected form.
	['humble-for-customer', 'こちらにご記入してください。', 'ご記入ください'],
	['humble-for-customer', '少々お待ちしてください。', 'お待ちください'],
	['humble-for-customer', 'ご連絡していただけますでしょうか。', 'ご連絡いただけます'],
	['humble-for-customer', 'ほかにご質問があればお申し付けてください。', 'お申し付けください'],
	['humble-for-customer', '資料をご拝見ください。', 'ご覧ください'],
	['humble-for-customer', 'お客様が申されました内容', 'おっしゃいました'],
	['humble-for-customer', 'お客様が参られる日時', 'いらっしゃる'],
	['humble-for-customer', '山本様が伺った内容', 'お聞きになっ'],
	['humble-for-customer', 'PDFをダウンロードされてください。', 'ダウンロードしてください'],
	['humble-for-customer', 'SサイズとMサイズ、いかがいたしますか。', 'なさいますか'],
	['humble-for-customer', 'ご注文された商品', 'ご注文になった'],
	['humble-for-customer', '返金はできかねられます。', 'できかねます'],
	// 尊敬語 for our side and for things.
	['honorific-for-us', '弊社の担当がおっしゃいました。', '申しました'],
	['honorific-for-us', '私がご覧になります。', '拝見します'],
	['honorific-for-us', '弊社の担当者がいらっしゃいます。', 'おります'],
	['honorific-for-us', 'ご連絡をお待ちしていらっしゃいます。', 'お待ちしております'],
	['honorific-for-us', '当社のシステムの不具合でいらっしゃいました。', 'でございました'],
	['honorific-for-us', '送料が無料になられます。', 'なります'],
	['honorific-for-us', '反映まで時間がかかられます。', 'かかります'],
	['honorific-for-us', '倉庫で出荷の指示が漏れていらっしゃいました。', 'いました'],
	['humble-for-things', 'お届けできるかと存じ上げます。', '存じます'],
	// Doubled forms.
	['doubled-honorific', '資料をお読みになられましたか。', 'お読みになりました'],
	['doubled-honorific', 'お客様がおっしゃられた件', 'おっしゃった'],
	['doubled-honorific', 'ご覧になられましたか。', 'ご覧になりました'],
	['doubled-honorific', 'お召し上がりになられる前に', 'お召し上がりになる'],
	['doubled-honorific', 'いらっしゃられる方', 'いらっしゃる'],
	['doubled-honorific', 'ゆっくりお読みなさる時間', 'お読みになる'],
	['doubled-humble', '資料を拝見させていただきました。', '拝見いたしました'],
	['doubled-humble', '明日お伺いさせていただきます。', '伺います'],
	['stacked-polite', 'ご連絡ありがとうございますでございます。', 'ございます'],
	['stacked-polite', '大変申し訳ないでございます。', '申し訳ございません'],
	['stacked-polite', '長期の割引はございませんでございます。', 'ございません'],
	['stacked-polite', '銀行振込はできかねますです。', 'ます'],
	['favour-to-customer', 'データを出力してあげます。', '出力いたします'],
	['favour-to-customer', 'オンラインでお手伝いしてさしあげます。', 'お手伝いいたします'],
	// さ入れ and ら抜き.
	['sa-ire', '明日は休まさせていただきます。', '休ませ'],
	['sa-ire', '資料を読まさせてください。', '読ませ'],
	['ra-nuki', 'アプリで明細が見れます。', '見られ'],
	['ra-nuki', '明日は来れますか。', '来られ'],
	['ra-nuki', '冷凍でも食べれる商品です。', '食べられる'],
	['register-drop', '取り違えちゃってすみません。', ''],
	['register-drop', '返してもらえれば大丈夫です。', 'いただけれ']
];

const MUST_NOT = [
	'ご案内いたします。',
	'ご確認ください。',
	'お送りいたします。',
	'資料を拝見しました。',
	'私が伺います。',
	'中村が申しました。',
	'担当者が確認いたします。',
	'お客様がおっしゃるとおりです。',
	'お客様のおっしゃる通りです。',
	'ご覧になりましたら、ご返信ください。',
	'会員になられたお客様',
	'お召し上がりになる前に',
	'お持ちでいらっしゃいますか。',
	'佐藤様でいらっしゃいますか。',
	'返金を待っていらっしゃるのに、申し訳ありません。',
	'処理が進まず困っていらっしゃると思います。',
	'手順をご案内させていただきます。',
	'確認させてくださいね。',
	'ご連絡いただけますでしょうか。',
	'お子様に教えてあげてください。',
	'いかがなさいますか。',
	'こちらで手配いたしましょうか。',
	'お名前は存じ上げております。',
	'ご心配なことと存じます。',
	'読ませていただきました。',
	'食べられます。',
	'お休みなさい。',
	'ご利用になれます。',
	'申し訳ございません。'
];

describe('keigo rules', () => {
	it.each(MUST)('%s: %s', (rule, sentence, fix) => {
		const hits = found(sentence).filter((f) => f.startsWith(`${rule}:`));
		expect(hits, found(sentence).join(' ; ')).toHaveLength(1);
		expect(hits[0]!.split('→')[1]).toContain(fix);
	});

	it.each(MUST_NOT)('leaves correct keigo alone: %s', (sentence) => {
		expect(rules(sentence)).toEqual([]);
	});
});

/** A one-criterion rubric up to its checks, for the tests that add keigo checks to it. */
const HEAD = `id: t
title: { en: T, ja: T }
description: { en: T, ja: T }
pass: 60
criteria:
  - id: tone
    name: { en: Tone, ja: トーン }
    weight: 1
    levels: [{ en: a, ja: a }, { en: b, ja: b }]
    checks:
`;

describe('find: keigo', () => {
	const ctx: ScoringContext = {
		locale: 'ja',
		channel: 'email',
		customer: { name: '山田 花子' },
		agent: { name: '中村 翔太', company: '株式会社ミドリ商店' },
		facts: {}
	};
	const parsed = parseRubric(
		't.yaml',
		`${HEAD}      - id: misuse
        find: keigo
        rules: [humble-for-customer, doubled-honorific]
        cap: 0
        message: { en: m, ja: m }
      - id: register
        find: keigo
        rules: [register-drop]
        cap: 0
        message: { en: m, ja: m }
`
	);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
	const [misuse, register] = parsed.rubric.criteria[0]!.checks as [Check, Check];
	const compiled = compileRubric(parsed.rubric);

	function run(check: Check, text: string, tokens = true) {
		const p = prepare(text, 'ja');
		p.signatureStart = locateSignature(p);
		return findKeigo({ p, check, ctx, compiled, tokens: tokens ? tokenize(text) : undefined }).map(
			(m) => ({ text: p.norm.slice(m.start, m.end), message: m.message })
		);
	}

	const reply = (body: string) =>
		`山田 花子様\n\nお問い合わせいただきありがとうございます。${body}\nよろしくお願いいたします。\n\n株式会社ミドリ商店\n中村 翔太`;

	it('reports only the rules the check names, each with its rule and corrected form in both languages', () => {
		const text = reply('こちらにご記入してください。明日発送する。');
		const hits = run(misuse, text);
		expect(hits.map((h) => h.text)).toEqual(['ご記入してください']);
		expect(hits[0]!.message!.ja).toContain('謙譲語');
		expect(hits[0]!.message!.ja).toContain('「ご記入ください」');
		expect(hits[0]!.message!.en).toContain('ご記入ください');
		expect(run(register, text).map((h) => h.text)).toEqual(['発送する']);
	});

	it('finds nothing without tokens: the keystroke path is untouched', () => {
		expect(run(misuse, reply('ご記入してください。'), false)).toEqual([]);
	});

	it('leaves quotes, list items, headings and the signature out of the register', () => {
		const text = reply(
			'お客様からは「届いた箱が壊れていた」と伺いました。\n■いつ戻るか\n・交換品を本日発送する\n交換品を本日発送いたします。'
		);
		expect(run(register, text)).toEqual([]);
	});

	it('reports a plain ending in a polite reply, with its polite form', () => {
		const hits = run(register, reply('交換品は本日発送しました。到着は明日の予定だ。'));
		expect(hits.map((h) => h.text)).toEqual(['予定だ']);
		expect(hits[0]!.message!.ja).toContain('予定です');
	});
});

describe('rubric fields', () => {
	it('needs known rules for find: keigo, and a known check for replaced_by', () => {
		const bad = parseRubric(
			't.yaml',
			`${HEAD}      - id: k
        find: keigo
        rules: [no-such-rule]
        cap: 0
        message: { en: m, ja: m }
      - id: p
        find: phrases
        phrases: { ja: [x] }
        replaced_by: [nothing]
        cap: 0
        message: { en: m, ja: m }
`
		);
		expect(bad.ok).toBe(false);
		const text = bad.diagnostics.map((d) => d.message).join('\n');
		expect(text).toContain('no-such-rule');
		expect(text).toContain('"nothing" is not a check');
		const none = parseRubric(
			't.yaml',
			`${HEAD}      - id: k\n        find: keigo\n        cap: 0\n        message: { en: m, ja: m }\n`
		);
		expect(none.ok).toBe(false);
		if (!none.ok) expect(none.diagnostics[0]!.message).toContain('needs "rules"');
	});
});
