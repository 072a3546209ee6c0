import { describe, expect, it } from 'vitest';
import { parseRubric } from '../rubric';
import {
	columnName,
	fitColumns,
	fitCriterion,
	fitLevel,
	fitRow,
	keepsCap,
	MIN_FACTOR,
	type FitColumn,
	type FitRow
} from './fit';
import { scoreReply } from './score';
import { fitOrdinal } from './ordinal';

/** A seeded generator (mulberry32), so the synthetic graders always give the same levels. */
function seeded(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Columns for synthetic rows: each earns `prior` points a count; `sign` 0 for a free one. */
function columnsOf(priors: number[], signs?: (1 | -1 | 0)[]): FitColumn[] {
	return priors.map((prior, j) => ({
		check: `c${j}`,
		prior,
		sign: signs?.[j] ?? (prior > 0 ? 1 : prior < 0 ? -1 : 0)
	}));
}

/**
 * Replies whose checks each found 0 to `most` things, leveled by graders who follow
 * `base + Σ truth × count` with logistic noise of width 1/scale, in `groups` scenarios; `now` is
 * the level the rubric's own points (`priors`) give.
 */
function graded(
	truth: number[],
	base: number,
	{
		n = 2000,
		scale = 4,
		seed = 7,
		groups = 10,
		max = 3,
		most = 2,
		priors = truth.map(() => 1)
	} = {}
): FitRow[] {
	const random = seeded(seed);
	return Array.from({ length: n }, (_, r) => {
		const x = truth.map(() => Math.floor(random() * (most + 1)));
		const z = x.reduce((sum, e, j) => sum + e * truth[j]!, base);
		const u = random();
		const noise = Math.log(u / (1 - u)) / scale;
		const label = Math.max(0, Math.min(max, Math.floor(z + noise)));
		const now = Math.max(
			0,
			Math.min(max, Math.floor(x.reduce((s, e, j) => s + e * priors[j]!, 0)))
		);
		return { x, cap: null, label, now, group: `s${r % groups}` };
	});
}

const loose = (columns: FitColumn[]) => ({ max: 3, strength: 0.001, columns });

describe('fitCriterion', () => {
	it('recovers the points and base graders follow: a check worth half, one worth double, one as it is', () => {
		const fit = fitCriterion(graded([0.5, 2, 1], 0.3), loose(columnsOf([1, 1, 1])));
		expect(fit.base).toBeCloseTo(0.3, 1);
		expect(fit.weights[0]).toBeCloseTo(0.5, 1);
		expect(fit.weights[1]).toBeCloseTo(2, 1);
		expect(fit.weights[2]).toBeCloseTo(1, 1);
	});

	it('recovers signed points: a check with no points of its own (a time frame that only feeds `unless`) may take or earn, a cap become points taken', () => {
		// c0 earns (+1 in the rubric), c1 and c2 have no points (free), c3 was a cap (taken).
		const columns = columnsOf([1, 0, 0, -2]);
		const fit = fitCriterion(graded([1, -0.75, 0.6, -1.2], 1.5), loose(columns));
		expect(fit.weights[0]).toBeCloseTo(1, 1);
		expect(fit.weights[1]).toBeCloseTo(-0.75, 1);
		expect(fit.weights[2]).toBeCloseTo(0.6, 1);
		expect(fit.weights[3]).toBeCloseTo(-1.2, 1);
		expect(fit.base).toBeCloseTo(1.5, 1);
	});

	it('recovers the points of a check that counts each match (`each`, `limit`): points per match', () => {
		const fit = fitCriterion(graded([0.75, 1], 0.2, { most: 3 }), loose(columnsOf([0.5, 1])));
		expect(fit.weights[0]).toBeCloseTo(0.75, 1);
		expect(fit.weights[1]).toBeCloseTo(1, 1);
	});

	it("keeps a column with an author's direction on its side: it keeps a trace of its points, never flips", () => {
		// Graders punish c0 (rubric: earns) and reward c2 (rubric: a cap, so it takes).
		const columns = columnsOf([1, 1, -2]);
		const fit = fitCriterion(graded([-1, 1, 0.5], 1), loose(columns));
		expect(fit.weights[0]).toBe(Math.round(MIN_FACTOR * 1 * 100) / 100);
		expect(fit.weights[1]).toBeCloseTo(1, 1);
		expect(fit.weights[2]).toBe(MIN_FACTOR * -2);
	});

	it('keeps the base and the points inside what a rubric file accepts (base 0..max, points −max..max)', () => {
		const fit = fitCriterion(graded([5, 0], 4, { scale: 8 }), loose(columnsOf([1, 0])));
		expect(fit.base).toBeGreaterThanOrEqual(0);
		expect(fit.base).toBeLessThanOrEqual(3);
		for (const weight of fit.weights) expect(Math.abs(weight)).toBeLessThanOrEqual(3);
		// Rounded as the file holds them: what is written is what predicts.
		for (const value of [fit.base, ...fit.weights])
			expect(Math.round(value * 100) / 100).toBe(value);
	});

	it('pulls towards the rubric’s points: a check no reply holds keeps them, a strong pull keeps all', () => {
		const rows = graded([2, 2, 2], 0).map((row) => ({ ...row, x: [row.x[0]!, row.x[1]!, 0] }));
		const columns = columnsOf([1, 1, 1]);
		expect(fitCriterion(rows, { max: 3, strength: 1, columns }).weights[2]).toBeCloseTo(1, 2);
		for (const weight of fitCriterion(rows, { max: 3, strength: 1e6, columns }).weights)
			expect(weight).toBeCloseTo(1, 1);
	});

	it('chooses the pull by cross-validation over scenarios, and keeps the rubric when nothing does better', () => {
		const columns = columnsOf([1, 1, 1]);
		const rows = graded([0.5, 2, 1], 0.3, { n: 600 });
		const fitted = fitCriterion(rows, { max: 3, base: 0, columns });
		expect(fitted.strength).not.toBeNull();
		expect(fitted.weights[1]).toBeGreaterThan(1.5);
		// Graders who follow the rubric exactly: no fit beats it held out.
		const exact = rows.map((row) => ({ ...row, label: row.now! }));
		expect(fitCriterion(exact, { max: 3, base: 0, columns })).toEqual({
			base: 0,
			weights: [1, 1, 1],
			strength: null
		});
	});
});

describe('caps in the fit', () => {
	const columns = columnsOf([1, 1, 1]);
	const rows = graded([0.5, 2, 1], 0.3);
	const plain = fitCriterion(rows, loose(columns));

	it('leaves out replies a fixed cap held below their label: the cap, not the points, set their level', () => {
		const held: FitRow[] = Array.from({ length: 300 }, () => ({ x: [0, 0, 0], cap: 0, label: 3 }));
		const fit = fitCriterion([...rows, ...held], loose(columns));
		expect(fit).toEqual(plain);
	});

	it('reads a reply held at its fixed cap as "reached at least the cap"', () => {
		const atCap: FitRow[] = Array.from({ length: 2000 }, () => ({
			x: [0, 0, 0],
			cap: 2,
			label: 2
		}));
		expect(fitCriterion([...rows, ...atCap], loose(columns)).base).toBeGreaterThan(1.5);
		const full: FitRow[] = Array.from({ length: 300 }, () => ({ x: [2, 2, 2], cap: 1, label: 1 }));
		const unmoved = fitCriterion([...rows, ...full], loose(columns));
		unmoved.weights.forEach((weight, j) => expect(weight).toBeCloseTo(plain.weights[j]!, 1));
	});

	it('applies fixed caps when it predicts, as the scorer does; the rubric as it is predicts its own level', () => {
		const fit = { base: 0, weights: [1, 1, 1], strength: 1 };
		expect(fitLevel(fit, { x: [2, 2, 2], cap: 1, label: 3 }, 3)).toBe(1);
		expect(fitLevel(fit, { x: [1, 1, 0], cap: null, label: 2 }, 3)).toBe(2);
		expect(fitLevel(fit, { x: [-1, 0, 0], cap: null, label: 0 }, 3)).toBe(0);
		expect(
			fitLevel({ ...fit, strength: null }, { x: [1, 1, 1], cap: null, label: 0, now: 1 }, 3)
		).toBe(1);
	});
});

describe('fitColumns: which caps stay caps', () => {
	const rubric = parseRubric(
		'cols.yaml',
		`id: cols
title: Cols
criteria:
  - id: next_steps
    name: Next steps
    weight: 50
    base: 0
    levels: [a, b, c, d]
    checks:
      - { id: act, phrases: { en: ["we will"] }, points: 2, message: m }
      - { id: when, phrases: { en: ["by friday"] }, message: m }
      - { id: vague, phrases: { en: ["look into"] }, cap: 1, unless: [when], message: m }
      - { id: lie, phrases: { en: ["already sent"] }, cap: 0, message: m }
      - { id: blame, phrases: { en: ["your fault"] }, cap: 1, auto_fail: true, message: m }
      - { id: promise, phrases: { en: ["guaranteed"] }, cap: 1, keep_cap: true, message: m }
      - { id: warm, phrases: { en: ["happy"] }, points: 0.5, each: true, limit: 2, message: m }
  - id: signature
    name: Signature
    weight: 50
    levels: [a, b, c, d]
    checks:
      - { id: sign, find: signature, parts: { name: 1, role: 0.5 }, message: m }
`
	);
	if (!rubric.ok) throw new Error(rubric.diagnostics.map((d) => d.message).join('\n'));
	const [next, signature] = rubric.rubric.criteria;

	it('keeps caps of 0, auto-fail and keep_cap checks as caps; other caps, points and building blocks become columns', () => {
		expect(keepsCap(next!.checks.find((k) => k.id === 'lie')!)).toBe(true);
		expect(keepsCap(next!.checks.find((k) => k.id === 'blame')!)).toBe(true);
		expect(keepsCap(next!.checks.find((k) => k.id === 'promise')!)).toBe(true);
		expect(keepsCap(next!.checks.find((k) => k.id === 'vague')!)).toBe(false);
		expect(fitColumns(next!)).toEqual([
			{ check: 'act', prior: 2, sign: 1 },
			{ check: 'when', prior: 0, sign: 0 },
			// A cap of 1 on 0..3 reads as three points taken from a reply at the top: −2.
			{ check: 'vague', prior: -2, sign: -1, cap: 1 },
			{ check: 'warm', prior: 0.5, sign: 1 }
		]);
		expect(fitColumns(signature!).map(columnName)).toEqual(['sign.name', 'sign.role']);
	});

	it("counts each check's findings as the scorer does: once, up to `limit` with `each`, none when `unless` holds it", () => {
		const ctx = {
			locale: 'en' as const,
			channel: 'email' as const,
			customer: { name: 'Dana' },
			agent: { name: 'Jo', company: 'Shop' },
			facts: {}
		};
		const rowOf = (reply: string) => fitRow(scoreReply(reply, rubric.rubric, ctx), next!, 0).x;
		// act, when, vague, warm
		expect(rowOf('We will look into it. Happy, happy, happy. We will.')).toEqual([1, 0, 1, 2]);
		expect(rowOf('We will look into it by Friday.')).toEqual([1, 1, 0, 0]);
		const held = fitRow(
			scoreReply('It was already sent. Your fault.', rubric.rubric, ctx),
			next!,
			0
		);
		expect(held.cap).toBe(0);
		expect(held.x).toEqual([0, 0, 0, 0]);
	});
});

describe('fitOrdinal', () => {
	it('places the base between the levels graders gave: half at 1 and half at 2 put it at the threshold 2', () => {
		const rows = [
			...Array.from({ length: 50 }, () => ({ x: [], lo: 1, hi: 1 })),
			...Array.from({ length: 50 }, () => ({ x: [], lo: 2, hi: 2 }))
		];
		const fit = fitOrdinal(rows, { max: 3, prior: [], strength: 0 });
		expect(fit.base).toBeCloseTo(2, 3);
	});

	it('holds the base inside its bounds: graders who give 3 to everything put it at the top, not beyond', () => {
		const rows = Array.from({ length: 50 }, () => ({ x: [], lo: 3, hi: 3 }));
		expect(fitOrdinal(rows, { max: 3, prior: [], strength: 0, baseBounds: [0, 3] }).base).toBe(3);
	});
});
