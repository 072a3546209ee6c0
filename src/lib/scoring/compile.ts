import type { Check, Locale, Rubric } from '../rubric';
import { LOCALES } from '../rubric';
import { factorAlternation, firstCharGuard } from './factor';
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
	// Shared prefixes are tried once (factor.ts). Where a hand-written entry starts with `\b`, V8
	// tries every alternative in full at every position; a lookahead on the characters each can
	// start with then skips, at a glance, the positions where none can match. Elsewhere V8 finds
	// those characters by itself and a lookahead only slows it down. Neither changes any match.
	const sorted = unique(parts);
	const guard = sorted.some((part) => WORD_BOUNDARY_FIRST.test(part));
	const all = factorAlternation(sorted, guard);
	if (words.length) {
		const group = `${BEFORE}(?:${factorAlternation(unique(words)).join('|')})${AFTER}`;
		all.push((guard ? firstCharGuard(group) : '') + group);
	}
	const source = all.join('|');
	const first = guard ? firstCharGuard(source) : '';
	return new RegExp(first ? `${first}(?:${source})` : source, 'giu');
}

const WORD_BOUNDARY_FIRST = /^(?:\(\?:)*\\b/;
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
