import { readRubricFile } from '../catalog/load';
import { describe, expect, it } from 'vitest';
import { parseRubric, type Locale, type Rubric } from '../rubric';
import { scoreReply, type Score, type ScoringContext } from '.';

// A rubric written for these tests: it pins what `clash` does, not the shipped tuning.
const MINI = `
id: mini
title: Mini
negation:
  en: { before: ["not", "n't"] }
  ja: { after: ["ではございません"] }
hedges:
  en: { before: ["if", "once", "you said"] }
  ja: { before: ["もし"], after: ["ましたら", "場合", "と表示"] }
criteria:
  - id: clarity
    name: Clarity
    weight: 1
    base: 2
    levels: [confusing, vague, plain, concise]
    checks:
      - id: clash
        find: clash
        claims:
          - about: shipped
            is: { en: ["has shipped", "shipped today"], ja: ["発送済み", "発送いたしました"] }
            is_not: { en: ["not shipped yet", "/hasn't shipped/"], ja: ["まだ発送", "未発送"] }
          - about: fixed
            is: { en: ["repair is completed"] }
            is_not: { en: ["awaiting parts"] }
        cap: 0
        message: { en: Says it both ways., ja: 矛盾しています。 }
      - id: unanswered
        find: unanswered
        cap: 1
        message: { en: Their question is unanswered., ja: 質問に答えていません。 }
`;

function parse(text: string, file = 'mini.yaml'): Rubric {
	const result = parseRubric(file, text);
	if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
	return result.rubric;
}
const mini = parse(MINI);

function context(locale: Locale, message?: string): ScoringContext {
	return {
		locale,
		channel: 'email',
		customer: { name: locale === 'en' ? 'Dana Reyes' : '山田 花子', message },
		agent: { name: 'Sam Carter', company: 'Northwind Shop' },
		facts: {}
	};
}

function score(reply: string, locale: Locale = 'en', message?: string, rubric = mini): Score {
	return scoreReply(reply, rubric, context(locale, message));
}

const clarity = (s: Score) => s.criteria.clarity!;
const found = (s: Score, check: string) =>
	clarity(s).evidence.filter((e) => e.check.split('.')[0] === check && !e.void);

describe('clash: a thing stated as done and as not done', () => {
	it('reports both statements, indexed in the original text, and caps the level', () => {
		const reply = 'Your order has shipped. Sadly it has not shipped yet, sorry.';
		const s = score(reply);
		const spans = found(s, 'clash');
		expect(spans.map((e) => e.text)).toEqual(['has shipped', 'not shipped yet']);
		expect(spans.every((e) => e.check === 'clash.shipped')).toBe(true);
		for (const e of spans) expect(reply.slice(e.start, e.end)).toBe(e.text);
		expect(clarity(s).level).toBe(0);
	});

	it('works on Japanese in any width, with spans of what was typed', () => {
		const reply = '交換品は本日発送済みです。なお、交換品はまだ発送しておりません。';
		const s = score(reply, 'ja');
		expect(found(s, 'clash').map((e) => e.text)).toEqual(['発送済み', 'まだ発送']);
		expect(clarity(s).level).toBe(0);
	});

	it('a statement and its opposite far apart still clash', () => {
		const reply = `The repair is completed and your device is ready.\n\nSome notes on care.\nMore notes.\nStill more notes.\n\nStatus: awaiting parts.`;
		expect(clarity(score(reply)).level).toBe(0);
	});

	it('one side alone is not a contradiction', () => {
		expect(found(score('Your order has shipped and arrives Friday.'), 'clash')).toEqual([]);
		expect(found(score('It has not shipped yet; it goes out Friday.'), 'clash')).toEqual([]);
	});

	it('a denial that contains the affirmation is only a denial', () => {
		// "not shipped yet" holds the words "shipped"; with is: ["shipped"] it must not clash with itself.
		const rubric = parse(MINI.replace('["has shipped", "shipped today"]', '["shipped"]'));
		expect(found(score('It is not shipped yet.', 'en', undefined, rubric), 'clash')).toEqual([]);
	});

	it('an English claim starts at a word start, also when written as a regular expression', () => {
		const rubric = parse(MINI.replace('["has shipped", "shipped today"]', '["/is shipped/"]'));
		const reply = 'We found this shipped box. It has not shipped yet.';
		expect(found(score(reply, 'en', undefined, rubric), 'clash')).toEqual([]);
		const clash = 'Your order is shipped. It has not shipped yet.';
		expect(found(score(clash, 'en', undefined, rubric), 'clash')).toHaveLength(2);
	});

	it('a condition, a report of what the customer said, or a question is not a claim', () => {
		const cases = [
			'If it has shipped, you will get an email. It has not shipped yet.',
			'You said it has shipped, but it has not shipped yet.',
			'Has it shipped already? It has not shipped yet.'
		];
		for (const reply of cases) expect(found(score(reply), 'clash'), reply).toEqual([]);
		const ja = [
			'発送いたしましたらご連絡します。現在はまだ発送前です。まだ発送しておりません。',
			'もし発送済みでしたらご連絡ください。まだ発送しておりません。',
			'サイトには「発送済み」と表示されておりますが、まだ発送しておりません。'
		];
		for (const reply of ja) expect(found(score(reply, 'ja'), 'clash'), reply).toEqual([]);
	});

	it('a negated statement is not a claim', () => {
		expect(found(score("I can't say it has shipped. It has not shipped yet."), 'clash')).toEqual(
			[]
		);
		expect(
			found(score('発送済みではございません。まだ発送しておりません。', 'ja'), 'clash')
		).toEqual([]);
	});

	it('the signature block is not part of the claims', () => {
		const reply = 'Your order has shipped today.\n\nSam Carter\nNorthwind Shop\nnot shipped yet';
		expect(found(score(reply), 'clash')).toEqual([]);
	});
});

describe('rubric file: claims and hedges', () => {
	it('a clash check needs claims, and claims only go on a clash check', () => {
		const noClaims = parseRubric('mini.yaml', MINI.replace(/claims:[\s\S]*?cap: 0/, 'cap: 0'));
		expect(noClaims.ok).toBe(false);
		if (!noClaims.ok)
			expect(noClaims.diagnostics.map((d) => d.message).join('\n')).toMatch(/needs "claims"/);
		const stray = parseRubric(
			'mini.yaml',
			MINI.replace(
				'find: unanswered\n        cap: 1',
				'find: unanswered\n        claims: []\n        cap: 1'
			)
		);
		expect(stray.ok).toBe(true);
	});

	it('each side of a claim needs phrases for the same locales', () => {
		const broken = parseRubric(
			'mini.yaml',
			MINI.replace('is_not: { en: ["awaiting parts"] }', 'is_not: { ja: ["部品待ち"] }')
		);
		expect(broken.ok).toBe(false);
		if (!broken.ok)
			expect(broken.diagnostics[0]!.message).toMatch(/both "is" and "is_not" phrases for/);
	});
});

describe('the shipped rubrics catch the contradictions and unanswered questions they describe', () => {
	const load = (id: string) => {
		const result = readRubricFile(`rubrics/${id}.yaml`);
		if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
		return result.rubric;
	};
	const email = load('support-email');
	const chat = load('support-chat');

	it.each([
		['en', 'The repair is completed, so your laptop is ready. Current status: awaiting parts.'],
		[
			'en',
			'Your replacement shipped today. We have not shipped it yet, as we need the photo first.'
		],
		['ja', '交換品は本日発送済みです。なお、交換品はまだ発送しておりません。'],
		['ja', '二重決済は確認できませんでした。重複分の返金手続きを本日行いました。']
	] as const)('%s: %s', (locale, reply) => {
		for (const rubric of [email, chat])
			expect(clarity(score(reply, locale, undefined, rubric)).level).toBe(0);
	});

	it.each([
		['en', 'Your parcel has shipped and is on its way; it should arrive by Friday.'],
		[
			'en',
			'If it has already shipped, I will cancel the delivery; if it has not shipped yet, I will stop it.'
		],
		['en', "I've refunded the duplicate today; your bank will show it within 5 business days."],
		['ja', '本日発送いたしました。お届けは3月14日（金）の予定です。'],
		['ja', 'まだ発送しておりません。発送いたしましたら、追跡番号をお知らせいたします。']
	] as const)('no clash: %s: %s', (locale, reply) => {
		expect(found(score(reply, locale, undefined, email), 'status-clash')).toEqual([]);
	});

	it.each([
		[
			'en',
			'It arrives Friday 14 March. If it has not arrived by Friday evening, reply and I will send a replacement.'
		],
		['ja', '3月14日（金）にお届けいたします。もし届いていない場合は、このメールにご返信ください。']
	] as const)('a denial in a condition contradicts nothing: %s: %s', (locale, reply) => {
		for (const rubric of [email, chat])
			expect(found(score(reply, locale, undefined, rubric), 'contradiction')).toEqual([]);
	});
});
