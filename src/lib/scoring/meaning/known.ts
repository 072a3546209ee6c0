import type { Locale } from '../../rubric';
import { normalizePhrase } from '../compile';
import { findAmounts, type Amount } from './amounts';
import { findDates, todayFrom } from './calendar';
import { topicNear, topicOfKey, type Topic } from './topics';

/** A date the facts give for something, with the words it came from. */
export interface KnownDate {
	topic: Topic;
	from: number;
	to: number;
	/** The facts say this cannot happen then ("not_possible: 本日中のお届け", "cannot arrive before"). */
	ruledOut: boolean;
	text: string;
}

/** What the scenario facts say about dates and sums, read once per facts object. */
export interface Known {
	today?: number;
	/** Today, or no lower bound when the facts do not say (absolute dates are still compared). */
	now: number;
	dates: KnownDate[];
	/** Every day or range the facts name, whoever's and whatever for. */
	named: { from: number; to: number }[];
	amounts: (Amount & { text: string })[];
	/** Every sum a reply may rightly state, per unit: the facts' own and those worked out from them. */
	sums: Map<string, number[]>;
	/** All the facts, normalised as replies are, one per line. */
	text: string;
}

/** Facts that say who answers, not what the case is about. */
const IDENTITY = /^(?:company|agent|role|phone|help_url|email|contact|today)$/;
/** The customer's own dates (their deadline, their trip) and validity periods are not times we give. */
const THEIRS =
	/^(?:customer|occasion|event|meeting|member_since|last_)|_deadline$|_since$|expir|valid/;
const VALIDITY =
	/\b(?:until|expires?|expired|valid|usable|can be used)\b|有効期限|まで有効|まで利用可|まで使え|失効/;
const RULED_OUT_KEY = /^(?:not_possible|cannot|cannot_offer|impossible)/;
const RULED_OUT =
	/\b(?:not possible|impossible|cannot|can't|can not|unable to|no same-day)\b|不可|できない|できません|できかね/;
/** "cannot arrive before Friday" gives the earliest day: it does not rule Friday out. */
const EARLIEST =
	/\b(?:cannot|can't|can not|not) (?:\w+ )?(?:arrive|reach|be (?:delivered|fixed|released)|happen) before\b|より前(?:には|に)?(?:届|到着)/;

const cache = new WeakMap<Record<string, string>, Map<Locale, Known>>();

export function knownFacts(facts: Record<string, string>, locale: Locale): Known {
	let byLocale = cache.get(facts);
	if (!byLocale) {
		byLocale = new Map();
		cache.set(facts, byLocale);
	}
	let known = byLocale.get(locale);
	if (!known) {
		known = readFacts(facts, locale);
		byLocale.set(locale, known);
	}
	return known;
}

function readFacts(facts: Record<string, string>, locale: Locale): Known {
	const today = todayFrom(facts, locale);
	const dates: KnownDate[] = [];
	const named: Known['named'] = [];
	const amounts: Known['amounts'] = [];
	for (const [key, value] of Object.entries(facts)) {
		if (IDENTITY.test(key) || /_url$/.test(key)) continue;
		const text = normalizePhrase(value);
		const theirs = THEIRS.test(key);
		// A fact is read in parts: "refund of £6.95 now; if not delivered by Friday, …" holds two.
		for (const part of segments(text)) {
			const shown = `${key}: ${value.slice(part.start, part.end).trim()}`;
			const ruledOut =
				RULED_OUT_KEY.test(key) || (RULED_OUT.test(part.text) && !EARLIEST.test(part.text));
			for (const a of findAmounts(part.text)) amounts.push({ ...a, text: shown });
			for (const d of findDates(part.text, locale, today)) named.push({ from: d.from, to: d.to });
			if (theirs || VALIDITY.test(part.text)) continue;
			// A part without a topic word takes its fact's ("…; decision expected by Friday 4 December").
			const found = findDates(part.text, locale, today).map((d) => ({
				...d,
				topic:
					topicNear(part.text, locale, 0, part.text.length, d) ??
					topicNear(text, locale, 0, text.length, {
						start: part.start + d.start,
						end: part.start + d.end
					}) ??
					topicOfKey(key)
			}));
			// Two dates in one part ("between Monday 7 and Wednesday 9") make a range.
			const byTopic = new Map<Topic, { from: number; to: number }>();
			for (const d of found) {
				if (!d.topic) continue;
				const range = byTopic.get(d.topic);
				byTopic.set(
					d.topic,
					range
						? { from: Math.min(range.from, d.from), to: Math.max(range.to, d.to) }
						: { from: d.from, to: d.to }
				);
			}
			for (const [topic, range] of byTopic)
				if (topic !== 'customer') dates.push({ topic, ...range, ruledOut, text: shown });
		}
	}
	return {
		today,
		now: today ?? Number.MIN_SAFE_INTEGER,
		dates,
		named,
		amounts,
		sums: derivedSums(amounts, Object.values(facts).join('\n')),
		text: Object.values(facts).map(normalizePhrase).join('\n')
	};
}

function segments(text: string): { start: number; end: number; text: string }[] {
	const out: { start: number; end: number; text: string }[] = [];
	let start = 0;
	for (const m of text.matchAll(/[;；。\n]|$/g)) {
		const end = m.index;
		if (text.slice(start, end).trim()) out.push({ start, end, text: text.slice(start, end) });
		start = end + 1;
		if (m[0] === '') break;
	}
	return out;
}

/**
 * Sums the facts give, and those a reply may work out from them: two added or one taken from
 * another, a small multiple (two charges, three months), a percentage the facts name.
 */
function derivedSums(amounts: Amount[], text: string): Map<string, number[]> {
	const norm = normalizePhrase(text);
	const percents = [...norm.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].map((m) => Number(m[1]));
	const out = new Map<string, number[]>();
	const sums = withSums(amounts, percents, out);
	// "100 points = £1", 1ポイント＝1円: the points the facts name are sums of money too.
	for (const m of norm.matchAll(CONVERSION)) {
		const rate = number(m[3]!) / number(m[1]!);
		const unit = m[2] || (m[4] ? '¥' : undefined);
		if (!unit || !Number.isFinite(rate)) continue;
		const converted = (sums.get('pt') ?? []).map((v) => ({ value: v * rate, unit }));
		const list = out.get(unit) ?? [];
		out.set(unit, [...list, ...converted.map((c) => c.value)]);
	}
	return out;
}

const CONVERSION =
	/(\d[\d,]*)\s?(?:points?|ポイント|pt)\s?(?:=|＝|is worth|は)\s?([£$€¥])?\s?(\d[\d,]*(?:\.\d+)?)\s?(円)?/g;

function number(text: string): number {
	return Number(text.replace(/,/g, ''));
}

function withSums(
	amounts: Amount[],
	percents: number[],
	out: Map<string, number[]>
): Map<string, number[]> {
	for (const unit of new Set(amounts.map((a) => a.unit))) {
		const values = [...new Set(amounts.filter((a) => a.unit === unit).map((a) => a.value))];
		const all = new Set(values);
		for (const a of values) {
			for (let k = 2; k <= 12; k++) all.add(a * k);
			for (const p of percents) {
				all.add((a * p) / 100);
				all.add(a - (a * p) / 100);
			}
			for (const b of values) {
				all.add(a + b);
				if (a > b) all.add(a - b);
			}
		}
		out.set(unit, [...all, 0]);
	}
	return out;
}

/** Whether a sum is one the facts give or one worked out from them (to the cent, or to the yen). */
export function isKnownSum(known: Known, amount: Amount): boolean {
	const sums = known.sums.get(amount.unit);
	if (!sums) return true;
	return sums.some((v) => Math.abs(v - amount.value) < 0.011 || Math.round(v) === amount.value);
}

/** The fact amount of the same unit nearest in value, to show beside a wrong one. */
export function nearestAmount(
	known: Known,
	amount: Amount
): (Amount & { text: string }) | undefined {
	return known.amounts
		.filter((a) => a.unit === amount.unit)
		.sort((a, b) => Math.abs(a.value - amount.value) - Math.abs(b.value - amount.value))[0];
}
