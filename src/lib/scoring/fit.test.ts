import { describe, expect, it } from 'vitest';
import { fitCriterion, fitLevel, MIN_FACTOR, type FitRow } from './fit';

/** Rows a grader would give if the true points were `truth` and the base `base`. */
function rowsFrom(truth: number[], base: number, effects: number[][], max = 3): FitRow[] {
	return effects.map((e) => ({
		effects: e,
		cap: null,
		label: Math.max(
			0,
			Math.min(max, Math.floor(base + e.reduce((s, x, i) => s + x * truth[i]!, 0)))
		)
	}));
}

describe('fitCriterion', () => {
	// Every combination of three checks found 0 to 2 times, the rubric giving 1 point each.
	const grid: number[][] = [];
	for (let a = 0; a <= 2; a++)
		for (let b = 0; b <= 2; b++) for (let c = 0; c <= 2; c++) grid.push([a, b, c]);

	it('learns the points graders reward: a check worth half, one worth double, one as it is', () => {
		const rows = rowsFrom([0.5, 2, 1], 0.2, grid);
		const fit = fitCriterion(rows, { ridge: 0.01, max: 3 });
		const agree = rows.filter((row) => fitLevel(fit, row, 3) === row.label).length;
		expect(agree / rows.length).toBeGreaterThan(0.85);
		expect(fit.factors[1]!).toBeGreaterThan(fit.factors[2]!);
		expect(fit.factors[2]!).toBeGreaterThan(fit.factors[0]!);
	});

	it('keeps every factor positive: a check graders ignore keeps a trace of its points, never flips', () => {
		const rows = rowsFrom([0, 1, 1], 0, grid).map((row) => ({ ...row }));
		// Make the first check look harmful: graders gave a level less whenever it was found twice.
		for (const row of rows) if (row.effects[0] === 2) row.label = Math.max(0, row.label - 1);
		const fit = fitCriterion(rows, { ridge: 0.01, max: 3 });
		expect(fit.factors[0]).toBe(MIN_FACTOR);
		for (const factor of fit.factors) expect(factor).toBeGreaterThanOrEqual(MIN_FACTOR);
	});

	it('with no data a check keeps its points (factor 1): the ridge pulls towards the rubric', () => {
		const rows = rowsFrom([1, 1, 1], 0, grid).map((row) => ({
			...row,
			effects: [row.effects[0]!, row.effects[1]!, 0]
		}));
		const fit = fitCriterion(rows, { ridge: 2 });
		expect(fit.factors[2]).toBeCloseTo(1, 5);
	});

	it('leaves out replies a cap held below their label, and applies caps when it predicts', () => {
		const rows: FitRow[] = [
			...rowsFrom([1, 1, 1], 0, grid),
			{ effects: [2, 2, 2], cap: 0, label: 3 }
		];
		const fit = fitCriterion(rows, { ridge: 0.01, max: 3 });
		expect(fitLevel(fit, { effects: [2, 2, 2], cap: 1, label: 3 }, 3)).toBe(1);
		expect(fitLevel(fit, { effects: [1, 1, 0], cap: null, label: 2 }, 3)).toBe(2);
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
