import { describe, expect, it } from 'vitest';
import { evidenceOf, scored } from './test-helpers';

const chatty = (reply: string, locale: 'en' | 'ja') =>
	evidenceOf(scored(reply, locale, 'Where is my parcel?'), 'tone', 'chatty');

describe('chatty: marks of speech that make a reply too casual', () => {
	it('finds a mix of interjection, filler and slang in English and holds tone at 1', () => {
		const reply =
			"Hi Dana! Oh no, what a pain, sorry about that! So, basically the courier had a bit of a wobble, but I've popped a new one in the post and it will be with you on Friday. No worries at all, easy peasy!";
		const s = scored(reply, 'en', 'Where is my parcel?');
		const found = evidenceOf(s, 'tone', 'chatty');
		expect(found.length).toBeGreaterThanOrEqual(3);
		expect(found.map((e) => e.text)).toContain('Oh no');
		expect(s.criteria.tone!.level).toBe(1);
	});

	it('finds spoken forms inside polite Japanese sentences', () => {
		const reply =
			'山田様\n\nご連絡ありがとうございます！本当にすみません〜。倉庫で止まっていたんです。明日にはお届けできますよ！';
		const found = chatty(reply, 'ja');
		expect(found.map((e) => e.text)).toEqual(
			expect.arrayContaining(['すみません', 'ん〜', 'んです', 'ますよ'])
		);
	});

	it('lets one warm touch pass: a single "oh" or よね is not a register', () => {
		expect(
			chatty(
				"Hi Dana,\n\nOh, I'm sorry the parcel is late. It left our warehouse today and will reach you on Friday.",
				'en'
			)
		).toEqual([]);
		expect(
			chatty(
				'山田様\n\nお引っ越し直後はお忙しいですよね。荷物は本日発送し、金曜日にお届けします。受付が完了したらお知らせしますね。',
				'ja'
			)
		).toEqual([]);
	});

	it('does not read words that only look like speech marks', () => {
		expect(
			chatty(
				'Hi Dana,\n\nThe superb team at our depot found your parcel; it was held at 10:00 (note: please bring ID). Well-packed items ship today.',
				'en'
			)
		).toEqual([]);
		expect(
			chatty(
				'山田様\n\nお役に立てますよう、本日中にお調べいたします。ご不明な点がございましたら、お知らせください。',
				'ja'
			)
		).toEqual([]);
	});
});
