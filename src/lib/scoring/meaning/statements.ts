import type { Locale } from '../../rubric';
import { sentenceAt, type Prepared, type Span } from '../text';

/**
 * Whether words in a reply state something as so: not in a question, not in a sentence that sets a
 * condition ("if it hasn't arrived by Friday…", 届かない場合は…), not denied in their clause, and not
 * the customer's or an earlier message reported back ("you were told Tuesday").
 */
export function isAsserted(p: Prepared, span: Span): boolean {
	const sentence = sentenceAt(p, span.start);
	const text = p.norm.slice(sentence.start, sentence.end);
	if (/[?？]\s*$/.test(text)) return false;
	const before = p.norm.slice(sentence.start, span.start);
	const after = p.norm.slice(span.end, sentence.end);
	const cues = CUES[p.locale];
	if (cues.condition.test(before) || cues.reported.test(before)) return false;
	if (p.locale === 'ja' && (cues.condition.test(after) || cues.reported.test(after))) return false;
	return !isDenied(p.locale, before, after);
}

/** Apologies end in ません too: 申し訳ございません denies nothing. */
const APOLOGY = /申し訳(?:ござい|あり)ません|すみません/g;

/** A denial in the clause that holds the words: "I can't promise", お約束はできかねます. */
export function isDenied(locale: Locale, before: string, after: string): boolean {
	const cues = CUES[locale];
	const clauseBefore = before.split(cues.clause).pop() ?? '';
	// A Japanese sentence is denied at its end, past commas: 4日より前に早めることは、…いたしかねます.
	const clauseAfter =
		locale === 'ja'
			? (after.split(/が、|けれど|けど|[。；;]/)[0] ?? '').replace(APOLOGY, '')
			: (after.split(cues.clause)[0] ?? '');
	return (
		cues.denyBefore.test(clauseBefore.slice(-40)) ||
		cues.denyAfter.test(locale === 'ja' ? clauseAfter : clauseAfter.slice(0, 24))
	);
}

const CUES: Record<
	Locale,
	{ condition: RegExp; reported: RegExp; clause: RegExp; denyBefore: RegExp; denyAfter: RegExp }
> = {
	en: {
		condition: /\b(?:if|unless|in case|in the event|should it|whether|otherwise)\b/,
		reported:
			/\b(?:you (?:were|was|had been) (?:told|promised)|(?:we|i) (?:told|promised) you|you (?:mentioned|said|wrote|asked)|was supposed to|were supposed to|originally)\b/,
		clause: /[,;:()]|\b(?:but|so|and|because|although|though|while)\b|\s-\s/,
		denyBefore:
			/\b(?:not|never|no|cannot|can't|won't|don't|doesn't|isn't|aren't|unable to|rather than|instead of)\b|n't\b/,
		denyAfter: /^\s*(?:is not|isn't|cannot)\b/
	},
	ja: {
		condition: /万が一|万一|もし|場合|(?:た|だ)ら[、,]?|なければ|れば|でしたら|ましたら|次第/,
		reported: /とお伝え|とご案内し(?:て|た)|とお約束し(?:て|た)|と申し上げ(?:て|た)|と伺|とのこと/,
		clause: /[、,。；;]|が、|けど|けれど/,
		denyBefore: /(?!)/,
		denyAfter:
			/できかね|いたしかね|しかね|できません|できない|ません|ない|ず[、。]|不可|ではござ|ではあり/
	}
};
