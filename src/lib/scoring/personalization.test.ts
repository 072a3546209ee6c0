import { describe, expect, it } from 'vitest';
import { parseRubric } from '../rubric';
import { scoreReply } from '.';
import type { ScoringContext } from './types';

const parsed = parseRubric(
	'rubrics/personal.yaml',
	`id: personal
title: Personal
criteria:
  - id: personalization
    name: Personalization
    weight: 1
    base: 1
    levels: [none, generic, one, both]
    checks:
      - id: specifics
        find: facts
        facts: ['*']
        points: 1
        message: Specifics
      - id: their-words
        find: echo
        min: 2
        unless: [specifics]
        points: 1
        message: Their words
      - id: wrong-name
        find: wrong-name
        cap: 0
        message: Wrong name
`
);
if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
const rubric = parsed.rubric;

const ja: ScoringContext = {
	locale: 'ja',
	channel: 'email',
	customer: { name: '佐々木 美穂', message: '誕生日クーポンが決済画面で使えません。' },
	agent: { name: '田中 一郎', company: '株式会社ミドリ商店' },
	facts: {
		company: '株式会社ミドリ商店',
		agent: '田中 一郎',
		booking_id: 'BK-5521',
		status_url: 'https://x.example/s'
	}
};
const checksOf = (reply: string, ctx = ja) =>
	scoreReply(reply, rubric, ctx).criteria.personalization!.evidence.map((e) => e.check);

describe('personalization finders', () => {
	it("`facts: ['*']` reads every fact of the case, but not who answers or links", () => {
		expect(checksOf('ご予約 BK-5521 を変更いたしました。')).toContain('specifics.booking_id');
		expect(
			checksOf('株式会社ミドリ商店の田中です。https://x.example/s をご覧ください。')
		).not.toContain('specifics.status_url');
	});

	it("counts the customer's own words when no fact is mentioned", () => {
		expect(checksOf('誕生日クーポンが決済画面で使えない件、確認いたしました。')).toEqual(
			expect.arrayContaining(['their-words.誕生日', 'their-words.決済画面'])
		);
		expect(checksOf('お問い合わせの件、確認いたしました。')).toEqual([]);
	});

	it('flags a wrong family name even when the given name is right', () => {
		expect(checksOf('佐藤 美穂 様\n\nお問い合わせありがとうございます。')).toContain('wrong-name');
		expect(checksOf('佐々木 美穂 様\n\nお問い合わせありがとうございます。')).not.toContain(
			'wrong-name'
		);
	});

	it('does not take family words or groups before 様 for names', () => {
		expect(
			checksOf('ご両親様への贈り物と伺いました。お子様にも、3名の団体様にもご利用いただけます。')
		).not.toContain('wrong-name');
	});
});
