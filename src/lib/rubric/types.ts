/** The rubric file format (rubrics/*.yaml), as validated data. See docs/rubrics.md. */

import type { KeigoRule } from './keigo';

export { KEIGO_RULES, type KeigoRule } from './keigo';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CHANNELS = ['email', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Text written once per language. */
export type Localized = Record<Locale, string>;

/** The five criteria every rubric knows; a rubric may add its own ids. */
export const CORE_CRITERIA = ['empathy', 'clarity', 'next_steps', 'signature', 'tone'] as const;

/** How the engine looks for a check's evidence in a reply. */
export const FINDERS = [
	'phrases',
	'placeholder',
	'wrong-name',
	'customer-name',
	'echo',
	'restates',
	'facts',
	'case-details',
	'steps',
	'signature',
	'sentence-length',
	'length',
	'promise',
	'checks',
	'contradiction',
	'clash',
	'unanswered',
	'unanswered-other',
	'off-topic',
	'fragments',
	'padding',
	'repetition',
	'signature-twice',
	'tokens',
	'keigo',
	'blame',
	'deflection',
	'condescension',
	'responsibility',
	'language',
	'unsupported-promise',
	'date-clash',
	'restates',
	'chatty',
	'done-and-pending',
	'feelings',
	'grammar-slips'
] as const;
export type Finder = (typeof FINDERS)[number];

/** Finders that match the check's own `phrases`, and so need some. */
export function usesPhrases(find: Finder): boolean {
	return (
		find === 'phrases' || find === 'promise' || find === 'contradiction' || find === 'restates'
	);
}

/** Where in the reply a phrase has to stand to count. */
export const PLACES = ['anywhere', 'opening', 'closing', 'sentence-end'] as const;
export type Place = (typeof PLACES)[number];

export const SIGNATURE_PARTS = ['name', 'company', 'role', 'contact', 'elsewhere'] as const;
export type SignaturePart = (typeof SIGNATURE_PARTS)[number];

/** One step of a `tokens` sequence: each listed morpheme field must hold one of its values. */
export interface TokenPattern {
	surface?: string[];
	/** Dictionary form (れる, いただく, 申す...). */
	basic?: string[];
	/** Part of speech (動詞, 助動詞, 名詞...). */
	pos?: string[];
	/** First sub-category (自立, 接尾, 非自立...). */
	detail?: string[];
	/** Conjugated form (未然形, 連用形...). */
	form?: string[];
	/** Up to this many other morphemes may stand before this step. */
	gap?: number;
}

/**
 * Two statements about one thing that cannot both hold in a reply ("has shipped" and "has not
 * shipped yet"), for `find: clash`.
 */
export interface Claim {
	/** What the statements are about (`shipped`, `refunded`); names the evidence. */
	about: string;
	/** Phrases saying it is so (done, found, in place). */
	is: Partial<Record<Locale, string[]>>;
	/** Phrases saying it is not so (not yet, still waiting on something, not found). */
	isNot: Partial<Record<Locale, string[]>>;
}

export const TOKEN_FIELDS = ['surface', 'basic', 'pos', 'detail', 'form'] as const;

export interface Check {
	id: string;
	find: Finder;
	/** Phrases per locale: plain text, or `/regular expression/`. A locale without phrases skips the check. */
	phrases: Partial<Record<Locale, string[]>>;
	where: Place;
	/** A phrase preceded (en) or followed (ja) by a negation cue in its sentence does not count. */
	negatable: boolean;
	/** A match in the same sentence as a match of one of these checks does not count. */
	notWith: string[];
	/** The check counts only when all of these checks also found something. */
	requires: string[];
	/** The check does not count when any of these checks found something. */
	unless: string[];
	/** For `find: checks`: the checks whose counted matches this check reports again. */
	of: string[];
	/** For `find: tokens`: morpheme sequences (Japanese, from the tokenizer tier). */
	sequences: TokenPattern[][];
	/** For `find: clash`: pairs of statements that contradict each other. */
	claims: Claim[];
	/** For `find: keigo`: the keigo rules this check reports. */
	rules: KeigoRule[];
	/** Checks of the tokenizer tier that do this check's work better: when they run, this one does not. */
	replacedBy: string[];
	/** Scenario fact keys this check reads (`facts`, `promise`). */
	facts: string[];
	/** Numeric settings of the structural finders, per locale (`min`, `max`). */
	min?: Partial<Record<Locale, number>>;
	max?: Partial<Record<Locale, number>>;
	/** Points for each signature part found. */
	parts?: Partial<Record<SignaturePart, number>>;
	channels: Channel[];
	points: number;
	/** Points for every match instead of once, up to `points * limit`. */
	each: boolean;
	limit: number;
	/** When the check finds something, the criterion's level is at most this. */
	cap?: number;
	/** When the check finds something, the whole attempt fails. */
	autoFail: boolean;
	/** The cap is one a level meaning demands: `dojo fit` keeps it a cap instead of fitting points. */
	keepCap: boolean;
	/** Shown beside the evidence: what the words did and why it matters. */
	message: Localized;
	/** Shown when a check that earns points found nothing. */
	missing?: Localized;
	/** A better way to say it. */
	example?: Localized;
}

export interface Criterion {
	id: string;
	name: Localized;
	weight: number;
	/** Level a reply starts at before checks add or take points. */
	base: number;
	/** Descriptors of levels 0..max, for human graders and the UI. */
	levels: Localized[];
	checks: Check[];
}

export interface Rubric {
	id: string;
	title: Localized;
	description: Localized;
	/** Total (0–100) needed to pass. */
	pass: number;
	negation: Partial<Record<Locale, { before: string[]; after: string[] }>>;
	/**
	 * Cues that make a statement something other than a claim of fact in its clause: a condition
	 * ("if it has shipped"), a report of what a page shows, a question. Read by `find: clash`.
	 */
	hedges: Partial<Record<Locale, { before: string[]; after: string[] }>>;
	criteria: Criterion[];
	/** Short hash of the file, stored with attempts to tell which version scored them. */
	version: string;
}
