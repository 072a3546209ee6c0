import { CORE_CRITERIA } from '../rubric';
import { attemptMeans } from '../store';
import type { ProgressAttempt } from './types';

/**
 * The attempts with at least one scored reply, oldest first, reduced to what the suggestion
 * reads. Kept as columns, one array per value.
 */
export interface ScoredAttempts {
	attempts: ProgressAttempt[];
	/** Every reply of the attempt passed the rubric. */
	passed: boolean[];
	/** The criteria rated, in the order first met. */
	criteria: string[];
	/** `levels[c][i]`: mean level of criteria[c] over attempt i's replies, as a share of the maximum; NaN if not rated. */
	levels: Float64Array[];
}

export function scoredAttempts(all: readonly ProgressAttempt[]): ScoredAttempts {
	const attempts = all
		.filter((a) => a.turns.length > 0)
		.sort((x, y) => x.turns.at(-1)!.sentAt - y.turns.at(-1)!.sentAt);
	const n = attempts.length;
	const out: ScoredAttempts = {
		attempts,
		passed: attempts.map((a) => a.turns.every((turn) => turn.score.passed)),
		criteria: [],
		levels: []
	};
	const index = new Map<string, number>();
	attempts.forEach((attempt, i) => {
		for (const [id, level] of attemptMeans(attempt.turns).levels) {
			let c = index.get(id);
			if (c === undefined) {
				c = out.criteria.push(id) - 1;
				index.set(id, c);
				out.levels.push(new Float64Array(n).fill(NaN));
			}
			out.levels[c]![i] = level;
		}
	});
	return out;
}

const CORE_ORDER = new Map<string, number>(CORE_CRITERIA.map((id, i) => [id, i]));

/** The core five in their usual order, then any criterion a rubric adds, by name. */
export function byCriterionOrder(a: string, b: string): number {
	const ai = CORE_ORDER.get(a) ?? CORE_CRITERIA.length;
	const bi = CORE_ORDER.get(b) ?? CORE_CRITERIA.length;
	return ai - bi || a.localeCompare(b);
}
