import type { Locale } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import type { Prepared } from '../text';
import model from '../../../../rubrics/models/responsibility.json';

/**
 * Who a reply makes responsible, read from broad cues rather than from wording: the customer, a
 * third party or our own side, a duty, hindsight, a denial, control, a redirect, the terms, help
 * offered, ownership, an apology. Each reply is described by the cues its sentences hold and the
 * pairs that meet in one sentence ("the customer" with "hindsight", "a third party" with
 * "control"); weights learnt from labeled replies (rubrics/models/responsibility.json, written by
 * `npm run fit:responsibility`) add up to a score, and a reply at or above the model's threshold
 * blames the customer or pushes the problem away. The phrase and grammar rules of blame.ts and
 * deflection.ts name the exact words; this reads the shape a new wording still has.
 */
export interface ResponsibilityModel {
	cues: Record<string, Partial<Record<Locale, string>>>;
	threshold: number;
	weights: Partial<Record<Locale, Record<string, number>>>;
}

export const RESPONSIBILITY: ResponsibilityModel = model;

const compiled = new WeakMap<ResponsibilityModel, Partial<Record<Locale, [string, RegExp][]>>>();

function cuesOf(m: ResponsibilityModel, locale: Locale): [string, RegExp][] {
	let byLocale = compiled.get(m);
	if (!byLocale) compiled.set(m, (byLocale = {}));
	return (byLocale[locale] ??= Object.entries(m.cues).flatMap(([name, sources]) =>
		sources[locale] ? [[name, new RegExp(sources[locale]!, 'u')] as [string, RegExp]] : []
	));
}

/** A sentence's features: each cue it holds (`c:you`), and each pair of them (`p:hindsight+you`). */
export function sentenceFeatures(sentence: string, locale: Locale, m = RESPONSIBILITY): string[] {
	const on = cuesOf(m, locale)
		.filter(([, re]) => re.test(sentence))
		.map(([name]) => name)
		.sort();
	const out = on.map((name) => `c:${name}`);
	for (let i = 0; i < on.length; i++)
		for (let j = i + 1; j < on.length; j++) out.push(`p:${on[i]}+${on[j]}`);
	return out;
}

/** The sentences of the body (above the signature), each with its features. */
export function replySentences(p: Prepared, m = RESPONSIBILITY) {
	return p.sentences
		.filter((s) => s.start < p.signatureStart)
		.map((s) => ({ start: s.start, end: Math.min(s.end, p.signatureStart) }))
		.filter((s) => p.norm.slice(s.start, s.end).trim().length > 2)
		.map((s) => ({ ...s, features: sentenceFeatures(p.norm.slice(s.start, s.end), p.locale, m) }));
}

/** The reply's features: every feature any of its sentences holds. */
export function replyFeatures(p: Prepared, m = RESPONSIBILITY): Set<string> {
	return featuresOf(replySentences(p, m));
}

function featuresOf(sentences: readonly { features: string[] }[]): Set<string> {
	return new Set(sentences.flatMap((s) => s.features));
}

export function responsibilityScore(
	features: Iterable<string>,
	locale: Locale,
	m = RESPONSIBILITY
) {
	const weights = m.weights[locale];
	if (!weights) return -Infinity;
	let z = weights.base ?? 0;
	for (const f of features) z += weights[f] ?? 0;
	return z;
}

/**
 * Fires once, on the sentence that weighs most towards blame, when the reply's score reaches the
 * threshold.
 */
export function findResponsibility({ p }: FinderInput): Match[] {
	const weights = RESPONSIBILITY.weights[p.locale];
	if (!weights) return [];
	const sentences = replySentences(p);
	if (responsibilityScore(featuresOf(sentences), p.locale) < RESPONSIBILITY.threshold) return [];
	let best = sentences[0];
	let most = -Infinity;
	for (const s of sentences) {
		const weight = s.features.reduce((sum, f) => sum + Math.max(0, weights[f] ?? 0), 0);
		if (weight > most) [best, most] = [s, weight];
	}
	return best ? [{ start: best.start, end: best.end }] : [];
}
