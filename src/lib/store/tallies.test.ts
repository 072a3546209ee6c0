import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { attemptScore, localDay, summarizeAttempt, talliesOf } from '.';
import {
	SAMPLE_NEW_ATTEMPT,
	sampleAttempt,
	sampleBundle,
	sampleProfile,
	sampleScore,
	sampleTurn
} from './samples';
import { derivedMismatches, freshStore, putAttempts } from './testing';

const DAY = 86_400_000;

const turn = (total: number, sentAt: number, responseMs: number | null = 30_000) =>
	sampleTurn({ total, sentAt, responseMs });

describe('attemptScore', () => {
	it('is the rounded mean of the replies’ totals, null before a reply', () => {
		expect(attemptScore({ turns: [] })).toBeNull();
		expect(attemptScore({ turns: [{ score: { total: 70 } }, { score: { total: 81 } }] })).toBe(76);
	});
});

describe('talliesOf', () => {
	it('counts each attempt once per scenario, and each scored one on the day of its last reply', () => {
		const { scenarios, days } = talliesOf(
			[
				sampleAttempt('a', 10 * DAY, { turns: [turn(60, 9 * DAY), turn(80, 10 * DAY)] }),
				sampleAttempt('b', 10 * DAY + 5000, {
					result: { ending: 'handed-over', outcome: 'escalated', csat: 2 }
				}),
				sampleAttempt('c', 12 * DAY, { status: 'in-progress', result: null }),
				sampleAttempt('d', 12 * DAY, { status: 'in-progress', result: null, turns: [] })
			].map(summarizeAttempt)
		);
		expect(scenarios).toEqual([
			{
				profileId: 'p1',
				scenarioId: 'late-delivery-en',
				title: 'Where is my order?',
				attempts: 4,
				done: 2,
				scores: { '70': 1, '72': 1 },
				turns: 4,
				responses: 4,
				responseMs: 2 * 30_000 + 2 * 60_000,
				finished: 2,
				outcomes: { resolved: 1, escalated: 1 },
				csat: 4 + 2
			}
		]);
		expect(days).toEqual([
			{
				profileId: 'p1',
				day: localDay(10 * DAY),
				at: Float64Array.of(10 * DAY, 10 * DAY + 5000),
				total: Float64Array.of(70, 72),
				// empathy is 2 of 3 in every sample score.
				levels: { empathy: Float64Array.of(2 / 3, 2 / 3) },
				criteria: { empathy: { turns: 3, belowMax: 3, shares: 2 } }
			},
			{
				profileId: 'p1',
				day: localDay(12 * DAY),
				at: Float64Array.of(12 * DAY),
				total: Float64Array.of(72),
				levels: { empathy: Float64Array.of(2 / 3) },
				criteria: { empathy: { turns: 1, belowMax: 1, shares: 2 / 3 } }
			}
		]);
	});

	it('keeps an outcome named like an object property as a count of its own', () => {
		const [tally] = talliesOf([
			summarizeAttempt(
				sampleAttempt('a', 1000, { result: { ending: 'x', outcome: '__proto__', csat: 3 } })
			)
		]).scenarios;
		expect(Object.keys(tally!.outcomes)).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(tally!.outcomes)).toBe(Object.prototype);
	});
});

describe('the kept tallies', () => {
	const store = freshStore('tallies');

	it('follow a played attempt: started, replied to on one day and finished on the next', async () => {
		const attempt = await store().attempts.start(SAMPLE_NEW_ATTEMPT, DAY);
		expect((await store().attempts.tallies('p1')).scenarios[0]).toMatchObject({
			attempts: 1,
			done: 0
		});
		await store().attempts.addTurn(attempt.id, turn(40, 2 * DAY));
		expect((await store().attempts.tallies('p1')).days.map((d) => d.day)).toEqual([
			localDay(2 * DAY)
		]);
		await store().attempts.addTurn(attempt.id, turn(80, 3 * DAY), {
			result: { ending: 'resolved', outcome: 'resolved', csat: 5 }
		});
		const { scenarios, days } = await store().attempts.tallies('p1');
		// The attempt moved to the day of its last reply; the day it left holds nothing, so it is gone.
		expect(days.map((d) => [d.day, [...d.total]])).toEqual([[localDay(3 * DAY), [60]]]);
		expect(scenarios[0]).toMatchObject({ attempts: 1, done: 1, scores: { '60': 1 }, turns: 2 });
		expect(await derivedMismatches(store().db)).toEqual([]);
	});

	it('are not touched by saving a draft', async () => {
		const attempt = await store().attempts.start(SAMPLE_NEW_ATTEMPT, 1000);
		let writes = 0;
		store().db.scenarioTallies.hook('updating', () => void writes++);
		store().db.scenarioTallies.hook('creating', () => void writes++);
		await store().attempts.saveProgress(attempt.id, { draft: 'Hi Dana' }, 2000);
		expect(writes).toBe(0);
	});

	it('lose the best score when an import replaces the attempt that held it, and drop a scenario left with no attempt', async () => {
		await store().db.profiles.add(sampleProfile());
		await putAttempts(store().db, [
			sampleAttempt('best', 1000, { turns: [turn(95, 1000)] }),
			sampleAttempt('other', 2000, { turns: [turn(50, 2000)] })
		]);
		expect((await store().attempts.tallies('p1')).scenarios[0]!.scores).toEqual({
			'95': 1,
			'50': 1
		});

		const result = await store().backup.import(
			sampleBundle({
				exportedAt: 10_000,
				profiles: [sampleProfile()],
				attempts: [
					// Newer than the stored one: it replaces it, with a lower score and in another scenario.
					sampleAttempt('best', 5000, {
						scenarioId: 'unclear-question-en',
						scenarioTitle: 'It does not work',
						turns: [turn(30, 5000)]
					}),
					sampleAttempt('other', 6000, {
						scenarioId: 'unclear-question-en',
						scenarioTitle: 'It does not work',
						turns: [turn(50, 6000)]
					})
				]
			})
		);
		expect(result.ok).toBe(true);
		const { scenarios } = await store().attempts.tallies('p1');
		expect(scenarios.map((t) => [t.scenarioId, t.scores])).toEqual([
			['unclear-question-en', { '30': 1, '50': 1 }]
		]);
		expect(await derivedMismatches(store().db)).toEqual([]);
	});

	it('stay the sums of the summaries through many writes in any order', async () => {
		let seed = 7;
		const random = (n: number) => (seed = (seed * 48_271) % 2_147_483_647) % n;
		const ids: string[] = [];
		for (let step = 0; step < 120; step++) {
			const pick = ids[random(ids.length || 1)];
			const at = step * 3 * 60 * 60 * 1000;
			const action = pick === undefined ? 0 : random(4);
			if (action === 0) {
				const scenarioId = ['late-delivery-en', 'unclear-question-en', 'late-delivery-ja'][
					random(3)
				]!;
				ids.push((await store().attempts.start({ ...SAMPLE_NEW_ATTEMPT, scenarioId }, at)).id);
			} else if (action === 1)
				await store().attempts.addTurn(
					pick!,
					turn(random(101), at, random(2) ? null : random(9000)),
					{
						result: random(3)
							? null
							: { ending: 'e', outcome: ['resolved', 'escalated'][random(2)]!, csat: 1 + random(5) }
					}
				);
			else if (action === 2)
				await store().attempts.saveProgress(pick!, { draft: `draft ${step}` }, at);
			else {
				const attempt = (await store().attempts.get(pick!))!;
				await store().attempts.addRescore(pick!, {
					rubricVersion: 'r2',
					scenarioVersion: 's1',
					at,
					scores: attempt.turns.map(() => sampleScore(random(101))),
					total: 0
				});
			}
		}
		const kept = await store().attempts.tallies('p1');
		expect(await derivedMismatches(store().db)).toEqual([]);
		expect(kept.scenarios.reduce((n, t) => n + t.attempts, 0)).toBe(ids.length);
	});
});
