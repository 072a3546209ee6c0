import type { Criterion } from '../rubric';
import { agreement } from './agreement';
import { fitOrdinal, type OrdinalRow } from './ordinal';
import type { Score } from './types';

/**
 * Fitting a criterion's points to graders' levels. A criterion's level is
 * `clamp(floor(base + Σ points × matches), 0, max)`, held at the lowest cap found: fixed
 * thresholds at 1, 2, 3 on a linear sum. An ordinal logistic model with its thresholds fixed at
 * those integers and a free scale (ordinal.ts) is therefore a fit of the base and the points
 * themselves: its weights are the points. The fit keeps each check (what it finds, its message,
 * its caps) and learns one factor per check that earns or takes points, plus the base; the
 * factors stay positive, so a check that earned points still earns them and every point shown to
 * a trainee is still a check with its span. How hard the fit holds to the rubric's own points is
 * chosen by cross-validation over scenarios, and keeping the rubric as it is stays a candidate.
 */

/** One labeled reply for one criterion: the points each check gave it, its cap, the grader's level. */
export interface FitRow {
	/** Points each fitted check gave the reply with the rubric's current points, in `fittedChecks` order. */
	effects: number[];
	/** The lowest cap a check put on the level, or null. */
	cap: number | null;
	label: number;
	/** The scenario the reply answers: cross-validation holds out whole groups. */
	group?: string;
}

export interface CriterionFit {
	base: number;
	/** Per fitted check: the factor its points are multiplied by. */
	factors: number[];
	/** How hard the fit held to the rubric's points; null when keeping them as they are won. */
	strength?: number | null;
}

/** The checks of a criterion the fit moves: those that earn or take points. */
export function fittedChecks(criterion: Criterion): string[] {
	return criterion.checks
		.filter((check) => check.points !== 0 || Object.values(check.parts ?? {}).some((p) => p))
		.map((check) => check.id);
}

/** The row of one scored reply for one criterion. */
export function fitRow(score: Score, criterion: Criterion, label: number, group?: string): FitRow {
	const ids = fittedChecks(criterion);
	const effects = new Array<number>(ids.length).fill(0);
	let cap: number | null = null;
	for (const evidence of score.criteria[criterion.id]?.evidence ?? []) {
		// A structural check reports its parts as `check.part` (signature-block.name).
		const i = ids.indexOf(evidence.check.split('.')[0]!);
		if (i >= 0) effects[i]! += evidence.effect;
		if (evidence.cap !== undefined) cap = Math.min(cap ?? evidence.cap, evidence.cap);
	}
	return group === undefined ? { effects, cap, label } : { effects, cap, label, group };
}

/** The level a fit gives a row, as the scorer computes it. */
export function fitLevel(fit: CriterionFit, row: FitRow, max: number): number {
	const z = fit.factors.reduce((sum, factor, i) => sum + factor * row.effects[i]!, fit.base);
	const level = Math.max(0, Math.min(max, Math.floor(z + 1e-9)));
	return row.cap === null ? level : Math.min(level, row.cap);
}

/** A factor below this would leave a check without effect; it keeps a trace of its points. */
export const MIN_FACTOR = 0.05;

/** Strengths of the pull towards the rubric's points tried by cross-validation (per logit²). */
export const STRENGTHS = [0.1, 0.3, 1, 3, 10, 30, 100];
/** Folds of the inner cross-validation that picks the strength. */
const INNER_FOLDS = 5;

export interface FitOptions {
	/** The criterion's top level. */
	max?: number;
	/** The rubric's base: where the fit starts, and half of the "keep it as it is" candidate. */
	base?: number;
	/** A fixed strength; without it, it is chosen by cross-validation over the rows' groups. */
	strength?: number;
}

/**
 * Fits base and factors on rows. Without a `strength`, each of STRENGTHS and the rubric as it is
 * (factors 1, `base`) are scored by cross-validation over the rows' groups (QWK of the held-out
 * levels), and the best is fitted on all rows; ties go to the stronger pull.
 */
export function fitCriterion(rows: readonly FitRow[], options: FitOptions = {}): CriterionFit {
	const max = options.max ?? Math.max(0, ...rows.map((row) => row.label));
	const k = rows[0]?.effects.length ?? 0;
	const asIs: CriterionFit | null =
		options.base === undefined
			? null
			: { base: options.base, factors: new Array<number>(k).fill(1), strength: null };
	if (options.strength !== undefined) return fitWith(rows, max, options.strength, options.base);
	const folds = foldsOf(rows);
	const foldCount = Math.max(...folds) + 1;
	if (foldCount < 2)
		return asIs ?? fitWith(rows, max, STRENGTHS[STRENGTHS.length - 1]!, options.base);
	let best: { qwk: number; strength: number | null } = { qwk: -Infinity, strength: null };
	// Strongest first, the rubric as it is before all: a tie keeps what is closer to the rubric.
	const candidates: (number | null)[] = [...(asIs ? [null] : []), ...[...STRENGTHS].reverse()];
	for (const strength of candidates) {
		const fits = Array.from({ length: foldCount }, (_, fold) =>
			strength === null
				? asIs!
				: fitWith(
						rows.filter((_, r) => folds[r] !== fold),
						max,
						strength,
						options.base
					)
		);
		const pairs = rows.map((row, i) => ({
			label: row.label,
			predicted: fitLevel(fits[folds[i]!]!, row, max)
		}));
		const qwk = agreement(pairs, max).qwk;
		if (qwk > best.qwk + 1e-9) best = { qwk, strength };
	}
	return best.strength === null ? asIs! : fitWith(rows, max, best.strength, options.base);
}

/**
 * The ordinal fit at one strength. A row a cap held at its label says only that the sum reached
 * the label (the points might have given more); a row a cap held below its label is left out:
 * the cap, not the points, set its level, and the points cannot reach a level the cap forbids.
 */
function fitWith(rows: readonly FitRow[], max: number, strength: number, base = 0): CriterionFit {
	const ordinal: OrdinalRow[] = [];
	for (const row of rows) {
		if (row.cap !== null && row.label > row.cap) continue;
		const hi = row.cap !== null && row.label === row.cap ? max : row.label;
		ordinal.push({ x: row.effects, lo: row.label, hi });
	}
	const k = rows[0]?.effects.length ?? 0;
	const fit = fitOrdinal(ordinal, {
		max,
		prior: new Array<number>(k).fill(1),
		strength,
		base,
		floor: MIN_FACTOR
	});
	return { base: fit.base, factors: fit.weights, strength };
}

/** Fold of each row: whole groups to a fold, round-robin in order of first appearance. */
function foldsOf(rows: readonly FitRow[]): number[] {
	const groups = [...new Set(rows.map((row, i) => row.group ?? `#${i}`))];
	const count = Math.min(INNER_FOLDS, groups.length);
	const foldOf = new Map(groups.map((group, i) => [group, i % count]));
	return rows.map((row, i) => foldOf.get(row.group ?? `#${i}`)!);
}
