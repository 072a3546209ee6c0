import type { Evidence } from '../scoring';

export type Tone = 'earned' | 'lost' | 'neutral';

export interface Segment {
	text: string;
	start: number;
	evidence: Evidence[];
	tone: Tone | null;
}

export function evidenceTone(e: Evidence): Tone {
	if (e.autoFail || e.cap !== undefined || e.effect < 0) return 'lost';
	return e.effect > 0 ? 'earned' : 'neutral';
}

/** Cuts the reply into runs covered by the same evidence, so each run can be marked once. */
export function segments(text: string, evidence: readonly Evidence[]): Segment[] {
	const cuts = new Set([0, text.length]);
	for (const e of evidence) {
		if (e.end > e.start) {
			cuts.add(Math.min(e.start, text.length));
			cuts.add(Math.min(e.end, text.length));
		}
	}
	const points = [...cuts].sort((a, b) => a - b);
	const out: Segment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const start = points[i]!;
		const end = points[i + 1]!;
		const covering = evidence.filter((e) => e.start <= start && e.end >= end && e.end > e.start);
		out.push({ text: text.slice(start, end), start, evidence: covering, tone: toneOf(covering) });
	}
	return out;
}

/**
 * The colour of a run: that of the narrowest evidence covering it, the most specific finding (a
 * cap on the whole reply must not paint over the words that earned points); among spans as narrow,
 * a loss shows over a gain.
 */
function toneOf(covering: readonly Evidence[]): Tone | null {
	let best: Tone | null = null;
	let width = Infinity;
	const rank = { lost: 2, earned: 1, neutral: 0 };
	for (const e of covering) {
		const tone = evidenceTone(e);
		const w = e.end - e.start;
		if (w < width || (w === width && best !== null && rank[tone] > rank[best])) {
			best = tone;
			width = w;
		}
	}
	return best;
}

/**
 * Moves evidence found in `scored` onto `current`, the same text after an edit: spans before the
 * edit stay, spans after it move by the change in length, spans the edit touched are dropped. The
 * highlights then follow the trainee's typing until the next score arrives.
 */
export function followEdit(
	scored: string,
	current: string,
	evidence: readonly Evidence[]
): Evidence[] {
	if (scored === current) return [...evidence];
	const shorter = Math.min(scored.length, current.length);
	let prefix = 0;
	while (prefix < shorter && scored.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix++;
	let suffix = 0;
	while (
		suffix < shorter - prefix &&
		scored.charCodeAt(scored.length - 1 - suffix) ===
			current.charCodeAt(current.length - 1 - suffix)
	)
		suffix++;
	const editEnd = scored.length - suffix;
	const delta = current.length - scored.length;
	const out: Evidence[] = [];
	for (const e of evidence) {
		if (e.end <= prefix) out.push(e);
		else if (e.start >= editEnd) out.push({ ...e, start: e.start + delta, end: e.end + delta });
	}
	return out;
}
