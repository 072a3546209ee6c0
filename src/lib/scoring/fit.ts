import type { Check, Criterion, SignaturePart } from '../rubric';
import { agreement } from './agreement';
import { fitOrdinal, type OrdinalRow } from './ordinal';
import type { Score } from './types';

/**
 * Fitting a criterion's points to graders' levels. A criterion's level is
 * `clamp(floor(base + Σ points × matches), 0, max)`, held at the lowest cap found: fixed
 * thresholds at 1, 2, 3 on a linear sum. An ordinal logistic model with its thresholds fixed at
 * those integers and a free scale (ordinal.ts) is therefore a fit of the base and the points
 * themselves: its weights are the points.
 *
 * Every check of the criterion is a column, counted as the scorer counts it (once, or up to
 * `limit` with `each`, after `requires`, `unless` and `not_with`), each signature part on its own:
 * the checks that earn or take points, those that only feed another check's `requires` or
 * `unless` (a time frame, an invitation), and those whose cap the fit may turn into points. A cap
 * stays a cap when a level meaning demands it: a cap of 0 (a contradiction leaves clarity at 0,
 * a placeholder personalization at 0, blame tone at 0) and every `auto_fail` check. Any other cap
 * (1 or 2: a reply that answers nothing, padding, no time frame) becomes a check that takes
 * points. A column keeps its author's direction (points earned stay earned, a cap becomes points
 * taken); a check with no points and no cap has none, and its sign is free. How hard the fit
 * holds to the rubric's own points is chosen by cross-validation over scenarios, and keeping the
 * rubric as it is stays a candidate.
 */

/** One fitted column: a check (or one part of a signature check) and what the rubric gives it. */
export interface FitColumn {
	check: string;
	part?: SignaturePart;
	/** Points one count of it is worth in the rubric now; a fitted cap counts as `cap − max`. */
	prior: number;
	/** The author's direction: 1 earns, −1 takes, 0 free (a check with no points or cap). */
	sign: 1 | -1 | 0;
	/** The cap the column replaces, which the written rubric drops. */
	cap?: number;
}

/** One labeled reply for one criterion: its findings, its fixed cap, the grader's level. */
export interface FitRow {
	/** Counted matches of each column, in `fitColumns` order. */
	x: number[];
	/** The lowest cap a check that keeps its cap put on the level, or null. */
	cap: number | null;
	label: number;
	/** The level the rubric as it is gives the reply. */
	now?: number;
	/** The scenario the reply answers: cross-validation holds out whole groups. */
	group?: string;
}

export interface CriterionFit {
	base: number;
	/** Per column: the fitted points of one count. */
	weights: number[];
	/** How hard the fit held to the rubric's points; null when keeping the rubric as it is won. */
	strength: number | null;
}

/**
 * A cap a level meaning demands stays a cap: a cap of 0, every check that fails the attempt, and
 * a cap the rubric marks `keep_cap` (an unsupported promise holds next steps at 1 whatever else
 * the reply does well).
 */
export function keepsCap(check: Check): boolean {
	return check.autoFail || check.cap === 0 || (check.cap !== undefined && check.keepCap);
}

/** The columns of a criterion: every check, except those whose only effect is a cap kept fixed. */
export function fitColumns(criterion: Criterion): FitColumn[] {
	const max = criterion.levels.length - 1;
	const columns: FitColumn[] = [];
	for (const check of criterion.checks) {
		if (check.parts) {
			for (const [part, points] of Object.entries(check.parts))
				columns.push({
					check: check.id,
					part: part as SignaturePart,
					prior: points!,
					sign: signOf(points!)
				});
			continue;
		}
		const fittedCap = check.cap !== undefined && !keepsCap(check) ? check.cap : undefined;
		if (fittedCap === undefined && keepsCap(check) && check.points === 0) continue;
		const prior = check.points + (fittedCap === undefined ? 0 : fittedCap - max);
		const column: FitColumn = { check: check.id, prior, sign: signOf(prior) };
		if (fittedCap !== undefined) column.cap = fittedCap;
		columns.push(column);
	}
	return columns;
}

function signOf(points: number): 1 | -1 | 0 {
	return points > 0 ? 1 : points < 0 ? -1 : 0;
}

/** A column's name as evidence shows it: `check`, or `check.part`. */
export function columnName(column: FitColumn): string {
	return column.part ? `${column.check}.${column.part}` : column.check;
}

/**
 * The row of one scored reply for one criterion. A span that counted carries no `void`
 * (negated, voided, a requirement not met, a repeat beyond `limit`), whatever its points, so the
 * counts are the scorer's own; a check that `unless` held back shows no span and counts 0.
 */
export function fitRow(
	score: Score,
	criterion: Criterion,
	label: number,
	group?: string,
	columns: readonly FitColumn[] = fitColumns(criterion)
): FitRow {
	const index = new Map(columns.map((column, i) => [columnName(column), i]));
	const kept = new Set(criterion.checks.filter(keepsCap).map((check) => check.id));
	const x = new Array<number>(columns.length).fill(0);
	let cap: number | null = null;
	const result = score.criteria[criterion.id];
	for (const evidence of result?.evidence ?? []) {
		if (evidence.void) continue;
		// A signature part is its own column; other finders name a part (`specifics.order_id`) of
		// a check that counts as a whole.
		const i = index.get(evidence.check) ?? index.get(evidence.check.split('.')[0]!);
		if (i !== undefined) x[i]!++;
		if (evidence.cap !== undefined && kept.has(evidence.check.split('.')[0]!))
			cap = Math.min(cap ?? evidence.cap, evidence.cap);
	}
	const row: FitRow = { x, cap, label };
	if (result) row.now = result.level;
	if (group !== undefined) row.group = group;
	return row;
}

/** The level a fit gives a row, as the scorer computes it (the rubric as it is: its own level). */
export function fitLevel(fit: CriterionFit, row: FitRow, max: number): number {
	if (fit.strength === null && row.now !== undefined) return row.now;
	const z = fit.weights.reduce((sum, weight, i) => sum + weight * row.x[i]!, fit.base);
	const level = Math.max(0, Math.min(max, Math.floor(z + 1e-9)));
	return row.cap === null ? level : Math.min(level, row.cap);
}

/** A column in its author's direction keeps at least this share of its prior: it keeps an effect. */
export const MIN_FACTOR = 0.05;

/** Strengths of the pull towards the rubric's points tried by cross-validation (per logit²). */
export const STRENGTHS = [0.1, 0.3, 1, 3, 10, 30, 100];
/** Folds of the inner cross-validation that picks the strength. */
const INNER_FOLDS = 5;

export interface FitOptions {
	/** The criterion's top level. */
	max: number;
	/** The columns the rows were built with: their priors and directions. */
	columns: readonly FitColumn[];
	/** The rubric's base: where the fit starts. */
	base?: number;
	/** A fixed strength; without it, it is chosen by cross-validation over the rows' groups. */
	strength?: number;
	/** Whether the rubric as it is (each row's `now`) is a candidate; default true. */
	keepAsIs?: boolean;
}

/**
 * Fits base and points on rows. Without a `strength`, each of STRENGTHS and the rubric as it is
 * are scored by cross-validation over the rows' groups (QWK of the held-out levels), and the best
 * is fitted on all rows; ties go to the stronger pull, the rubric as it is before all.
 */
export function fitCriterion(rows: readonly FitRow[], options: FitOptions): CriterionFit {
	const { max } = options;
	const asIs: CriterionFit = {
		base: options.base ?? 0,
		weights: options.columns.map((column) => column.prior),
		strength: null
	};
	const canKeep = options.keepAsIs !== false && rows.every((row) => row.now !== undefined);
	if (options.strength !== undefined) return fitWith(rows, options, options.strength);
	const folds = foldsOf(rows);
	const foldCount = Math.max(...folds) + 1;
	if (foldCount < 2)
		return canKeep ? asIs : fitWith(rows, options, STRENGTHS[STRENGTHS.length - 1]!);
	let best: { qwk: number; strength: number | null } = { qwk: -Infinity, strength: null };
	const candidates: (number | null)[] = [...(canKeep ? [null] : []), ...[...STRENGTHS].reverse()];
	for (const strength of candidates) {
		const fits = Array.from({ length: foldCount }, (_, fold) =>
			strength === null
				? asIs
				: fitWith(
						rows.filter((_, r) => folds[r] !== fold),
						options,
						strength
					)
		);
		const pairs = rows.map((row, i) => ({
			label: row.label,
			predicted: fitLevel(fits[folds[i]!]!, row, max)
		}));
		const qwk = agreement(pairs, max).qwk;
		if (qwk > best.qwk + 1e-9) best = { qwk, strength };
	}
	return best.strength === null ? asIs : fitWith(rows, options, best.strength);
}

/**
 * The ordinal fit at one strength, rounded as the rubric file will hold it. A row a fixed cap
 * held at its label says only that the sum reached the label (the points might have given more);
 * a row a cap held below its label is left out: the cap, not the points, set its level.
 */
function fitWith(rows: readonly FitRow[], options: FitOptions, strength: number): CriterionFit {
	const { max, columns } = options;
	const ordinal: OrdinalRow[] = [];
	for (const row of rows) {
		if (row.cap !== null && row.label > row.cap) continue;
		const hi = row.cap !== null && row.label === row.cap ? max : row.label;
		ordinal.push({ x: row.x, lo: row.label, hi });
	}
	const bound = (column: FitColumn, side: 1 | -1) =>
		column.sign === 0 || column.sign === side ? side * max : MIN_FACTOR * column.prior;
	const fit = fitOrdinal(ordinal, {
		max,
		prior: columns.map((column) => column.prior),
		strength,
		base: options.base ?? 0,
		lower: columns.map((column) => bound(column, -1)),
		upper: columns.map((column) => bound(column, 1)),
		baseBounds: [0, max]
	});
	return {
		base: round(fit.base, 0),
		weights: fit.weights.map((weight, j) => round(weight, columns[j]!.sign)),
		strength
	};
}

/** Points to two decimals; a column with a direction never rounds to nothing, it keeps an effect. */
export function round(value: number, sign: -1 | 0 | 1): number {
	const rounded = Math.round(value * 100) / 100 || 0;
	return rounded === 0 && sign !== 0 ? sign * 0.01 : rounded;
}

/** Fold of each row: whole groups to a fold, round-robin in order of first appearance. */
function foldsOf(rows: readonly FitRow[]): number[] {
	const groups = [...new Set(rows.map((row, i) => row.group ?? `#${i}`))];
	const count = Math.min(INNER_FOLDS, groups.length);
	const foldOf = new Map(groups.map((group, i) => [group, i % count]));
	return rows.map((row, i) => foldOf.get(row.group ?? `#${i}`)!);
}
