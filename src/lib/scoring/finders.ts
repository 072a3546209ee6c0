import type { Token } from '../morph';
import type { Check, Locale, Localized } from '../rubric';
import { normalizePhrase, type CompiledRubric, type Cues } from './compile';
import { findKeigo } from './meaning/keigo';
import { findBlame } from './meaning/blame';
import { findCondescension } from './meaning/condescension';
import { findDeflection } from './meaning/deflection';
import { findResponsibility } from './meaning/responsibility';
import { findForeignLanguage } from './meaning/language';
import { echoWords } from './meaning/customer-words';
import { findRestatement } from './meaning/restates';
import { caseDetails } from './meaning/case-details';
import { matchSequence } from './tokens';
import {
	measure,
	normalizedIndex,
	LIST_ITEM,
	sentenceAt,
	spanAt,
	type Prepared,
	type Span
} from './text';
import type { ScoringContext } from './types';
import { findUnanswered, findUnansweredOther } from './meaning/answers';
import { findOffTopic } from './meaning/off-topic';
import { findFragments, findPadding, findRepetition } from './meaning/sentences';
import { findSignatureTwice } from './meaning/signature-twice';
import { findDateClashes } from './meaning/dateClash';
import { findUnsupportedPromises } from './meaning/promises';
import { findChatty } from './meaning/chatty';
import { findGrammarSlips } from './meaning/grammar-slips';
import { findDoneAndPending } from './meaning/doneAndPending';
import { findFeelings } from './meaning/feelings';

export interface Match extends Span {
	/** Why this match does not count, when it does not. */
	void?: 'negated';
	/** A label for structural matches (the signature part, the fact key). */
	part?: string;
	points?: number;
	/** What this match in particular means (a keigo rule and its corrected form); the check's message otherwise. */
	message?: Localized;
}

export interface FinderInput {
	p: Prepared;
	check: Check;
	ctx: ScoringContext;
	compiled: CompiledRubric;
	/** Morphemes of the original reply, when the tokenizer tier has run. */
	tokens?: readonly Token[];
}

type Finder = (input: FinderInput) => Match[];

export const FINDERS: Record<Check['find'], Finder> = {
	phrases: ({ p, check, compiled }) => phraseMatches(p, check, compiled),
	promise: findPromises,
	// Filled in by the scorer from the matches of the checks named in `of`.
	checks: () => [],
	contradiction: findContradictions,
	clash: findClashes,
	unanswered: findUnanswered,
	'unanswered-other': findUnansweredOther,
	'off-topic': findOffTopic,
	fragments: findFragments,
	padding: findPadding,
	repetition: findRepetition,
	'signature-twice': findSignatureTwice,
	'unsupported-promise': ({ p, ctx }) => findUnsupportedPromises(p, ctx),
	'date-clash': ({ p, ctx }) => findDateClashes(p, ctx),
	'done-and-pending': ({ p }) => findDoneAndPending(p),
	placeholder: findPlaceholders,
	'wrong-name': findWrongNames,
	'customer-name': ({ p, ctx }) => findName(p, ctx.customer.name, 0, p.norm.length),
	echo: findEcho,
	blame: findBlame,
	deflection: findDeflection,
	condescension: findCondescension,
	responsibility: findResponsibility,
	language: findForeignLanguage,
	restates: findRestatement,
	chatty: findChatty,
	feelings: findFeelings,
	'grammar-slips': findGrammarSlips,
	facts: findFacts,
	'case-details': (input) => caseDetails(input.p, findFacts(input)),
	steps: findSteps,
	signature: findSignature,
	keigo: findKeigo,
	tokens: ({ p, check, tokens }) =>
		tokens
			? check.sequences
					.flatMap((sequence) => matchSequence(tokens, sequence))
					.filter((m) => m.end <= p.original.length)
					.map((m) => ({ start: normalizedIndex(p, m.start), end: normalizedIndex(p, m.end) }))
					.sort((a, b) => a.start - b.start)
			: [],
	'sentence-length': ({ p, check }) => {
		const max = check.max?.[p.locale];
		if (max === undefined) return [];
		return p.sentences.filter(
			(s) => s.start < p.signatureStart && measure(p.norm.slice(s.start, s.end), p.locale) > max
		);
	},
	length: ({ p, check }) => {
		const body = p.norm.slice(0, p.signatureStart);
		const size = measure(body, p.locale);
		const min = check.min?.[p.locale];
		const max = check.max?.[p.locale];
		const fires = (min !== undefined && size < min) || (max !== undefined && size > max);
		return fires ? wholeBody(p) : [];
	}
};

function region(p: Prepared, where: Check['where']): Span {
	if (where === 'opening') {
		const lines = p.lines.slice(0, 2);
		return { start: 0, end: lines.length ? lines[lines.length - 1]!.end : 0 };
	}
	if (where === 'closing') {
		const body = p.sentences.filter((s) => s.end <= p.signatureStart);
		const last = body.slice(-3);
		return last.length
			? { start: last[0]!.start, end: p.signatureStart }
			: { start: 0, end: p.norm.length };
	}
	return { start: 0, end: p.norm.length };
}

// Emoji sequences join with ZWJ (U+200D) and end with VS16 (U+FE0F): allowed as separate alternatives.
const TRAILER_MAX = 48;
const TRAILER = /^(?:[\s。．.!！?？…~〜)）」』"'*♪☆★\p{Extended_Pictographic}]|\u200d|\ufe0f)*$/u;

/**
 * Matches of a check's phrases in its region. The signature block is left out unless asked for:
 * a help-centre link under the agent's name is contact data, not an instruction to the customer.
 */
function phraseMatches(
	p: Prepared,
	check: Check,
	compiled: CompiledRubric,
	withSignature = false,
	from = 0
): Match[] {
	const regex = compiled.phrases.get(check)?.[p.locale];
	if (!regex) return [];
	const span = region(p, check.where);
	const start = Math.max(span.start, from);
	const end = withSignature ? span.end : Math.min(span.end, p.signatureStart);
	const text = p.norm;
	const out: Match[] = [];
	regex.lastIndex = start;
	for (let m = regex.exec(text); m && m.index < end; m = regex.exec(text)) {
		if (m[0].length === 0) {
			regex.lastIndex++;
			continue;
		}
		const match: Match = { start: m.index, end: m.index + m[0].length };
		if (match.end > end) break;
		if (check.where === 'sentence-end') {
			const sentence = sentenceAt(p, match.start);
			// Only a short tail can be closing punctuation or emoji; never test a long rest.
			if (sentence.end - match.end > TRAILER_MAX) continue;
			if (!TRAILER.test(text.slice(match.end, sentence.end))) continue;
			// List items and the signature are written in note form; only running sentences count.
			if (match.start >= p.signatureStart || isListItem(p, sentence.start)) continue;
		}
		if (check.negatable && isNegated(p, match, compiled)) match.void = 'negated';
		out.push(match);
	}
	return out;
}

/** Clause boundaries: a negation cue on the other side of one of these does not reach the phrase. */
const CLAUSE_BREAK_BEFORE = /[,;:、，()（）]|\b(?:and|but|so|because|although|though|while)\b|-\s/g;
const CLAUSE_BREAK_AFTER = /[,;:、，。()（）]|が、/;

/**
 * A negation cue in the same clause: within 40 characters before the phrase (en) or 24 after it
 * (ja), never across a comma, semicolon or conjunction ("it's not easy to find, and that's on us").
 */
function isNegated(p: Prepared, m: Span, compiled: CompiledRubric): boolean {
	return hasCue(p, m, compiled.negation[p.locale]);
}

/**
 * `afterFrom` moves the start of the "after" window back into the phrase: a hedge may share
 * characters with it (発送いたしました + ら is 発送いたしましたら).
 */
function hasCue(p: Prepared, m: Span, cues: Cues[Locale], afterFrom = m.end): boolean {
	if (!cues) return false;
	const sentence = sentenceAt(p, m.start);
	if (cues.before) {
		const before = p.norm.slice(Math.max(sentence.start, m.start - 40), m.start);
		let cut = 0;
		CLAUSE_BREAK_BEFORE.lastIndex = 0;
		for (let b = CLAUSE_BREAK_BEFORE.exec(before); b; b = CLAUSE_BREAK_BEFORE.exec(before))
			cut = b.index + b[0].length;
		cues.before.lastIndex = 0;
		if (cues.before.test(before.slice(cut))) return true;
	}
	if (cues.after) {
		let window = p.norm.slice(afterFrom, Math.min(sentence.end, m.end + 24));
		const stop = CLAUSE_BREAK_AFTER.exec(window);
		if (stop) window = window.slice(0, stop.index);
		cues.after.lastIndex = 0;
		if (cues.after.test(window)) return true;
	}
	return false;
}

function isListItem(p: Prepared, at: number): boolean {
	const line = spanAt(p.lines, at);
	return !!line && LIST_ITEM.test(p.norm.slice(line.start, line.end));
}

/** A time or certainty the facts do not back: "tomorrow" when the facts say Friday. */
function findPromises(input: FinderInput): Match[] {
	const { p, check, ctx } = input;
	const stated = check.facts.map((key) => ctx.facts[key]).filter((v): v is string => !!v);
	if (!stated.length) return [];
	// A word is backed when any fact says it ("refunded today"), not only the dates named in `facts`.
	const facts = factText(ctx);
	return phraseMatches(p, check, input.compiled).filter(
		(m) => !facts.includes(p.norm.slice(m.start, m.end).trim())
	);
}

const SENTENCE_REACH = 2;

/**
 * A statement denied in one place and affirmed close by: "there is no duplicate payment" and then
 * "the duplicate amount will be refunded". Each phrase is a regular expression whose first group
 * captures the denied word; the word (its stem in English, without ご/お in Japanese) must then
 * appear, not negated and outside any denial, within two sentences either side.
 */
function findContradictions({ p, check, compiled }: FinderInput): Match[] {
	const regex = compiled.phrases.get(check)?.[p.locale];
	if (!regex) return [];
	const denials: { span: Span; term: string }[] = [];
	regex.lastIndex = 0;
	for (let m = regex.exec(p.norm); m; m = regex.exec(p.norm)) {
		if (m[0].length === 0) {
			regex.lastIndex++;
			continue;
		}
		const word = m.slice(1).find((g) => g !== undefined);
		if (!word) continue;
		const span = { start: m.index, end: m.index + m[0].length };
		// "If it has not arrived by Friday…" denies nothing: it is a condition, not a statement.
		if (hasCue(p, span, compiled.hedges[p.locale])) continue;
		const term = p.locale === 'en' ? stem(word) : word.replace(/^[ごお]/, '');
		if (term.length >= (p.locale === 'en' ? 4 : 2)) denials.push({ span, term });
	}
	const out: Match[] = [];
	for (const denial of denials) {
		const at = sentenceIndex(p, denial.span.start);
		const from = p.sentences[Math.max(0, at - SENTENCE_REACH)]?.start ?? 0;
		const to = p.sentences[Math.min(p.sentences.length - 1, at + SENTENCE_REACH)]?.end ?? 0;
		const window = p.norm.slice(from, to);
		for (let i = window.indexOf(denial.term); i >= 0; i = window.indexOf(denial.term, i + 1)) {
			const start = from + i;
			const span = { start, end: start + denial.term.length };
			if (p.locale === 'en' && /\p{L}/u.test(p.norm[start - 1] ?? '')) continue;
			if (denials.some((d) => start >= d.span.start && start < d.span.end)) continue;
			if (isNegated(p, span, compiled)) continue;
			out.push({ start: denial.span.start, end: denial.span.end });
			break;
		}
	}
	return out;
}

/**
 * Two statements of a claim that cannot both hold ("has shipped" and "has not shipped yet"),
 * anywhere above the signature. A statement counts only as a claim of fact: not negated, not
 * hedged (a condition, what a page shows) and not in a question. Reports the first of each side.
 */
function findClashes({ p, check, compiled }: FinderInput): Match[] {
	const out: Match[] = [];
	for (const claim of compiled.claims.get(check) ?? []) {
		const is = claim.is[p.locale];
		const isNot = claim.isNot[p.locale];
		if (!is || !isNot) continue;
		const denied = statements(p, isNot, compiled);
		if (!denied.length) continue;
		// A longer denial ("not shipped yet") may contain the affirmation ("shipped"): it is a denial.
		const affirmed = statements(p, is, compiled).filter(
			(m) => !denied.some((d) => m.start < d.end && d.start < m.end)
		);
		if (!affirmed.length) continue;
		const [first, second] = [affirmed[0]!, denied[0]!].sort((a, b) => a.start - b.start);
		out.push(
			{ ...first!, part: claim.about, points: 0 },
			{ ...second!, part: claim.about, points: check.points }
		);
	}
	return out.sort((a, b) => a.start - b.start);
}

const QUESTION_END = /[?？]\s*$/;

/** Matches of one phrase list above the signature that state something as fact. */
function statements(p: Prepared, regex: RegExp, compiled: CompiledRubric): Match[] {
	const out: Match[] = [];
	const end = p.signatureStart;
	regex.lastIndex = 0;
	for (let m = regex.exec(p.norm); m && m.index < end; m = regex.exec(p.norm)) {
		if (m[0].length === 0) {
			regex.lastIndex++;
			continue;
		}
		const span = { start: m.index, end: m.index + m[0].length };
		if (span.end > end) break;
		// English claims start at a word start; checked here, as a leading \b in every phrase
		// makes the whole list many times slower to scan.
		if (p.locale === 'en' && /\p{L}/u.test(p.norm[span.start - 1] ?? '')) continue;
		const sentence = sentenceAt(p, span.start);
		if (QUESTION_END.test(p.norm.slice(sentence.start, sentence.end))) continue;
		if (isNegated(p, span, compiled)) continue;
		if (hasCue(p, span, compiled.hedges[p.locale], Math.max(span.start, span.end - 4))) continue;
		out.push(span);
	}
	return out;
}

/** The body above the signature as one span, for findings about the reply as a whole. */
function wholeBody(p: Prepared): Match[] {
	const first = p.sentences[0];
	return [
		first && first.start < p.signatureStart
			? { start: first.start, end: Math.min(p.signatureStart, p.norm.trimEnd().length) }
			: { start: 0, end: 0 }
	];
}

function stem(word: string): string {
	return word.replace(/(?:ies|es|s|ed|ing)$/, '').slice(0, 7);
}

function sentenceIndex(p: Prepared, at: number): number {
	let lo = 0;
	let hi = p.sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = p.sentences[mid]!;
		if (at < s.start) hi = mid - 1;
		else if (at >= s.end) lo = mid + 1;
		else return mid;
	}
	return Math.max(0, Math.min(lo, p.sentences.length - 1));
}

const factTexts = new WeakMap<Record<string, string>, string>();

function factText(ctx: ScoringContext): string {
	let text = factTexts.get(ctx.facts);
	if (text === undefined) {
		text = normalizePhrase(Object.values(ctx.facts).join(' \n '));
		factTexts.set(ctx.facts, text);
	}
	return text;
}

const PLACEHOLDERS = [
	/\{\{?\s*[\p{L}\p{N}_ .-]{1,30}\s*\}?\}/gu,
	/\[(?![xX ]\])[^\]\n]{1,30}\](?!\()/gu,
	/<[\p{L}_ ]{2,20}>/gu,
	/[〇○◯]{2,}(?:様|さん)?/gu,
	/(?:xx|××|\*\*){1,}(?:様|さん)/gu,
	/%[a-z_]+%/gu
];

function findPlaceholders({ p, check, compiled }: FinderInput): Match[] {
	const out: Match[] = [];
	for (const regex of PLACEHOLDERS) {
		regex.lastIndex = 0;
		for (const m of p.norm.matchAll(regex))
			out.push({ start: m.index, end: m.index + m[0].length });
	}
	return [...out, ...phraseMatches(p, check, compiled, true)].sort((a, b) => a.start - b.start);
}

/** Words that follow "Dear"/"Hi" or precede 様 without being a person's name. */
const NOT_NAMES = new Set([
	'valued',
	'customer',
	'customers',
	'sir',
	'madam',
	'team',
	'there',
	'all',
	'friend',
	'everyone',
	'user',
	'again',
	'and',
	'thank',
	'thanks',
	'support',
	'client',
	'member',
	'guest',
	'folks',
	'客',
	'お客',
	'皆',
	'担当者',
	'ご担当者',
	'利用者',
	'ご利用者',
	'会員',
	'各位',
	'皆々',
	'神'
]);

/** Japanese words before 様 that name a role or group, not a person: 管理者様, 取引先様, 全ユーザー様. */
const NOT_NAME_JA =
	/(?:者|先|社|店|部|課|員|係|方|各位|皆|ユーザー|メンバー|ゲスト|友人|家族|皆々|利用者|会員|両親|親|子|父|母|息子|娘|主人|奥|夫|妻|団体|一同|全員)$/u;

const ADDRESS_EN =
	/(?<![\p{L}])(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))[ ,]+(?:(?:mr|ms|mrs|miss|dr)\.? +)?([\p{L}][\p{L}'-]+)|(?<![\p{L}])(?:mr|ms|mrs|miss)\.? +([\p{L}][\p{L}'-]+)/gu;
// A name is addressed at the start of a line or after punctuation, as one or two chunks
// (佐藤様, 佐藤 美穂 様). After お/ご or a particle it is a common noun: お子様, ご両親様, 団体様.
const ADDRESS_JA =
	/(?<=^|[\s、。「『（(【:：,])([\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?: [\p{Script=Han}\p{Script=Katakana}ー]{1,6})?) ?(?:様|さま|さん|殿)/gmu;

function nameParts(name: string): string[] {
	const norm = normalizePhrase(name).trim();
	const parts = norm.split(/[\s・,]+/).filter((s) => s.length >= 2 || /[\p{Script=Han}]/u.test(s));
	return [...new Set([norm.replace(/\s+/g, ''), norm, ...parts])].filter(Boolean);
}

function findWrongNames({ p, ctx }: FinderInput): Match[] {
	const known = nameParts(ctx.customer.name);
	const own = [...nameParts(ctx.agent.name), ...nameParts(ctx.agent.company)];
	if (!known.length) return [];
	const out: Match[] = [];
	const regex = p.locale === 'ja' ? ADDRESS_JA : ADDRESS_EN;
	regex.lastIndex = 0;
	const isKnown = (chunk: string) =>
		[...known, ...own].some((part) => part.includes(chunk) || chunk.includes(part));
	for (const m of p.norm.matchAll(regex)) {
		const name = m[1] ?? m[2] ?? '';
		if (!name || /^[おご御]/.test(name) || NOT_NAMES.has(name) || NOT_NAME_JA.test(name)) continue;
		// Every chunk must be the customer's: 佐藤 美穂 is wrong for 佐々木 美穂.
		if (name.split(' ').every(isKnown)) continue;
		const start = m.index + m[0].indexOf(name);
		// An English name is written with a capital: "so you don't miss out" is not Miss Out.
		if (p.locale === 'en' && !/\p{Lu}/u.test(p.original[p.toOriginal[start]!] ?? '')) continue;
		out.push({ start, end: start + name.length });
	}
	return out;
}

function findName(p: Prepared, name: string, from: number, to: number): Match[] {
	const out: Match[] = [];
	for (const part of nameParts(name)) {
		const pattern = namePattern(part, p.locale);
		pattern.lastIndex = 0;
		for (const m of p.norm.slice(from, to).matchAll(pattern)) {
			const start = from + m.index;
			if (!out.some((o) => start < o.end && o.start < start + m[0].length))
				out.push({ start, end: start + m[0].length });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

const namePatterns = new Map<string, RegExp>();

/** Name patterns are built once per name and locale, not on every keystroke. */
function namePattern(part: string, locale: Locale): RegExp {
	const key = `${locale}\u0000${part}`;
	let pattern = namePatterns.get(key);
	if (!pattern) {
		pattern =
			locale === 'en'
				? new RegExp(`(?<![\\p{L}])${escape(part)}(?![\\p{L}])`, 'gu')
				: new RegExp(escape(part), 'gu');
		if (namePatterns.size > 500) namePatterns.clear();
		namePatterns.set(key, pattern);
	}
	return pattern;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s*');
}

const NEEDLE_CACHE = new Map<string, string[]>();
const NUMERIC = /[$€£¥]?\d[\d:.,/-]*\d(?:円|%)?|[$€£¥]\d/gu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/gu;
const LONG_RUN = /[\p{Script=Han}]{4,}|[\p{Script=Katakana}ー]{4,}/gu;

/**
 * Fact values as a reader would recognise them: the whole value, a link without its scheme, an
 * email address, a number of three characters or more ("09:27", "$84.50", "4,980円"), a number
 * with its unit ("15 minutes"), long kanji or katakana runs ("ベビー用品", "マグカップ"), and, for short
 * values such as a product name, each word of four letters or more. Long descriptive facts do not
 * match on their common words ("account", "予定").
 */
function factNeedles(value: string): string[] {
	const cached = NEEDLE_CACHE.get(value);
	if (cached) return cached;
	const norm = normalizePhrase(value).trim();
	const needles = [norm];
	const url = /^https?:\/\/(.+?)\/?$/.exec(norm);
	if (url) needles.push(url[1]!);
	else {
		for (const m of norm.matchAll(EMAIL)) needles.push(m[0]);
		for (const m of norm.matchAll(NUMERIC)) if (m[0].length >= 3) needles.push(m[0]);
		const words = norm.split(/[\s,、。()（）/;；:：「」『』"]+/).filter(Boolean);
		for (let i = 0; i + 1 < words.length; i++) {
			if (/^\d+$/.test(words[i]!) && /^\p{L}{3,}$/u.test(words[i + 1]!))
				needles.push(`${words[i]} ${words[i + 1]}`);
		}
		for (const m of norm.matchAll(LONG_RUN)) needles.push(m[0]);
		if (words.length <= 4)
			for (const word of words)
				if (word !== norm && word.length >= 4 && !/^\d+$/.test(word)) needles.push(word);
	}
	const unique = [...new Set(needles)].filter((n) => n.length >= 2);
	if (NEEDLE_CACHE.size > 2000) NEEDLE_CACHE.clear();
	NEEDLE_CACHE.set(value, unique);
	return unique;
}

const URL_AT = /https?:\/\/[^\s)）]*$/u;

/**
 * The first place the reply mentions each fact, above the signature. A fact that only appears
 * inside a link (an order number in a tracking URL) is not counted as mentioned, unless the fact
 * is itself a link.
 */
/** The reply takes up the customer's own words (at least `min` of them): it answers this message. */
function findEcho({ p, check, ctx }: FinderInput): Match[] {
	if (!ctx.customer.message) return [];
	const body = p.norm.slice(0, p.signatureStart);
	const out: Match[] = [];
	for (const word of echoWords(ctx.customer.message, p.locale)) {
		let at = body.indexOf(word);
		// In English a word must not continue one before it ("sync" is not in "async").
		while (p.locale === 'en' && at > 0 && /[a-z]/.test(body[at - 1]!))
			at = body.indexOf(word, at + 1);
		if (at >= 0) out.push({ start: at, end: at + word.length, part: word });
	}
	return out.length >= (check.min?.[p.locale] ?? 2) ? out.sort((a, b) => a.start - b.start) : [];
}

/** Facts that say who answers, not what the case is about: `facts: ['*']` leaves them out. */
const IDENTITY_FACTS = new Set([
	'company',
	'agent',
	'role',
	'phone',
	'help_url',
	'email',
	'contact'
]);

function factKeys(check: Check, ctx: ScoringContext): string[] {
	if (!check.facts.includes('*')) return check.facts;
	// Links are often pasted from a template; the case's own ids, dates and products are not.
	return Object.keys(ctx.facts).filter((key) => !IDENTITY_FACTS.has(key) && !key.endsWith('_url'));
}

function findFacts({ p, check, ctx }: FinderInput): Match[] {
	const out: Match[] = [];
	const body = p.norm.slice(0, p.signatureStart);
	for (const key of factKeys(check, ctx)) {
		const value = ctx.facts[key];
		if (!value) continue;
		const isUrl = /^https?:\/\//i.test(value.trim());
		search: for (const needle of factNeedles(value)) {
			for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
				if (!isUrl && URL_AT.test(body.slice(Math.max(0, at - 80), at))) continue;
				if (
					p.locale === 'en' &&
					/[\p{L}\p{N}]/u.test(body[at - 1] ?? '') &&
					/^[\p{L}\p{N}]/u.test(needle)
				)
					continue;
				out.push({ start: at, end: at + needle.length, part: key });
				break search;
			}
		}
	}
	return out;
}

function findSteps({ p, check }: FinderInput): Match[] {
	const items = p.lines.filter(
		(l) => l.start < p.signatureStart && LIST_ITEM.test(p.norm.slice(l.start, l.end))
	);
	return items.length >= (check.min?.[p.locale] ?? 2) ? items : [];
}

const CONTACT =
	/https?:\/\/[^\s)）]+|[\w.+-]+@[\w-]+\.[\w.-]+|(?:tel|phone|電話|☎)?[:：]?[ \t]*\+?\d[\d \t()-]{7,}\d|(?:help ?(?:centre|center)|ヘルプセンター|お問い合わせ窓口|サポートページ|faq)/giu;

/**
 * The signature block: the run of short lines at the very end (no sentence-ending punctuation, or
 * contact details). The agent's name or company found only above it counts as `elsewhere`.
 */
function findSignature({ p, check, ctx, compiled }: FinderInput): Match[] {
	const parts = check.parts ?? {};
	const blockStart = p.signatureStart;
	const out: Match[] = [];
	const inBlock = (m: Span) => m.start >= blockStart;
	const name = findName(p, ctx.agent.name, blockStart, p.norm.length);
	if (name[0]) out.push({ ...name[0], part: 'name', points: parts.name ?? 0 });
	const company = findName(
		p,
		stripCompanyForm(ctx.agent.company),
		blockStart,
		p.norm.length
	).filter((m) => !name.some((n) => n.start < m.end && m.start < n.end));
	if (company[0]) out.push({ ...company[0], part: 'company', points: parts.company ?? 0 });
	const role = [
		...(ctx.agent.role ? findName(p, ctx.agent.role, blockStart, p.norm.length) : []),
		...phraseMatches(p, check, compiled, true, blockStart).filter(inBlock)
	];
	if (role[0]) out.push({ ...role[0], part: 'role', points: parts.role ?? 0 });
	CONTACT.lastIndex = 0;
	const contact = [...p.norm.slice(blockStart).matchAll(CONTACT)][0];
	if (contact)
		out.push({
			start: blockStart + contact.index,
			end: blockStart + contact.index + contact[0].length,
			part: 'contact',
			points: parts.contact ?? 0
		});
	if (!out.some((m) => m.part === 'name' || m.part === 'company')) {
		const elsewhere = [
			...findName(p, ctx.agent.name, 0, blockStart),
			...findName(p, stripCompanyForm(ctx.agent.company), 0, blockStart)
		];
		if (elsewhere[0])
			out.push({ ...elsewhere[0], part: 'elsewhere', points: parts.elsewhere ?? 0 });
	}
	return out;
}

function stripCompanyForm(company: string): string {
	return (
		company
			.replace(/株式会社|有限会社|\(株\)|（株）|\b(?:inc|ltd|llc|co|corp|gmbh|k\.k)\b\.?/gi, '')
			.trim() || company
	);
}

const SHORT_LINE: Record<Locale, number> = { ja: 40, en: 9 };
const SEPARATOR = /^[-_=*━─＿ー~]{3,}$/;

/** Finds where the signature block starts: scanning up from the end over short, unpunctuated lines. */
export function locateSignature(p: Prepared): number {
	let start = p.norm.length;
	let taken = 0;
	for (let i = p.lines.length - 1; i >= 1 && taken < 8; i--) {
		const line = p.lines[i]!;
		const text = p.norm.slice(line.start, line.end);
		CONTACT.lastIndex = 0;
		// A contact line is short and is not a sentence: "please call 0120-… if it is urgent." is body.
		const contact =
			CONTACT.test(text) &&
			measure(text, p.locale) <= SHORT_LINE[p.locale] * 2 &&
			!/[。!！?？]$|\.$/.test(text) &&
			!LIST_ITEM.test(text);
		const short =
			measure(text, p.locale) <= SHORT_LINE[p.locale] &&
			!/[。.!！?？:：]$/.test(text) &&
			!LIST_ITEM.test(text);
		if (!(contact || short || SEPARATOR.test(text))) break;
		start = line.start;
		taken++;
	}
	return start;
}
