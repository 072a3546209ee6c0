import { describe, expect, it } from 'vitest';
import type { Locale } from '../../rubric';
import { prepare } from '../text';
import { findDoneAndPending } from './doneAndPending';
import { evidenceOf, scored } from './test-helpers';

function clash(reply: string, locale: Locale): string[] {
	const p = prepare(reply, locale);
	return findDoneAndPending(p).map((m) => p.norm.slice(m.start, m.end));
}

describe('done and still to do', () => {
	it('reads a refund "issued" and "processed" as one step', () => {
		expect(
			clash(
				"Your refund has been issued. The jacket hasn't arrived yet, so the refund can't be processed until it does.",
				'en'
			)
		).toEqual(['has been issued', "can't be processed until"]);
		expect(
			clash('Your return has been processed, and the refund will be issued within 3 days.', 'en')
		).toEqual([]);
	});

	it('finds one action said to be done and still waiting, in English', () => {
		expect(
			clash(
				'Your account is unlocked now, you can log in. Please send me the code from your email so I can unlock the account.',
				'en'
			)
		).toEqual(['is unlocked', 'so i can unlock']);
		expect(
			clash(
				"I've already reset your two-step verification. Once our Security team has reviewed your ID, they'll reset it.",
				'en'
			)
		).toHaveLength(2);
		expect(
			clash(
				'A replacement cannot be dispatched until the kettle is returned. Your replacement has been dispatched today.',
				'en'
			)
		).toHaveLength(2);
		expect(
			clash('The refund was already sent on 19 November. It never actually left our system.', 'en')
		).toHaveLength(2);
	});

	it('reads what was not done before and is done now as a story, not a clash', () => {
		expect(
			clash(
				"Your card wasn't activated in time. I've activated it now; it works within 15 minutes.",
				'en'
			)
		).toEqual([]);
		expect(clash('The refund was not sent on Monday, and it has now been sent.', 'en')).toEqual([]);
		// Both about before: still a clash.
		expect(
			clash('The refund was sent on Monday. The refund was not sent at all.', 'en')
		).toHaveLength(2);
		expect(
			clash(
				'11月18日の解約のお手続きは確認画面で止まっており、解約が確定しておりませんでした。本日中に「解約完了のお知らせ」をメールでお送りします。',
				'ja'
			)
		).toEqual([]);
		expect(
			clash(
				'診断書に手術日が記載されておりませんでした。入院給付金は本日お支払いの手続きをいたしました。',
				'ja'
			)
		).toEqual([]);
	});

	it('finds one action said to be done and still to come, in Japanese', () => {
		expect(
			clash(
				'解約は完了しております。なお、解約手続きはまだ行われておりませんので、会員ページからお手続きください。',
				'ja'
			)
		).toHaveLength(2);
		expect(
			clash('修正版は本日公開済みです。修正版の公開は12月8日（火）を予定しております。', 'ja')
		).toHaveLength(2);
		expect(
			clash('現在、障害は発生していません。ただいまサーバー障害が発生しております。', 'ja')
		).toHaveLength(2);
	});

	it('leaves a done step and a later, different step alone', () => {
		expect(
			clash(
				"I've refunded the £6.95 express fee. It will reach your card within 3-5 working days.",
				'en'
			)
		).toEqual([]);
		expect(
			clash(
				"Your replacement hasn't shipped yet; we'll ship it once we receive your photo. I've sent you a prepaid label by email.",
				'en'
			)
		).toEqual([]);
		expect(
			clash(
				"I've reinstated 2,000 points. The remaining 1,450 haven't been approved yet; I'll add them once my team leader approves.",
				'en'
			)
		).toEqual([]);
		expect(
			clash(
				"As soon as tracking shows it has left the depot, I'll email you. It has not left yet.",
				'en'
			)
		).toEqual([]);
		expect(
			clash(
				'返金手続きは本日完了いたしました。カードへの反映はまだ先で、5〜10営業日ほどかかります。',
				'ja'
			)
		).toEqual([]);
		expect(
			clash(
				'特別ポイントの付与を申請いたしました。残りのポイントはまだ付与されておりません。',
				'ja'
			)
		).toEqual([]);
		// The work is done; the version it makes is still to be published.
		expect(
			clash(
				'修正は完了しており、最終確認を進めております。修正版は3月19日（水）夜に公開予定です。',
				'ja'
			)
		).toEqual([]);
		expect(
			clash(
				'処理漏れで返金が止まっておりました。返金はまだ完了しておりませんが、本日手続きいたします。',
				'ja'
			)
		).toEqual([]);
	});

	it('holds clarity at 0 in the shipped rubrics', () => {
		const s = scored(
			'Hello Dana, sorry for this. Your account is unlocked now. Please send me the code so I can unlock the account.',
			'en',
			undefined,
			'chat'
		);
		expect(evidenceOf(s, 'clarity', 'done-and-pending').length).toBeGreaterThan(0);
		expect(s.criteria.clarity?.level).toBe(0);
	});
});
