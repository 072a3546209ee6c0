import { describe, expect, it } from 'vitest';
import { evidenceOf, scored } from './test-helpers';

const offTopic = (reply: string, message: string, locale: 'en' | 'ja' = 'en') =>
	evidenceOf(scored(reply, locale, message), 'next_steps', 'off-topic');

describe('off-topic: steps for a question nobody asked', () => {
	const late = 'I ordered a hamper last week and it still has not arrived. When will it arrive?';

	it('finds a reply about returns or tips that answers none of the questions', () => {
		const found = offTopic(
			'Thanks for getting in touch! All our hampers can be returned within 14 days of delivery, and you can print a label from our help centre.',
			late
		);
		expect(found.map((e) => e.text)).toEqual([
			'All our hampers can be returned within 14 days of delivery, and you can print a label from our help centre.'
		]);
		expect(
			scored(
				'Great news: lots of customers swear by our premium plan, and you can upgrade any time.',
				'en',
				late
			).criteria.next_steps!.level
		).toBe(0);
	});

	it('finds it in Japanese', () => {
		const message =
			'ことりポイントが3,200ポイントも消えています。通知は一度も来ていません。勝手に失効させるなんてひどくないですか。元に戻してください。';
		expect(
			offTopic(
				'ご連絡ありがとうございます。12月は毎週土曜日がポイント2倍デーですので、ぜひご活用くださいね。',
				message,
				'ja'
			)
		).toHaveLength(1);
	});

	it('does not fire when the question is answered, even beside a word on returns', () => {
		expect(
			offTopic(
				'The courier expects to deliver your hamper on Friday. If it is not right, you can return it within 14 days.',
				late
			)
		).toEqual([]);
		expect(
			offTopic(
				'失効した3,200ポイントは元に戻せませんが、同じ3,200ポイントを本日お付けしました。',
				'ことりポイントが3,200ポイントも消えています。通知は一度も来ていません。勝手に失効させるなんてひどくないですか。元に戻してください。',
				'ja'
			)
		).toEqual([]);
	});

	it('does not fire on a subject the customer raised, or a reply that asks back', () => {
		const returning = 'I want to return the boots. How do I send them back?';
		expect(offTopic('Sorry about that! Returns are free within 30 days.', returning)).toEqual([]);
		expect(
			offTopic(
				'Could you tell me the order number? Then I can check it, and our premium plan is worth a look.',
				late
			)
		).toEqual([]);
	});

	it('does not fire on a reply that is merely vague', () => {
		expect(offTopic('We are looking into it and will be in touch.', late)).toEqual([]);
	});
});
