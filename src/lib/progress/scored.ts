import { CORE_CRITERIA } from '../rubric';
import { share } from '../store';
import type { ProgressAttempt } from './types';

/**
 * The attempts with at least one scored reply, oldest first, reduced to what the charts and the
 * suggestions read. Kept as columns, one array per value, so that ten thousand attempts cost
 * a few arrays rather than ten thousand small objects.
 */
export interface ScoredAttempts {
	attempts: ProgressAttempt[];
	/** When each attempt's last reply was scored. */
	at: number[];
	/** Mean total of each attempt's replies, 0–1. */
	total: number[];
	/** Every reply of the attempt passed the rubric. */
	passed: boolean[];
	/** The criteria rated, in the order first met. */
	criteria: string[];
	/** `levels[c][i]`: mean level of criteria[c] over attempt i's replies, as a share of the maximum; NaN if not rated. */
	levels: Float64Array[];
	/** Per criterion, over every scored reply: how many rated it, were below its maximum, and the sum of shares. */
	tallies: { turns: number; belowMax: number; shares: number }[];
}

// The progress page asks for the stats and the suggestion over the same list of attempts: the
// columns are built once per list (lists are read from the store and never changed in place).
const built = new WeakMap<readonly ProgressAttempt[], ScoredAttempts>();

export function scoredAttempts(all: readonly ProgressAttempt[]): ScoredAttempts {
	let scored = built.get(all);
	if (!scored) built.set(all, (scored = buildColumns(all)));
	return scored;
}

function buildColumns(all: readonly ProgressAttempt[]): ScoredAttempts {
	const attempts = all
		.filter((a) => a.turns.length > 0)
		.map((a) => ({ a, at: a.turns[a.turns.length - 1]!.sentAt }))
		.sort((x, y) => x.at - y.at);
	const n = attempts.length;
	const out: ScoredAttempts = {
		attempts: attempts.map((x) => x.a),
		at: attempts.map((x) => x.at),
		total: new Array<number>(n),
		passed: new Array<boolean>(n),
		criteria: [],
		levels: [],
		tallies: []
	};
	const index = new Map<string, number>();
	const sums: number[] = [];
	const counts: number[] = [];

	for (let i = 0; i < n; i++) {
		const turns = attempts[i]!.a.turns;
		let total = 0;
		let passed = true;
		sums.fill(0);
		counts.fill(0);
		for (const turn of turns) {
			total += turn.score.total;
			passed &&= turn.score.passed;
			for (const id in turn.score.criteria) {
				const { level, max } = turn.score.criteria[id]!;
				let c = index.get(id);
				if (c === undefined) {
					c = out.criteria.push(id) - 1;
					index.set(id, c);
					out.levels.push(new Float64Array(n).fill(NaN));
					out.tallies.push({ turns: 0, belowMax: 0, shares: 0 });
					sums.push(0);
					counts.push(0);
				}
				const s = share(level, max);
				const tally = out.tallies[c]!;
				tally.turns++;
				if (level < max) tally.belowMax++;
				tally.shares += s;
				sums[c]! += s;
				counts[c]!++;
			}
		}
		out.total[i] = total / turns.length / 100;
		out.passed[i] = passed;
		for (let c = 0; c < counts.length; c++)
			if (counts[c]) out.levels[c]![i] = sums[c]! / counts[c]!;
	}
	return out;
}

const CORE_ORDER = new Map<string, number>(CORE_CRITERIA.map((id, i) => [id, i]));

/** The core five in their usual order, then any criterion a rubric adds, by name. */
export function byCriterionOrder(a: string, b: string): number {
	const ai = CORE_ORDER.get(a) ?? CORE_CRITERIA.length;
	const bi = CORE_ORDER.get(b) ?? CORE_CRITERIA.length;
	return ai - bi || a.localeCompare(b);
}
