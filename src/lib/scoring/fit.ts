import type { Criterion } from '../rubric';
import type { Score } from './types';

/**
 * Fitting a criterion's points to graders' levels. A criterion's level is
 * `clamp(floor(base + Σ points × matches), 0, max)`, held at the lowest cap found; so a check's
 * contribution is linear in its points. The fit keeps each check (what it finds, its message, its
 * caps) and learns one factor per check that earns or takes points, plus the base: a ridge
 * regression that puts each labeled reply's sum inside its level's interval [level, level + 1)
 * (open-ended at 0 and at the top, where the clamp makes any lower or higher sum right), over the
 * replies no cap held down. It is the squared distance to the interval, minimised by refitting on
 * the nearest point of each interval until the fit settles. Factors stay positive,
 * so a check that earned points still earns them and every point shown to a trainee is still a
 * check with its span.
 */

/** One labeled reply for one criterion: the points each check gave it, its cap, the grader's level. */
export interface FitRow {
	/** Points each fitted check gave the reply with the rubric's current points, in `fittedChecks` order. */
	effects: number[];
	/** The lowest cap a check put on the level, or null. */
	cap: number | null;
	label: number;
}

export interface CriterionFit {
	base: number;
	/** Per fitted check: the factor its points are multiplied by. */
	factors: number[];
}

/** The checks of a criterion the fit moves: those that earn or take points. */
export function fittedChecks(criterion: Criterion): string[] {
	return criterion.checks
		.filter((check) => check.points !== 0 || Object.values(check.parts ?? {}).some((p) => p))
		.map((check) => check.id);
}

/** The row of one scored reply for one criterion. */
export function fitRow(score: Score, criterion: Criterion, label: number): FitRow {
	const ids = fittedChecks(criterion);
	const effects = new Array<number>(ids.length).fill(0);
	let cap: number | null = null;
	for (const evidence of score.criteria[criterion.id]?.evidence ?? []) {
		// A structural check reports its parts as `check.part` (signature-block.name).
		const i = ids.indexOf(evidence.check.split('.')[0]!);
		if (i >= 0) effects[i]! += evidence.effect;
		if (evidence.cap !== undefined) cap = Math.min(cap ?? evidence.cap, evidence.cap);
	}
	return { effects, cap, label };
}

/** Refits on the nearest point of each level's interval: enough rounds for the fit to settle. */
const ROUNDS = 30;
/** How far inside a level's interval a target sits, so that `floor` of it is safely that level. */
const MARGIN = 0.1;

const sumOf = (fit: CriterionFit, row: FitRow) =>
	fit.factors.reduce((sum, factor, i) => sum + factor * row.effects[i]!, fit.base);

/** The point of `label`'s interval nearest to `z` (the ends are open at 0 and at `max`). */
function nearestInLevel(z: number, label: number, max: number): number {
	const lo = label === 0 ? -Infinity : label + MARGIN;
	const hi = label >= max ? Infinity : label + 1 - MARGIN;
	return Math.min(hi, Math.max(lo, z));
}

function mergeFactors(factors: readonly number[], columns: readonly number[], weights: number[]) {
	const merged = [...factors];
	columns.forEach((column, j) => (merged[column] = weights[j]!));
	return merged;
}

/** The level a fit gives a row, as the scorer computes it. */
export function fitLevel(fit: CriterionFit, row: FitRow, max: number): number {
	const z = sumOf(fit, row);
	const level = Math.max(0, Math.min(max, Math.floor(z)));
	return row.cap === null ? level : Math.min(level, row.cap);
}

/** A factor below this would leave a check without effect; it keeps a trace of its points. */
export const MIN_FACTOR = 0.05;

/**
 * Fits base and factors on rows by ridge regression (`ridge` pulls factors towards 1, the
 * rubric's own points, so a check seldom seen keeps them), with factors kept at MIN_FACTOR or
 * more. Rows a cap held below their label are left out: the cap, not the points, set their level.
 */
export function fitCriterion(
	rows: readonly FitRow[],
	{ ridge = 2, max = Math.max(0, ...rows.map((row) => row.label)) } = {}
): CriterionFit {
	const k = rows[0]?.effects.length ?? 0;
	const used = rows.filter((row) => row.cap === null || row.label <= row.cap);
	const free = new Set(Array.from({ length: k }, (_, i) => i));
	const factors = new Array<number>(k).fill(1);
	let base = 0;
	// Active set: solve, pin the factors that came out below the floor, solve again without them.
	for (let round = 0; round <= k; round++) {
		const columns = [...free];
		let targets = used.map((row) => row.label + 0.5);
		let solved = solveRidge(used, targets, columns, factors, ridge);
		for (let step = 0; step < ROUNDS; step++) {
			const fit = { base: solved.base, factors: mergeFactors(factors, columns, solved.weights) };
			targets = used.map((row) => nearestInLevel(sumOf(fit, row), row.label, max));
			solved = solveRidge(used, targets, columns, factors, ridge);
		}
		base = solved.base;
		let pinned = false;
		columns.forEach((column, j) => {
			factors[column] = solved.weights[j]!;
			if (factors[column]! < MIN_FACTOR) {
				factors[column] = MIN_FACTOR;
				free.delete(column);
				pinned = true;
			}
		});
		if (!pinned) break;
	}
	return { base, factors };
}

/**
 * Least squares of the targets on the free columns, the pinned ones fixed at their factor, with
 * an unpenalised intercept and a ridge penalty pulling each free factor towards 1.
 */
function solveRidge(
	rows: readonly FitRow[],
	targets: readonly number[],
	columns: readonly number[],
	factors: readonly number[],
	ridge: number
): { base: number; weights: number[] } {
	const n = columns.length + 1;
	const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	const b = new Array<number>(n).fill(0);
	for (const [r, row] of rows.entries()) {
		const pinned = row.effects.reduce(
			(sum, effect, i) => (columns.includes(i) ? sum : sum + factors[i]! * effect),
			0
		);
		const x = [1, ...columns.map((c) => row.effects[c]!)];
		const y = targets[r]! - pinned;
		for (let i = 0; i < n; i++) {
			b[i]! += x[i]! * y;
			for (let j = 0; j < n; j++) a[i]![j]! += x[i]! * x[j]!;
		}
	}
	// The penalty ridge × (factor − 1)²: a check the data says little about keeps its points.
	for (let i = 1; i < n; i++) {
		a[i]![i]! += ridge;
		b[i]! += ridge;
	}
	const solution = solve(a, b);
	return { base: solution[0]!, weights: solution.slice(1) };
}

/** Gaussian elimination with partial pivoting; a singular system gets a tiny diagonal nudge. */
function solve(matrix: number[][], vector: number[]): number[] {
	const n = vector.length;
	const a = matrix.map((row, i) => [...row, vector[i]!]);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++)
			if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
		[a[col], a[pivot]] = [a[pivot]!, a[col]!];
		if (Math.abs(a[col]![col]!) < 1e-12) a[col]![col]! += 1e-9;
		for (let r = 0; r < n; r++) {
			if (r === col) continue;
			const f = a[r]![col]! / a[col]![col]!;
			for (let c = col; c <= n; c++) a[r]![c]! -= f * a[col]![c]!;
		}
	}
	return a.map((row, i) => row[n]! / row[i]!);
}
