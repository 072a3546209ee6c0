import type { Check, Locale, Rubric } from '../rubric';
import { LOCALES } from '../rubric';
import { phraseVariants } from './meaning/variants';

/** A rubric with every phrase list turned into one regular expression per locale, built once. */
export interface CompiledRubric {
	rubric: Rubric;
	phrases: Map<Check, Partial<Record<Locale, RegExp>>>;
	claims: Map<Check, CompiledClaim[]>;
	negation: Cues;
	hedges: Cues;
}

export type Cues = Partial<Record<Locale, { before: RegExp | null; after: RegExp | null }>>;

export interface CompiledClaim {
	about: string;
	is: Partial<Record<Locale, RegExp>>;
	isNot: Partial<Record<Locale, RegExp>>;
}

const cache = new WeakMap<Rubric, CompiledRubric>();

export function compileRubric(rubric: Rubric): CompiledRubric {
	let compiled = cache.get(rubric);
	if (compiled) return compiled;
	const phrases = new Map<Check, Partial<Record<Locale, RegExp>>>();
	const claims = new Map<Check, CompiledClaim[]>();
	for (const criterion of rubric.criteria) {
		for (const check of criterion.checks) {
			phrases.set(check, perLocale(check.phrases));
			if (check.claims.length)
				claims.set(
					check,
					check.claims.map((c) => ({
						about: c.about,
						is: perLocale(c.is),
						isNot: perLocale(c.isNot)
					}))
				);
		}
	}
	compiled = {
		rubric,
		phrases,
		claims,
		negation: compileCues(rubric.negation),
		hedges: compileCues(rubric.hedges)
	};
	cache.set(rubric, compiled);
	return compiled;
}

function perLocale(lists: Partial<Record<Locale, string[]>>): Partial<Record<Locale, RegExp>> {
	const out: Partial<Record<Locale, RegExp>> = {};
	for (const locale of LOCALES) {
		const list = lists[locale];
		if (list?.length) out[locale] = phraseRegex(list, locale);
	}
	return out;
}

function compileCues(cues: Rubric['negation']): Cues {
	const out: Cues = {};
	for (const locale of LOCALES) {
		const list = cues[locale];
		if (!list) continue;
		out[locale] = {
			before: list.before.length ? phraseRegex(list.before, locale) : null,
			after: list.after.length ? phraseRegex(list.after, locale) : null
		};
	}
	return out;
}

/** Normalises a phrase the way replies are normalised, so that authors can write either width. */
export function normalizePhrase(phrase: string): string {
	return phrase
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/\u3000/g, ' ');
}

/**
 * One alternation for a whole list. Plain phrases are escaped and widened to their variants
 * (contractions, inflections, spellings: see meaning/variants.ts), and in English must stand as
 * whole words ("sorry" does not match "sorrowful"); `/.../` entries are used as written. English phrases
 * that need a word boundary on both sides share one group, so the boundary is tested once per
 * position instead of once per phrase (this keeps scoring fast on every keystroke).
 */
export function phraseRegex(list: readonly string[], locale: Locale): RegExp {
	const parts: string[] = [];
	const words: string[] = [];
	for (const phrase of list) {
		const regex = /^\/(.+)\/$/.exec(phrase);
		if (regex) {
			parts.push(`(?:${regex[1]})`);
			continue;
		}
		const variants = phraseVariants(normalizePhrase(phrase), locale);
		if (locale !== 'en') {
			parts.push(...variants);
			continue;
		}
		// Whole words only where the phrase starts or ends with a letter: the cue "n't" must still
		// match inside "won't", and "100%" has no word end to check.
		const head = /^[\p{L}\p{N}]/u.test(phrase) && !/^n't/.test(phrase);
		const tail = /[\p{L}\p{N}]$/u.test(phrase);
		if (head && tail) words.push(...variants);
		else parts.push(...variants.map((v) => `${head ? BEFORE : ''}${v}${tail ? AFTER : ''}`));
	}
	// Longest first, so that "thank you so much" wins over "thank you".
	const byLength = (a: string, b: string) => b.length - a.length;
	const unique = (list: string[]) => [...new Set(list)].sort(byLength);
	const all = unique(parts);
	if (words.length) all.push(`${BEFORE}(?:${unique(words).join('|')})${AFTER}`);
	return new RegExp(all.join('|'), 'giu');
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
