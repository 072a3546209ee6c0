import { describe, expect, it } from 'vitest';
import { summarize } from '.';
import type { Attempt } from '../store';
import { attempt, DAY, done, scenario, tallied, turn } from './testing';

const catalog = [scenario({ id: 'late-delivery-en' }), scenario({ id: 'unclear-question-en' })];

/** The summary of these attempts, through the tallies the store keeps of them. */
const stats = (attempts: Attempt[], options?: { maxPoints?: number }) =>
	summarize(tallied(attempts), catalog, options);

describe('summarize', () => {
	it('has nothing to show for a new profile', () => {
		const s = stats([]);
		expect(s).toMatchObject({
			attempts: 0,
			done: 0,
			inProgress: 0,
			scoredTurns: 0,
			scoredAttempts: 0,
			completed: { ids: [], count: 0, of: 2 },
			kpis: {
				averageResponseMs: null,
				resolutionRate: null,
				escalationRate: null,
				averageCsat: null
			},
			total: [],
			criteria: [],
			mostLost: []
		});
	});

	it('counts attempts and the catalog scenarios finished at least once', () => {
		const s = stats([
			attempt({ scenarioId: 'late-delivery-en', ...done() }),
			attempt({ scenarioId: 'late-delivery-en', ...done() }),
			attempt({ scenarioId: 'unclear-question-en' }),
			attempt({ scenarioId: 'removed-from-catalog', ...done() })
		]);
		expect(s).toMatchObject({ attempts: 4, done: 3, inProgress: 1 });
		expect(s.completed.ids.sort()).toEqual(['late-delivery-en', 'removed-from-catalog']);
		expect(s.completed).toMatchObject({ count: 1, of: 2 });
	});

	it('averages response times over the replies that recorded one, and rates outcomes over finished attempts', () => {
		const s = stats([
			attempt({
				turns: [turn({}, 80, { responseMs: 60_000 }), turn({}, 80, { responseMs: null })],
				...done('resolved', 5)
			}),
			attempt({ turns: [turn({}, 20, { responseMs: 180_000 })], ...done('escalated', 1) }),
			attempt({ turns: [turn({}, 50, { responseMs: 30_000 })], ...done('abandoned', 2) }),
			attempt({ turns: [turn({}, 50, { responseMs: 90_000 })] })
		]);
		expect(s.scoredTurns).toBe(5);
		expect(s.kpis.averageResponseMs).toBe((60_000 + 180_000 + 30_000 + 90_000) / 4);
		expect(s.kpis.resolutionRate).toBeCloseTo(1 / 3);
		expect(s.kpis.escalationRate).toBeCloseTo(1 / 3);
		expect(s.kpis.averageCsat).toBeCloseTo(8 / 3);
	});

	it('rates each criterion over every scored turn, normalised by its maximum', () => {
		const s = stats([
			attempt({
				turns: [
					turn({ empathy: [3, 3], signature: [1, 4] }, 70),
					turn({ empathy: [2, 3], signature: [4, 4] }, 80)
				]
			}),
			attempt({ turns: [turn({ empathy: [0, 3], signature: [4, 4] }, 40)] })
		]);
		const empathy = s.criteria.find((c) => c.criterion === 'empathy')!;
		expect(empathy).toMatchObject({ turns: 3, belowMax: 2 });
		expect(empathy.belowMaxShare).toBeCloseTo(2 / 3);
		expect(empathy.averageLevel).toBeCloseTo((1 + 2 / 3 + 0) / 3);
		expect(empathy.averageLost).toBeCloseTo(1 - (1 + 2 / 3) / 3);
		const signature = s.criteria.find((c) => c.criterion === 'signature')!;
		expect(signature).toMatchObject({ turns: 3, belowMax: 1 });
		expect(signature.averageLevel).toBeCloseTo((0.25 + 1 + 1) / 3);
	});

	it('lists criteria in rubric order, and the most often lost first', () => {
		const s = stats([
			attempt({
				turns: [
					turn({ personalization: [0, 2], tone: [3, 3], clarity: [2, 3], empathy: [1, 3] }, 50),
					turn({ personalization: [2, 2], tone: [3, 3], clarity: [3, 3], empathy: [2, 3] }, 50)
				]
			})
		]);
		expect(s.criteria.map((c) => c.criterion)).toEqual([
			'empathy',
			'clarity',
			'tone',
			'personalization'
		]);
		// empathy lost points in both turns; clarity and personalization in one, personalization more of it.
		expect(s.mostLost.map((c) => c.criterion)).toEqual([
			'empathy',
			'personalization',
			'clarity',
			'tone'
		]);
	});

	it('draws one point per scored attempt, oldest first, with each attempt’s mean total and levels', () => {
		const s = stats([
			// The store lists newest first.
			attempt({ turns: [turn({ empathy: [3, 3] }, 90, { sentAt: 3000 })] }),
			attempt({}),
			attempt({
				turns: [
					turn({ empathy: [0, 3] }, 20, { sentAt: 1000 }),
					turn({ empathy: [2, 3] }, 60, { sentAt: 2000 })
				]
			})
		]);
		expect(s.scoredAttempts).toBe(2);
		expect(s.total).toEqual([
			{ from: 1, to: 1, start: 2000, end: 2000, value: 0.4 },
			{ from: 2, to: 2, start: 3000, end: 3000, value: 0.9 }
		]);
		const empathy = s.criteria[0]!;
		expect(empathy.series.map((p) => p.value)).toEqual([1 / 3, 1]);
	});

	it('puts the attempts of later days after those of earlier ones, whatever the order they were stored in', () => {
		const s = stats([
			attempt({ turns: [turn({ empathy: [1, 3] }, 10, { sentAt: DAY + 5 })] }),
			attempt({ turns: [turn({ empathy: [3, 3] }, 30, { sentAt: 3 * DAY })] }),
			attempt({ turns: [turn({ empathy: [2, 3] }, 20, { sentAt: DAY + 1 })] })
		]);
		expect(s.total.map((p) => [p.start, p.value])).toEqual([
			[DAY + 1, 0.2],
			[DAY + 5, 0.1],
			[3 * DAY, 0.3]
		]);
	});

	it('leaves a criterion’s chart without a point where no attempt rated it', () => {
		const s = stats([
			attempt({ turns: [turn({ empathy: [3, 3] }, 90, { sentAt: 2 })] }),
			attempt({ turns: [turn({ empathy: [1, 3], personalization: [1, 2] }, 50, { sentAt: 1 })] })
		]);
		const personalization = s.criteria.find((c) => c.criterion === 'personalization')!;
		expect(personalization.series).toEqual([{ from: 1, to: 1, start: 1, end: 1, value: 0.5 }]);
	});

	it('keeps a long history to a bounded number of points, covering every attempt once', () => {
		const attempts = Array.from({ length: 10_000 }, (_, i) =>
			attempt({ turns: [turn({ empathy: [i % 4, 3] }, i % 101, { sentAt: i })] })
		);
		const s = stats(attempts, { maxPoints: 50 });
		expect(s.total).toHaveLength(50);
		expect(s.total[0]).toMatchObject({ from: 1, to: 200, start: 0, end: 199 });
		expect(s.total.at(-1)).toMatchObject({ from: 9801, to: 10_000 });
		for (let i = 1; i < s.total.length; i++) expect(s.total[i]!.from).toBe(s.total[i - 1]!.to + 1);
		expect(s.criteria[0]!.series).toHaveLength(50);
		const mean = s.total.reduce((sum, p) => sum + p.value, 0) / s.total.length;
		const exact = attempts.reduce((sum, a) => sum + a.turns[0]!.score.total, 0) / 10_000 / 100;
		expect(mean).toBeCloseTo(exact, 6);
	});
});
