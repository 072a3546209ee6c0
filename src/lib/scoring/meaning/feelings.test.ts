import { describe, expect, it } from 'vitest';
import { findFeelings } from './feelings';
import { runFinder } from './testing';

const feelings = (text: string, locale: 'en' | 'ja') => runFinder(findFeelings, text, locale);

describe('feelings: the reply imagines what the problem is like for the customer', () => {
	it('finds Japanese sympathy: 当然, a past-tense guess, a feeling word with よね or と思います', () => {
		expect(
			feelings('月末を目前にして請求書が出せないままでは、ご心配になるのも当然です。', 'ja')
		).toEqual(['のも当然']);
		expect(
			feelings('エラー表示にも理由が出ないので、わかりにくかったと思います。すみません。', 'ja')
		).toHaveLength(1);
		expect(
			feelings(
				'新居で使おうと待っていた加湿器が前のお住まいに向かっていると分かったら、ひやっとしますよね。',
				'ja'
			)
		).toEqual(['ひやっとしますよね']);
		expect(
			feelings('スマホをなくしたうえに今日が期限だと、気が気でないと思います。', 'ja')
		).toHaveLength(1);
	});

	it('does not take a forecast, a question or a letter formula for sympathy in Japanese', () => {
		expect(
			feelings('ソファは12月5日（土）あたりに届くと思いますので、お待ちください。', 'ja')
		).toEqual([]);
		expect(feelings('ご注文番号はKM-0457で、お困りなのはこちらの件ですよね？', 'ja')).toEqual([]);
		expect(feelings('アプリが起動せず、お困りのことと存じます。', 'ja')).toEqual([]);
		expect(feelings('返金は5〜10営業日で反映されると思います。', 'ja')).toEqual([]);
	});

	it('finds English commiseration in so many words', () => {
		expect(
			feelings(
				'You read "this week only", and it\'s fair to expect that to mean the whole week.',
				'en'
			)
		).toEqual(["it's fair to"]);
		expect(
			feelings("Oh Marcus, I'm sorry, that's the worst timing with your client at 11.", 'en')
		).toEqual(["that's the worst"]);
		expect(feelings('You must be really stressed with the client waiting.', 'en')).toEqual([
			'you must be'
		]);
	});

	it('does not read plain facts, questions or a stock apology as commiseration in English', () => {
		expect(feelings('Sorry for any inconvenience. Your refund was issued today.', 'en')).toEqual(
			[]
		);
		expect(feelings("That's the right address, isn't it? Is it fair to assume so?", 'en')).toEqual(
			[]
		);
		expect(feelings('The code expired at 23:59 on Tuesday and cannot be restarted.', 'en')).toEqual(
			[]
		);
	});
});
