import type { Check, Locale } from '../rubric';
import { normalizePhrase, type CompiledRubric } from './compile';
import { measure, sentenceAt, type Prepared, type Span } from './text';
import type { ScoringContext } from './types';

export interface Match extends Span {
	/** Why this match does not count, when it does not. */
	void?: 'negated';
	/** A label for structural matches (the signature part, the fact key). */
	part?: string;
	points?: number;
}

export interface FinderInput {
	p: Prepared;
	check: Check;
	ctx: ScoringContext;
	compiled: CompiledRubric;
}

type Finder = (input: FinderInput) => Match[];

export const FINDERS: Record<Check['find'], Finder> = {
	phrases: ({ p, check, compiled }) => phraseMatches(p, check, compiled),
	promise: findPromises,
	placeholder: findPlaceholders,
	'wrong-name': findWrongNames,
	'customer-name': ({ p, ctx }) => findName(p, ctx.customer.name, 0, p.norm.length),
	facts: findFacts,
	steps: findSteps,
	signature: findSignature,
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
		if (!fires) return [];
		const first = p.sentences[0];
		return [
			first && first.start < p.signatureStart
				? { start: first.start, end: Math.min(p.signatureStart, p.norm.trimEnd().length) }
				: { start: 0, end: 0 }
		];
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
const TRAILER = /^(?:[\s。．.!！?？…~〜)）」』"'*♪☆★\p{Extended_Pictographic}]|\u200d|\ufe0f)*$/u;

function phraseMatches(p: Prepared, check: Check, compiled: CompiledRubric): Match[] {
	const regex = compiled.phrases.get(check)?.[p.locale];
	if (!regex) return [];
	const { start, end } = region(p, check.where);
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
			if (!TRAILER.test(text.slice(match.end, sentence.end))) continue;
		}
		if (check.negatable && isNegated(p, match, compiled)) match.void = 'negated';
		out.push(match);
	}
	return out;
}

function isNegated(p: Prepared, m: Span, compiled: CompiledRubric): boolean {
	const cues = compiled.negation[p.locale];
	if (!cues) return false;
	const sentence = sentenceAt(p, m.start);
	if (cues.before) {
		const window = p.norm.slice(Math.max(sentence.start, m.start - 40), m.start);
		cues.before.lastIndex = 0;
		if (cues.before.test(window)) return true;
	}
	if (cues.after) {
		const window = p.norm.slice(m.end, Math.min(sentence.end, m.end + 24));
		cues.after.lastIndex = 0;
		if (cues.after.test(window)) return true;
	}
	return false;
}

/** A time or certainty the facts do not back: "tomorrow" when the facts say Friday. */
function findPromises(input: FinderInput): Match[] {
	const { p, check, ctx } = input;
	const stated = check.facts.map((key) => ctx.facts[key]).filter((v): v is string => !!v);
	if (!stated.length) return [];
	const facts = normalizePhrase(stated.join(' \n '));
	return phraseMatches(p, check, input.compiled).filter(
		(m) => !facts.includes(p.norm.slice(m.start, m.end).trim())
	);
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
	return [...out, ...phraseMatches(p, check, compiled)].sort((a, b) => a.start - b.start);
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

const ADDRESS_EN =
	/(?<![\p{L}])(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))[ ,]+(?:(?:mr|ms|mrs|miss|dr)\.? +)?([\p{L}][\p{L}'-]+)|(?<![\p{L}])(?:mr|ms|mrs|miss)\.? +([\p{L}][\p{L}'-]+)/gu;
const ADDRESS_JA = /([\p{Script=Han}\p{Script=Katakana}ー]{1,8}) ?(?:様|さま|さん|殿)/gu;

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
	for (const m of p.norm.matchAll(regex)) {
		const name = (m[1] ?? m[2] ?? '').replace(/^(?:お|ご)/, '');
		if (!name || NOT_NAMES.has(name) || NOT_NAMES.has(m[1] ?? '')) continue;
		const start = m.index + m[0].indexOf(name);
		const isKnown = [...known, ...own].some((part) => part.includes(name) || name.includes(part));
		if (!isKnown) out.push({ start, end: start + name.length });
	}
	return out;
}

function findName(p: Prepared, name: string, from: number, to: number): Match[] {
	const out: Match[] = [];
	for (const part of nameParts(name)) {
		const pattern =
			p.locale === 'en'
				? new RegExp(`(?<![\\p{L}])${escape(part)}(?![\\p{L}])`, 'gu')
				: new RegExp(escape(part), 'gu');
		for (const m of p.norm.slice(from, to).matchAll(pattern)) {
			const start = from + m.index;
			if (!out.some((o) => start < o.end && o.start < start + m[0].length))
				out.push({ start, end: start + m[0].length });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s*');
}

/** Fact values as a reader would recognise them: the whole value, or its telling pieces. */
function factNeedles(value: string): string[] {
	const norm = normalizePhrase(value).trim();
	const needles = [norm];
	const url = /^https?:\/\/(.+?)\/?$/.exec(norm);
	if (url) needles.push(url[1]!);
	else {
		for (const piece of norm.split(/[\s,、。()（）/]+/)) {
			if (piece === norm) continue;
			if (
				piece.length >= 4 ||
				(/\d/.test(piece) && piece.length >= 2) ||
				/[\p{Script=Han}]{2,}/u.test(piece)
			)
				needles.push(piece);
		}
	}
	return needles;
}

function findFacts({ p, check, ctx }: FinderInput): Match[] {
	const out: Match[] = [];
	for (const key of check.facts) {
		const value = ctx.facts[key];
		if (!value) continue;
		for (const needle of factNeedles(value)) {
			const at = p.norm.indexOf(needle);
			if (at >= 0) {
				out.push({ start: at, end: at + needle.length, part: key });
				break;
			}
		}
	}
	return out;
}

const LIST_ITEM = /^(?:\d{1,2}[.)、．]|\(\d{1,2}\)|[①-⑳]|[-*・•●■◆▶→]|step \d+[:.]?)\s*\S/u;

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
		...phraseMatches(p, check, compiled).filter(inBlock)
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
		const contact = CONTACT.test(text);
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
