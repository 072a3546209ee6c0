import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from './status';
import { attemptScore, scenarioRecords } from './status';

const turn = (total: number) => ({ score: { total } });

const attempt = (
	id: string,
	scenarioId: string,
	status: AttemptRecord['status'],
	totals: number[]
): AttemptRecord => ({ id, scenarioId, status, turns: totals.map(turn) });

describe('attemptScore', () => {
	it('is the rounded mean of the replies’ totals, null before a reply', () => {
		expect(attemptScore({ turns: [] })).toBeNull();
		expect(attemptScore({ turns: [turn(70), turn(81)] })).toBe(76);
	});
});

describe('scenarioRecords', () => {
	it('marks a scenario done with its best finished score and how often it was finished', () => {
		const records = scenarioRecords([
			attempt('b', 'late', 'done', [40, 60]),
			attempt('a', 'late', 'done', [90])
		]);
		expect(records.get('late')).toEqual({ status: 'done', best: 90, done: 2, unfinished: null });
	});

	it('offers the newest unfinished attempt to continue, even after a finished one', () => {
		const records = scenarioRecords([
			attempt('new', 'late', 'in-progress', []),
			attempt('old', 'late', 'in-progress', [30]),
			attempt('done', 'late', 'done', [55])
		]);
		expect(records.get('late')).toEqual({
			status: 'in-progress',
			best: 55,
			done: 1,
			unfinished: 'new'
		});
	});

	it('has no record for a scenario never played, and an unfinished score does not count as best', () => {
		const records = scenarioRecords([attempt('x', 'chat', 'in-progress', [95])]);
		expect(records.get('late')).toBeUndefined();
		expect(records.get('chat')?.best).toBeNull();
	});
});
