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
	const spans = evidence
		.filter((e) => e.end > e.start)
		.map((e) => ({ e, start: Math.min(e.start, text.length), end: Math.min(e.end, text.length) }));
	const points = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
		(a, b) => a - b
	);
	// Each span is added to the runs it covers: found by binary search, not by a scan per run, so
	// a long reply with hundreds of findings still cuts in well under a millisecond.
	const covering: Evidence[][] = points.slice(1).map(() => []);
	for (const span of spans)
		for (let i = indexOf(points, span.start); points[i]! < span.end; i++) covering[i]!.push(span.e);
	return covering.map((list, i) => ({
		text: text.slice(points[i], points[i + 1]),
		start: points[i]!,
		evidence: list,
		tone: toneOf(list)
	}));
}

function indexOf(sorted: number[], value: number): number {
	let lo = 0;
	let hi = sorted.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
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

/** Where `current` differs from `scored`: offsets in `scored`, and the change in length. */
export interface Edit {
	start: number;
	end: number;
	delta: number;
}

export function editBetween(scored: string, current: string): Edit {
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
	return { start: prefix, end: scored.length - suffix, delta: current.length - scored.length };
}

/** A span after `edit`: the same, moved, or null when the edit touched it. */
export function shiftSpan<T extends { start: number; end: number }>(span: T, edit: Edit): T | null {
	if (edit.delta === 0 && edit.start >= edit.end) return span;
	if (span.end <= edit.start) return span;
	if (span.start >= edit.end)
		return { ...span, start: span.start + edit.delta, end: span.end + edit.delta };
	return null;
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
	const edit = editBetween(scored, current);
	return evidence.flatMap((e) => shiftSpan(e, edit) ?? []);
}
