import { describe, expect, it } from 'vitest';
import { fitCriterion, fitLevel, MIN_FACTOR, type FitRow } from './fit';
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

/**
 * Replies whose checks each found 0 to 2 things (earning `points` each with the rubric's
 * points), leveled by graders who follow `base + Σ truth × effect` with logistic noise of width
 * 1/scale, in `groups` scenarios.
 */
function graded(
	truth: number[],
	base: number,
	{ n = 2000, points = truth.map(() => 1), scale = 4, seed = 7, groups = 10, max = 3 } = {}
): FitRow[] {
	const random = seeded(seed);
	return Array.from({ length: n }, (_, r) => {
		const effects = truth.map((_, j) => Math.floor(random() * 3) * points[j]!);
		const z = effects.reduce((sum, e, j) => sum + e * truth[j]!, base);
		const u = random();
		const noise = Math.log(u / (1 - u)) / scale;
		const label = Math.max(0, Math.min(max, Math.floor(z + noise)));
		return { effects, cap: null, label, group: `s${r % groups}` };
	});
}

describe('fitCriterion', () => {
	it('recovers the points and base graders follow: a check worth half, one worth double, one as it is', () => {
		const fit = fitCriterion(graded([0.5, 2, 1], 0.3), { max: 3, strength: 0.001 });
		expect(fit.base).toBeCloseTo(0.3, 1);
		expect(fit.factors[0]).toBeCloseTo(0.5, 1);
		expect(fit.factors[1]).toBeCloseTo(2, 1);
		expect(fit.factors[2]).toBeCloseTo(1, 1);
	});

	it('recovers points that take away: a check costing half a point that graders punish by a whole one', () => {
		const fit = fitCriterion(graded([1, 2], 1.5, { points: [1, -0.5] }), {
			max: 3,
			strength: 0.001
		});
		expect(fit.factors[0]).toBeCloseTo(1, 1);
		expect(fit.factors[1]).toBeCloseTo(2, 1);
		expect(fit.base).toBeCloseTo(1.5, 1);
	});

	it('recovers the points of a check that counts each match (`each`, `limit`): the effect grows with the matches', () => {
		// Effects 0, 0.5, 1: a check earning 0.5 per match, up to two; graders give 1.5 per match.
		const fit = fitCriterion(graded([3, 1], 0.2, { points: [0.5, 1] }), {
			max: 3,
			strength: 0.001
		});
		expect(Math.abs(fit.factors[0]! * 0.5 - 1.5)).toBeLessThan(0.15);
		expect(fit.factors[1]).toBeCloseTo(1, 1);
	});

	it('keeps every factor positive: a check graders punish keeps a trace of its points, never flips', () => {
		const fit = fitCriterion(graded([-1, 1, 1], 1), { max: 3, strength: 0.001 });
		expect(fit.factors[0]).toBe(MIN_FACTOR);
		expect(fit.factors[1]).toBeCloseTo(1, 1);
		expect(fit.factors[2]).toBeCloseTo(1, 1);
	});

	it('pulls towards the rubric’s points: a check no reply holds keeps them, a strong pull keeps all', () => {
		const rows = graded([2, 2, 2], 0).map((row) => ({
			...row,
			effects: [row.effects[0]!, row.effects[1]!, 0]
		}));
		expect(fitCriterion(rows, { max: 3, strength: 1 }).factors[2]).toBeCloseTo(1, 3);
		for (const factor of fitCriterion(rows, { max: 3, strength: 1e6 }).factors)
			expect(factor).toBeCloseTo(1, 2);
	});

	it('chooses the pull by cross-validation over scenarios, and keeps the rubric when nothing does better', () => {
		const rows = graded([0.5, 2, 1], 0.3, { n: 600 });
		const fitted = fitCriterion(rows, { max: 3, base: 0 });
		expect(fitted.strength).not.toBeNull();
		expect(fitted.factors[1]).toBeGreaterThan(1.5);
		// Graders who follow the rubric exactly: no fit beats it held out.
		const exact = rows.map((row) => ({
			...row,
			label: Math.min(3, Math.floor(row.effects.reduce((a, b) => a + b, 0)))
		}));
		expect(fitCriterion(exact, { max: 3, base: 0 })).toEqual({
			base: 0,
			factors: [1, 1, 1],
			strength: null
		});
	});
});

describe('caps in the fit', () => {
	const rows = graded([0.5, 2, 1], 0.3);
	const plain = fitCriterion(rows, { max: 3, strength: 0.001 });

	it('leaves out replies a cap held below their label: the cap, not the points, set their level', () => {
		const held: FitRow[] = Array.from({ length: 300 }, () => ({
			effects: [0, 0, 0],
			cap: 0,
			label: 3
		}));
		const fit = fitCriterion([...rows, ...held], { max: 3, strength: 0.001 });
		expect(fit.base).toBeCloseTo(plain.base, 6);
		expect(fit.factors).toEqual(plain.factors);
	});

	it('reads a reply held at its cap as "reached at least the cap": many such replies with no findings pull the base up to it', () => {
		// Nothing found, cap 2, label 2: the points alone must give 2 or more.
		const atCap: FitRow[] = Array.from({ length: 2000 }, () => ({
			effects: [0, 0, 0],
			cap: 2,
			label: 2
		}));
		const fit = fitCriterion([...rows, ...atCap], { max: 3, strength: 0.001 });
		expect(fit.base).toBeGreaterThan(1.5);
		// Replies at their cap with every finding do not drag the points down to the cap.
		const full: FitRow[] = Array.from({ length: 300 }, () => ({
			effects: [2, 2, 2],
			cap: 1,
			label: 1
		}));
		const unmoved = fitCriterion([...rows, ...full], { max: 3, strength: 0.001 });
		unmoved.factors.forEach((factor, j) => expect(factor).toBeCloseTo(plain.factors[j]!, 1));
	});

	it('applies caps when it predicts, as the scorer does', () => {
		const fit = { base: 0, factors: [1, 1, 1] };
		expect(fitLevel(fit, { effects: [2, 2, 2], cap: 1, label: 3 }, 3)).toBe(1);
		expect(fitLevel(fit, { effects: [1, 1, 0], cap: null, label: 2 }, 3)).toBe(2);
		expect(fitLevel(fit, { effects: [1, 1, 1], cap: null, label: 3 }, 3)).toBe(3);
		expect(fitLevel(fit, { effects: [-1, 0, 0], cap: null, label: 0 }, 3)).toBe(0);
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
});

describe('fitRow on the project’s labeled replies', () => {
	it('with every factor 1 and the rubric’s base, gives back the engine’s own level for every reply', async () => {
		const { readFileSync } = await import('node:fs');
		const { loadCatalog } = await import('../catalog/load');
		const { contextFrom } = await import('../../cli/context');
		const { scoreReply } = await import('./score');
		const { fitRow, fittedChecks } = await import('./fit');
		const { rubrics } = loadCatalog();
		const items = readFileSync('tests/fixtures/replies.jsonl', 'utf8')
			.split('\n')
			.filter((line) => line.trim())
			.map((line) => JSON.parse(line));
		let compared = 0;
		for (const item of items) {
			const rubric = rubrics.find((r) => r.id === `support-${item.channel ?? 'email'}`)!;
			const score = scoreReply(item.reply, rubric, contextFrom(item, item.reply));
			for (const criterion of rubric.criteria) {
				const unit = { base: criterion.base, factors: fittedChecks(criterion).map(() => 1) };
				const row = fitRow(score, criterion, 0);
				expect({
					id: item.id,
					criterion: criterion.id,
					level: fitLevel(unit, row, criterion.levels.length - 1)
				}).toEqual({
					id: item.id,
					criterion: criterion.id,
					level: score.criteria[criterion.id]!.level
				});
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(500);
	});
});
