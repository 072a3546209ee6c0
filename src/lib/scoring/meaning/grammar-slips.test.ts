import { describe, expect, it } from 'vitest';
import { findGrammarSlips } from './grammar-slips';
import { runFinder } from './testing';

const slips = (text: string, locale: 'en' | 'ja' = 'en', min = 2) =>
	runFinder(findGrammarSlips, text, locale, { min: { en: min, ja: min } });

describe('grammar-slips', () => {
	it('finds base verbs after have/is, after "for", and it without -s', () => {
		expect(
			slips(
				'Dear Aisha,\n\nThank you for write to us. The code was expire yesterday. I have make for you a new code, it take 3-5 days.'
			)
		).toEqual(['for write', 'was expire', 'i have make', 'it take']);
		expect(slips('Sorry for inconvenient. Can you say me what is happen?')).toEqual([
			'for inconvenient',
			'say me',
			'is happen'
		]);
		expect(slips('The reminders was sended but you was not receiving them.')).toEqual([
			'sended',
			'you was'
		]);
	});

	it('reads a slip after the signature too, where such replies often put the body', () => {
		expect(
			slips(
				'Dear Kwame,\n\nThank you for contact us.\n\nHannah\nLedgerline\n\nFor get access back, upload your ID.'
			)
		).toEqual(['for contact us', 'for get']);
	});

	it('stays quiet on one slip, which anyone makes', () => {
		expect(slips('Thanks for waiting, Sam. It take about ten minutes to reach your card.')).toEqual(
			[]
		);
		expect(slips('It take about ten minutes.', 'en', 1)).toEqual(['it take']);
	});

	it('does not fire on fluent English', () => {
		const fluent = [
			'I have made you a new code, and it takes effect within the hour. Thank you for writing to us.',
			'What I can do right now is add a free month to your account, and all we ask is that you reply.',
			'What I can do, and have done this morning, is ask Parcelwise to redirect the parcel.',
			'Your password has been reset. How long will it take? Let it run overnight; make it work for you.',
			'Our team reviewed it last Thursday. I have sent the link and will be checking it at noon.',
			'Sorry for the inconvenience. I want to make sure it arrives, so tell me if nothing turns up.',
			'It costs nothing to switch, and we will bring the new one tomorrow; it cost £5 last year.'
		];
		for (const text of fluent) expect(slips(text, 'en', 1)).toEqual([]);
	});

	it('finds stacked polite endings and doubled particles in Japanese, not good keigo', () => {
		expect(slips('ご注文を確認しましたです。商品をを発送いたします。', 'ja')).toEqual([
			'ましたです',
			'をを'
		]);
		expect(
			slips('ご注文を確認いたしました。本日発送いたしますので、ご安心ください。', 'ja', 1)
		).toEqual([]);
	});
});
