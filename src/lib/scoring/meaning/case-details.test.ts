import { describe, expect, it } from 'vitest';
import { parseRubric, type Locale } from '../../rubric';
import { scoreReply, type ScoringContext } from '..';

const parsed = parseRubric(
	'details.yaml',
	`
id: details
title: Details
criteria:
  - id: personalization
    name: Personalization
    weight: 100
    base: 1
    levels: [none, generic, one, both]
    checks:
      - id: specifics
        find: case-details
        facts: ['*']
        points: 1
        message: Specifics.
`
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
const rubric = parsed.rubric;

function context(locale: Locale, facts: Record<string, string>): ScoringContext {
	return {
		locale,
		channel: 'chat',
		customer: { name: locale === 'en' ? 'Gareth Llewellyn' : '山田 花子' },
		agent: { name: 'Sam', company: 'Bloom' },
		facts
	};
}
const EN = context('en', {
	today: 'Wednesday 2 December 2026',
	member_id: 'MB-7740-2281',
	expired: '3,450 points expired on Monday',
	policy: 'points expire after 12 months without a purchase',
	shipping: 'Express delivery',
	product: 'Highland Celebration hamper'
});
const JA = context('ja', {
	today: '12月2日（水）',
	expired: 'ポイント3,200が失効',
	alternative: 'ポイント',
	booking: '露天風呂付客室',
	backup_codes: 'バックアップコードでログイン',
	support_hours: 'チャット'
});
const details = (reply: string, ctx: ScoringContext) =>
	scoreReply(reply, rubric, ctx)
		.criteria.personalization!.evidence.filter((e) => e.effect > 0)
		.map((e) => e.check);

describe('case-details', () => {
	it('counts an id, an amount, a kanji compound or a phrase of the case', () => {
		expect(details('I have looked at member MB-7740-2281.', EN)).toEqual(['specifics.member_id']);
		expect(details('The 3,450 points are back.', EN)).toEqual(['specifics.expired']);
		expect(details('About your Highland Celebration hamper: it left today.', EN)).toEqual([
			'specifics.product'
		]);
		expect(details('露天風呂付客室のご予約を承りました。', JA)).toEqual(['specifics.booking']);
		expect(details('失効した3,200ポイントを戻しました。', JA)).toEqual(['specifics.expired']);
	});

	it('counts two different everyday words of the case together', () => {
		expect(details('ポイントはチャットでお調べいたします。', JA)).toEqual(['specifics.expired']);
		expect(details('The hamper went by express.', EN)).toEqual(['specifics.shipping']);
	});

	it('does not count one everyday word, nor the date the reply is written', () => {
		expect(details('Delivery times may vary.', EN)).toEqual([]);
		expect(details('ポイントの有効期限は1年です。ポイントをご確認ください。', JA)).toEqual([]);
		expect(details('Today is Wednesday 2 December.', EN)).toEqual([]);
		expect(details('本日12月2日（水）です。', JA)).toEqual([]);
	});
});
