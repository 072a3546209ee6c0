import { describe, expect, it } from 'vitest';
import { evidenceOf, scored } from './meaning/test-helpers';

const level = (reply: string, locale: 'en' | 'ja', channel: 'email' | 'chat' = 'chat') =>
	scored(reply, locale, undefined, channel).criteria.empathy!.level;
const acknowledges = (reply: string, locale: 'en' | 'ja') =>
	evidenceOf(scored(reply, locale, undefined, 'chat'), 'empathy', 'acknowledge').length > 0;

describe('empathy as the shipped rubrics read it', () => {
	it('an apology for what went wrong for this customer is an acknowledgement', () => {
		expect(acknowledges('I apologise for the duplicate charge on your card.', 'en')).toBe(true);
		expect(acknowledges('Sorry for the delay to your refund.', 'en')).toBe(true);
		expect(acknowledges('Please accept my apologies for sending the wrong jacket.', 'en')).toBe(
			true
		);
		expect(acknowledges('セール初日に止まってしまって、本当にすみませんでした。', 'ja')).toBe(true);
		expect(acknowledges('わかりにくい表示で申し訳ございません。', 'ja')).toBe(true);
	});

	it('an apology for "the inconvenience", "the wait" or "that" stays a formula', () => {
		for (const reply of [
			'Sorry for the delay.',
			'We apologise for any inconvenience.',
			'Sorry about the wait!',
			'Sorry about that, Daniel.',
			'Sorry about the hassle!'
		])
			expect(acknowledges(reply, 'en'), reply).toBe(false);
		for (const reply of [
			'更新の件でご迷惑をおかけして、申し訳ございません。',
			'お待たせしてすみません。',
			'ご不便をおかけし申し訳ございません。'
		])
			expect(acknowledges(reply, 'ja'), reply).toBe(false);
	});

	it('"look forward to it" invites the customer to wait; the plans they looked forward to are impact', () => {
		const owns = (reply: string) =>
			evidenceOf(scored(reply, 'ja', undefined, 'email'), 'empathy', 'ownership').length > 0;
		expect(owns('ご迷惑をおかけし申し訳ございません。新刊の到着を楽しみにお待ちください。')).toBe(
			false
		);
		expect(owns('楽しみにされていたご旅行の前に、申し訳ございません。')).toBe(true);
	});

	it('naming the situation without a stock thank-you or apology reaches level 2', () => {
		expect(level("Daniel, that's frustrating, I understand. Let's fix it now.", 'en')).toBe(2);
		expect(level('スマホをなくされてご不安ですよね。すぐに手順をご案内します。', 'ja')).toBe(2);
	});

	it('a template with its blanks left in is a formula', () => {
		expect(
			level(
				"Hi [Customer Name], we're sorry to hear you're having trouble with [issue]. I understand how frustrating it is.",
				'en'
			)
		).toBeLessThanOrEqual(1);
	});
});
