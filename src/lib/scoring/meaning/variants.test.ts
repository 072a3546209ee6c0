import { describe, expect, it } from 'vitest';
import type { Locale } from '../../rubric';
import { phraseRegex } from '../compile';
import { phraseVariants } from './variants';

/** The text the phrase list finds in `text`, or null. */
function found(list: string[], text: string, locale: Locale = 'en'): string | null {
	const regex = phraseRegex(list, locale);
	regex.lastIndex = 0;
	return regex.exec(text.toLowerCase())?.[0] ?? null;
}

describe('English variants of a phrase', () => {
	it.each([
		["this one's on us", 'this one is on us'],
		['this one is on us', "this one's on us"],
		["it's", 'it is'],
		["we're", 'we are'],
		["i'm sorry", 'i am sorry'],
		["can't", 'cannot'],
		["can't", 'can not'],
		['cannot find', "can't find"],
		["won't", 'will not'],
		["don't hesitate", 'do not hesitate'],
		['is not okay', "isn't okay"],
		["it's not okay", "it isn't okay"],
		["it's not okay", 'it is not okay'],
		["you'll get", 'you will get'],
		["i'd be happy", 'i would be happy'],
		['apologise', 'apologize'],
		['apologise', 'apologizing'],
		['apologise', 'apologised'],
		['i understand', 'i understood'],
		['help centre', 'help center']
	])('%s also finds %s', (phrase, text) => {
		expect(found([phrase], `well, ${text} then`)).toBe(text);
	});

	it.each([
		["let's", 'let us know'],
		['sorry', 'sorrowful'],
		["customer's", 'customer is'],
		['i will', 'i willed'],
		['look into it', 'we looked into it']
	])('%s does not find %s', (phrase, text) => {
		expect(found([phrase], text)).toBeNull();
	});

	it('keeps the negation cue "n\'t" working inside a contraction', () => {
		expect(found(["n't"], "we won't")).toBe("n't");
		expect(found(['not'], "we won't")).toBeNull();
	});

	it('leaves regular-expression entries as written', () => {
		expect(found(["/it's fine/"], 'it is fine')).toBeNull();
	});

	it('gives one source for a phrase without contractions', () => {
		expect(phraseVariants('thank you', 'en')).toHaveLength(1);
	});
});

describe('Japanese variants of a phrase', () => {
	it.each([
		['申し訳ございません', '申し訳ありません'],
		['申し訳ございません', '申し訳なく'],
		['申し訳ございません', '申しわけございません'],
		['お詫びいたします', 'お詫び致します'],
		['お詫びいたします', 'お詫び申し上げます'],
		['お詫び', 'おわび'],
		['ご確認ください', 'ご確認下さい'],
		['ありがとうございます', '有難うございます'],
		['お願いいたします', 'お願い申し上げます'],
		['進めております', '進めています'],
		['わかりかねます', '分かりかねます']
	])('%s also finds %s', (phrase, text) => {
		expect(found([phrase], `はい、${text}。`, 'ja')).toBe(text);
	});

	it.each([
		['当然です', 'ご心配なのも当然でございます'],
		['申し訳ございません', '申し上げます'],
		['いたします', 'いただきます']
	])('%s does not find %s', (phrase, text) => {
		expect(found([phrase], text, 'ja')).toBeNull();
	});
});
