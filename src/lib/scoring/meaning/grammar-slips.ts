import type { Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';

/**
 * Grammar slips of a writer not at home in the language: a base verb where a past participle,
 * an -s or an -ing belongs ("I have make", "was expire", "it take 3-5 days", "thank you for
 * write"), a regularised past ("sended"), "say me", ます/でした doubled with です. One slip is a
 * typo anyone makes; several together make the reply read as broken, which the level meanings
 * put with curt and robotic (level 1), however kind the words.
 */
interface Slip {
	pattern: RegExp;
	/** The match does not count when the text just before it matches this (a pseudo-cleft, a causative). */
	notAfter?: RegExp;
	message: Localized;
}

// Base forms whose past participle differs (reset, put, cost... are left out: "has been reset" is right).
const BASE =
	'make|create|send|give|take|write|do|see|find|get|choose|begin|forget|speak|break|buy|bring|pay|tell|check|fix|cancel|refund|resend|update|contact|receive|apply|arrange|ask|book|deliver|activate|expire|finish|arrive|happen|start|ship|approve|damage|copy|drop|stay|process|return|delay|charge|reinstate|redirect|relabel|change|keep|move|remove|add|try|explain|decide|sync';

const PERFECT: Localized = {
	en: 'A base verb after have/has or is/was ("I have make", "was expire"): write the past form ("I have made", "expired").',
	ja: 'have/has や is/was の後に動詞の原形があります（"I have make"、"was expire"）。過去分詞・過去形（"I have made"、"expired"）にしましょう。'
};
const AFTER_FOR: Localized = {
	en: 'After "for" a verb needs -ing, and an adjective needs its noun ("thank you for writing", "sorry for the inconvenience").',
	ja: 'for の後の動詞は -ing 形に、形容詞は名詞にします（"thank you for writing"、"sorry for the inconvenience"）。'
};
const THIRD_PERSON: Localized = {
	en: 'With it/he/she the verb takes -s ("it takes 3-5 days", "it comes tomorrow").',
	ja: 'it/he/she が主語のときは動詞に -s を付けます（"it takes 3-5 days"、"it comes tomorrow"）。'
};
const VERB_FORM: Localized = {
	en: 'The verb form is off here ("sended", "can using", "you was", "say me"); read the sentence aloud and fix it before sending.',
	ja: '動詞の形が崩れています（"sended"、"can using"、"you was"、"say me"）。送信前に読み返して直しましょう。'
};
const JA_FORM: Localized = {
	ja: '「ますです」「でしたです」のように丁寧語が重なったり、助詞が続いたりしています。送信前に読み返しましょう。',
	en: 'Polite endings stacked (ますです, でしたです) or a particle doubled; read it again before sending.'
};

// Before "it/he/she + base verb" these words make the pronoun an object or the verb a bare infinitive
// ("let it take", "will it take", "how long it take" after "does").
const OBJECT_OR_QUESTION =
	/\b(?:let|lets|make|makes|help|helps|see|have|watch|does|did|do|will|would|could|should|can|may|might|must|to|shall|doesn't|didn't|don't|won't|can't|how|why|when|where|if)\s$/;
// "What I can do (right now) is add...": a base verb after "is" that is correct.
const PSEUDO_CLEFT = /\b(?:what|all)\b[^.!?\n]*\bdo\b[^.!?\n]*$/;

const EN: Slip[] = [
	{
		pattern: new RegExp(
			`\\b(?:i|we|you|they|he|she|it|who)\\s+(?:have|has|had)\\s+(?:already\\s+|just\\s+|also\\s+|not\\s+)?(?:${BASE})\\b`,
			'g'
		),
		message: PERFECT
	},
	{
		pattern: new RegExp(
			`\\b(?:is|was|are|were|been)\\s+(?:not\\s+|already\\s+|now\\s+|just\\s+|still\\s+)?(?:${BASE})\\b`,
			'g'
		),
		notAfter: PSEUDO_CLEFT,
		message: PERFECT
	},
	{
		pattern: /\b(?:is|are|was|were)\s+(?:not\s+|already\s+|still\s+)?(?:arrived|happened)\b/g,
		message: PERFECT
	},
	{
		pattern:
			/\bfor\s+(?:write|contact\s+(?:us|me)|get|make|send|wait|inform|understand|explain|tell|give|reach|choose|receive|buy|pay|do|be|redirect|fix)\b|\bfor\s+(?:the\s+|this\s+|any\s+|your\s+)?inconvenient\b/g,
		message: AFTER_FOR
	},
	{
		pattern:
			/\b(?:it|he|she)\s+(?:take|give|come|work|need|mean|become|arrive|expire|look|say|show|go|get|have|do|want|make|send|stay|run|finish|start)\b/g,
		notAfter: OBJECT_OR_QUESTION,
		message: THIRD_PERSON
	},
	{
		pattern:
			/\b(?:sended|keeped|maked|gived|taked|writed|buyed|thinked|bringed|teached|catched|choosed|finded|getted|breaked|speaked|goed|comed|putted|cutted|payed)\b/g,
		message: VERB_FORM
	},
	{ pattern: /\b(?:you|we|they)\s+was\b/g, message: VERB_FORM },
	{
		pattern:
			/\b(?:can|will|could|would|should|must|may|might|cannot|can't|won't)\s+(?:not\s+|still\s+|also\s+)?(?!(?:bring|ring|sing|sting|swing|cling|fling|wring|spring|string|thing|king|nothing|anything|something|everything)\b)[a-z]{2,}ing\b/g,
		message: VERB_FORM
	},
	{ pattern: /\b(?:say|explain|tell to)\s+(?:me|us)\b/g, message: VERB_FORM },
	{
		pattern:
			/\b(?:you|we|i|they)\s+(?:need|want)\s+(?:upload|send|make|give|write|do|check|wait|contact|enter|use|click|go|reply|tell|choose)\b|\bno need (?!to\b|for\b|of\b)[a-z]+/g,
		message: VERB_FORM
	},
	{ pattern: /(?:n't|\bnot)\s+[a-z]+\s+(?:nothing|nobody)\b/g, message: VERB_FORM }
];

const JA: Slip[] = [
	{ pattern: /(?:ます|ません|ました|でした)です/g, message: JA_FORM },
	{ pattern: /(?<![をがに])(?:をを|がが|にに)(?![をがに])/g, message: JA_FORM }
];

/**
 * Every slip in the reply, when there are at least `min` of them (per locale; default 2): one slip
 * is forgiven, a pattern of them is the register. The whole text is read, as replies that slip
 * often put the signature in the middle; a signature holds no verbs to slip on.
 */
export function findGrammarSlips({ p, check }: FinderInput): Match[] {
	const body = p.norm;
	const out: Match[] = [];
	for (const slip of p.locale === 'ja' ? JA : EN) {
		for (const m of body.matchAll(slip.pattern)) {
			if (slip.notAfter?.test(body.slice(Math.max(0, m.index - 60), m.index))) continue;
			out.push({ start: m.index, end: m.index + m[0].length, message: slip.message });
		}
	}
	const min = check.min?.[p.locale] ?? 2;
	return out.length >= min ? out.sort((a, b) => a.start - b.start) : [];
}
