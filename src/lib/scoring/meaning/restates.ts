import type { FinderInput, Match } from '../finders';
import type { Locale } from '../../rubric';
import { measure } from '../text';
import { echoWords } from './customer-words';

/**
 * A bare apology ("I'm so sorry." 申し訳ありません。) is about the sentences beside it: "A present
 * for your dad's 80th deserves to turn up on time." A longer sentence stands for itself, so that
 * "Sorry for the hassle. I've asked Parcelwise to redirect it…" does not count the next sentence's
 * facts as an acknowledgement.
 */
const SHORT: Record<Locale, number> = { en: 5, ja: 15 };

/**
 * Apologies for "the inconvenience" or "the mix-up" name nothing by themselves; their neighbours
 * are the answer, not an acknowledgement. A Japanese formula after a topic (年額プランの自動更新に
 * つきまして、ご不便をおかけし…) names the subject, not what it did to the customer.
 */
const FORMULA: Record<Locale, RegExp> = {
	en: /\b(?:for|about) (?:any |the |this |that |all the |all this )?(?:inconvenience|hassle|trouble|mix-?up|confusion|problem|issue|delay|wait|that|this)\b/,
	ja: /(?:につきまして|について|に関しまして|に関して|の件)[、,]?[^。]{0,24}?(?:ご不便|ご迷惑|お手数|ご心配|ご面倒|ご不快な思い)をおかけ/
};

/**
 * An apology or a word of feeling (the check's phrases) said about this customer's own situation:
 * the cue's sentence (with its neighbours when it is a bare apology) takes up at least `min` of the customer's distinctive
 * words ("sorry your dad's hamper has been stuck at the depot"). This is how plain writers
 * acknowledge a problem without any stock phrase; a formula ("sorry for any inconvenience")
 * never names what happened to this customer.
 */
export function findRestatement({ p, check, ctx, compiled }: FinderInput): Match[] {
	const regex = compiled.phrases.get(check)?.[p.locale];
	const message = ctx.customer.message;
	if (!regex || !message) return [];
	const words = echoWords(message, p.locale);
	const min = check.min?.[p.locale] ?? 2;
	if (words.length < min) return [];
	const sentences = p.sentences.filter((s) => s.end <= p.signatureStart);
	for (let i = 0; i < sentences.length; i++) {
		const sentence = sentences[i]!;
		regex.lastIndex = sentence.start;
		const cue = regex.exec(p.norm);
		if (!cue || cue.index >= sentence.end) continue;
		const text = p.norm.slice(sentence.start, sentence.end);
		const formula = FORMULA[p.locale].test(text);
		if (formula && p.locale === 'ja') continue;
		const bare = !formula && measure(text, p.locale) <= SHORT[p.locale];
		const first = bare ? sentences[Math.max(0, i - 1)]! : sentence;
		const last = formula ? sentence : sentences[Math.min(sentences.length - 1, i + 1)]!;
		const window = p.norm.slice(first.start, last.end);
		if (countWords(window, words, p.locale === 'en') >= min)
			return [{ start: sentence.start, end: sentence.end }];
	}
	return [];
}

function countWords(text: string, words: readonly string[], wholeWords: boolean): number {
	let count = 0;
	for (const word of words) {
		let at = text.indexOf(word);
		// In English a word must start a word ("sync" is not in "async").
		while (wholeWords && at > 0 && /[a-z]/.test(text[at - 1]!)) at = text.indexOf(word, at + 1);
		if (at >= 0) count++;
	}
	return count;
}
