import type { FinderInput, Match } from '../finders';
import { echoWords } from './customer-words';

/** The sentence with the cue and the one after it: "I'm so sorry. Your dad's 80th deserves…". */
const REACH = 1;

/**
 * An apology or a word of feeling (the check's phrases) said about this customer's own situation:
 * the cue's sentence, or the next one, takes up at least `min` of the customer's distinctive
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
		const last = sentences[Math.min(sentences.length - 1, i + REACH)]!;
		const window = p.norm.slice(sentence.start, last.end);
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
