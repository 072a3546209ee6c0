import type { SeriesPoint } from './types';

/** Enough points to show a trend on a small chart without drawing every attempt of a long history. */
export const MAX_POINTS = 60;

/**
 * Splits a chronological run of values into at most `maxPoints` runs of consecutive entries and
 * draws one point per run: the mean of its values, skipping NaN (not measured there).
 */
export function downsample(
	values: ArrayLike<number>,
	at: readonly number[],
	maxPoints = MAX_POINTS
): SeriesPoint[] {
	const n = values.length;
	const buckets = Math.min(n, Math.max(1, maxPoints));
	const points: SeriesPoint[] = [];
	for (let b = 0; b < buckets; b++) {
		const first = Math.floor((b * n) / buckets);
		const last = Math.floor(((b + 1) * n) / buckets) - 1;
		let sum = 0;
		let count = 0;
		for (let i = first; i <= last; i++) {
			const v = values[i]!;
			if (Number.isNaN(v)) continue;
			sum += v;
			count++;
		}
		if (count === 0) continue;
		points.push({
			from: first + 1,
			to: last + 1,
			start: at[first]!,
			end: at[last]!,
			value: sum / count
		});
	}
	return points;
}
