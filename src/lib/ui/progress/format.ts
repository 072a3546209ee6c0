import { durationParts, type SeriesPoint } from '$lib/progress';
import { summary } from '../catalog-summary';
import { i18n, type MessageKey } from '../i18n.svelte';

// Intl formatters are costly to make and a page of charts formats hundreds of numbers: one per language.
function perLanguage<F>(make: (lang: string) => F): () => F {
	const made = new Map<string, F>();
	return () => {
		let f = made.get(i18n.lang);
		if (!f) made.set(i18n.lang, (f = make(i18n.lang)));
		return f;
	};
}
const percentFormat = perLanguage(
	(lang) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })
);
const decimalFormat = perLanguage(
	(lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })
);
const dateFormat = perLanguage((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }));
const listFormat = perLanguage((lang) => new Intl.ListFormat(lang, { type: 'unit' }));

export function percent(share: number): string {
	return percentFormat().format(share);
}

/** A change between two shares, in percentage points with its sign. */
export function change(delta: number): string {
	const points = Math.round(delta * 100);
	return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)} pt`;
}

export function decimal(value: number): string {
	return decimalFormat().format(value);
}

/** Simulated time as "2 h 5 min", "3 min 20 s" or "45 s" (Japanese: 2時間5分, 3分20秒, 45秒). */
export function duration(ms: number): string {
	const { hours, minutes, seconds } = durationParts(ms);
	const sep = i18n.lang === 'ja' ? '' : ' ';
	const part = (n: number, key: MessageKey) => `${n}${sep}${i18n.t(key)}`;
	if (hours) return [part(hours, 'progressHours'), part(minutes, 'progressMinutes')].join(sep);
	if (minutes)
		return [part(minutes, 'progressMinutes'), part(seconds, 'progressSeconds')].join(sep);
	return part(seconds, 'progressSeconds');
}

export function date(ms: number): string {
	return dateFormat().format(ms);
}

/** Which attempts a chart point covers: "Attempt 3" or "Attempts 1–20". */
export function attempts(p: SeriesPoint): string {
	return p.from === p.to
		? i18n.t('progressAttemptN', { n: p.from })
		: i18n.t('progressAttemptRange', { from: p.from, to: p.to });
}

export function dateRange(p: SeriesPoint): string {
	const start = date(p.start);
	const end = date(p.end);
	return start === end ? start : `${start} – ${end}`;
}

/** A criterion's name in the UI language, from the rubrics; its id if no rubric names it. */
export function criterionName(id: string): string {
	return summary.criteria[id]?.[i18n.lang] ?? id;
}

const OUTCOMES: Record<string, MessageKey> = {
	resolved: 'progressOutcomeResolved',
	escalated: 'progressOutcomeEscalated',
	abandoned: 'progressOutcomeAbandoned'
};

/** An ending's outcome in words; a scenario's own outcome as written. */
export function outcome(name: string): string {
	const key = OUTCOMES[name];
	return key ? i18n.t(key) : name;
}

export function list(items: string[]): string {
	return listFormat().format(items);
}
