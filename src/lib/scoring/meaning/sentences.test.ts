import { describe, expect, it } from 'vitest';
import type { Token } from '../../morph';
import { prepare } from '../text';
import { bodyUnits, measures } from './sentences';
import { context, evidenceOf, scored } from './test-helpers';

const roles = (reply: string, locale: 'en' | 'ja', tokens?: Token[]) =>
	bodyUnits(prepare(reply, locale), context(locale), tokens).map((u) => u.role);

describe('bodyUnits: what each sentence does', () => {
	it('tells sentences with a predicate from fragments and pleasantries (en)', () => {
		expect(
			roles(
				'Thank you. So sorry. Our mistake. Tracking page. The parcel arrived at the depot. Go to Settings.',
				'en'
			)
		).toEqual(['filler', 'filler', 'fragment', 'fragment', 'content', 'content']);
	});

	it('reads a Japanese sentence ending (体言止め with a topic is a sentence)', () => {
		expect(
			roles(
				'申し訳ございません。配送状況ページ。報告書は12月4日（金）公開。本日発送いたしました。',
				'ja'
			)
		).toEqual(['filler', 'fragment', 'content', 'content']);
	});

	it('leaves out greetings, list items, headings and the signature', () => {
		const reply =
			'Hi Dana,\n\nWhat happens next:\n- Refund issued today\n- Card credited by Friday\n\nYour refund went out this morning.\n\nBest,\nSam Carter\nNorthwind Shop';
		const p = prepare(reply, 'en');
		p.signatureStart = reply.toLowerCase().indexOf('best,');
		expect(measures(bodyUnits(p, context('en')))).toEqual({
			units: 1,
			content: 1,
			filler: 0,
			fragments: 0
		});
	});

	it('takes the last word from the tokenizer when there are tokens', () => {
		const text = 'お知らせ。';
		const noun: Token[] = [
			{
				surface: 'お知らせ',
				pos: '名詞',
				detail: '一般',
				basic: 'お知らせ',
				form: '*',
				start: 0,
				end: 4
			},
			{ surface: '。', pos: '記号', detail: '句点', basic: '。', form: '*', start: 4, end: 5 }
		];
		expect(roles(text, 'ja')).toEqual(['content']);
		expect(roles(text, 'ja', noun)).toEqual(['fragment']);
	});
});

describe('the shipped rubrics: salad, padding, repetition', () => {
	const message = 'My refund still has not arrived. Where is my money?';

	it('keyword salad caps clarity and holds empathy below 2, in both languages', () => {
		const en = scored(
			'Thank you. So sorry. I understand. Our mistake. Friday 4 December. BW-48213. Tracking page. Let me know.',
			'en',
			message
		);
		expect(evidenceOf(en, 'clarity', 'keyword-salad').length).toBeGreaterThan(0);
		expect(en.criteria.clarity!.level).toBe(0);
		expect(en.criteria.empathy!.level).toBeLessThanOrEqual(1);
		expect(en.passed).toBe(false);
		const ja = scored(
			'ご迷惑をおかけし申し訳ございません。ご心情お察しいたします。当社の不手際です。KG-20261114-0387。12月5日（土）。配送状況ページ。返金5,500円。ご確認ください。',
			'ja',
			'返金はまだですか？'
		);
		expect(ja.criteria.clarity!.level).toBe(0);
		expect(ja.criteria.empathy!.level).toBeLessThanOrEqual(1);
		expect(ja.passed).toBe(false);
	});

	it('apology stuffing with no answer does not pass', () => {
		const s = scored(
			'We are so sorry. We sincerely apologise for this. We understand how frustrating this must be and we deeply regret any inconvenience caused. Please accept our apologies.',
			'en',
			message,
			'chat'
		);
		expect(evidenceOf(s, 'clarity', 'padding').length).toBeGreaterThan(0);
		expect(s.criteria.empathy!.level).toBeLessThanOrEqual(1);
		expect(s.passed).toBe(false);
	});

	it('apologies that each restate a piece of the trouble are still stuffing', () => {
		const s = scored(
			'山田様、大変申し訳ございません。ログインいただけない状況となり、誠に申し訳ございません。本日が期限とのこと、重ねてお詫び申し上げます。ご迷惑をおかけしておりますこと、心よりお詫び申し上げます。',
			'ja',
			'何度再送しても届きません。どうすればいいですか？',
			'chat'
		);
		expect(evidenceOf(s, 'clarity', 'padding').length).toBeGreaterThan(0);
		expect(s.criteria.empathy!.level).toBeLessThanOrEqual(1);
		expect(s.passed).toBe(false);
		// One apology among the answer's sentences is not.
		const answer = scored(
			'山田様、ログインできず申し訳ございません。確認コードを本日再発行し、メールでお送りしました。迷惑メールのフォルダもご確認ください。届かない場合は、このチャットでお知らせください。',
			'ja',
			'何度再送しても届きません。どうすればいいですか？',
			'chat'
		);
		expect(evidenceOf(answer, 'clarity', 'padding')).toEqual([]);
	});

	it('twenty repeats of filler do not pass', () => {
		const s = scored(
			`Hi Dana,\n\n${'Thank you for your patience, we really appreciate it. '.repeat(20)}\n\nSam Carter\nNorthwind Shop`,
			'en',
			message
		);
		expect(evidenceOf(s, 'clarity', 'repetition').length).toBeGreaterThan(0);
		expect(s.criteria.clarity!.level).toBeLessThanOrEqual(1);
		expect(s.criteria.empathy!.level).toBeLessThanOrEqual(1);
		expect(s.passed).toBe(false);
	});

	it('excellent replies in plain wording are not hit: lists, headings, one-line chat answers', () => {
		const email = scored(
			"Hi Dana,\n\nI'm sorry your refund is late; that's our mistake.\n\nWhere it stands:\n- Issued today, reference RF-77120\n- On your card by Wednesday 9 December\n\nReply here if it hasn't arrived by then.\n\nSam Carter\nCustomer Care, Northwind Shop\nhttps://help.northwind.example",
			'en',
			message
		);
		const chat = scored(
			'It went back to your card this morning and will show by Wednesday 9 December.',
			'en',
			'ok so when will I see it?',
			'chat'
		);
		const ja = scored(
			'山田 花子 様\n\nご返金が遅れており申し訳ございません。\n\n【現在の状況】\n・本日、返金手続きを完了いたしました\n・カードへの反映は12月9日（水）頃の見込みです\n\nご不明な点はお気軽にご返信ください。\n\n株式会社ミドリ商店 カスタマーサポート\n佐藤 美咲',
			'ja',
			'返金はまだですか？'
		);
		for (const s of [email, chat, ja])
			for (const check of ['keyword-salad', 'padding', 'repetition', 'unanswered'])
				expect(evidenceOf(s, 'clarity', check)).toEqual([]);
	});
});
