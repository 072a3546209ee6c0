import { describe, expect, it } from 'vitest';
import { attempt, done, tallied, turn } from '../progress/testing';
import { summarizeAttempt, type Attempt } from '../store';
import { scenarioRecords } from './status';

const played = (id: string, scenarioId: string, totals: number[], finished: boolean) =>
	attempt({
		id,
		scenarioId,
		turns: totals.map((total, i) => turn({}, total, { sentAt: i + 1 })),
		...(finished ? done() : {})
	});

/** The records from these attempts (newest first), as the home page reads them from the store. */
function records(attempts: Attempt[]) {
	const unfinished = attempts.filter((a) => a.status === 'in-progress').map(summarizeAttempt);
	return scenarioRecords(tallied(attempts).scenarios, unfinished);
}

describe('scenarioRecords', () => {
	it('marks a scenario done with its best finished score and how often it was finished', () => {
		const found = records([played('b', 'late', [40, 60], true), played('a', 'late', [90], true)]);
		expect(found.get('late')).toEqual({ status: 'done', best: 90, done: 2, unfinished: null });
	});

	it('offers the newest unfinished attempt to continue, even after a finished one', () => {
		const found = records([
			played('new', 'late', [], false),
			played('old', 'late', [30], false),
			played('done', 'late', [55], true)
		]);
		expect(found.get('late')).toEqual({
			status: 'in-progress',
			best: 55,
			done: 1,
			unfinished: 'new'
		});
	});

	it('has no record for a scenario never played, and an unfinished score does not count as best', () => {
		const found = records([played('x', 'chat', [95], false)]);
		expect(found.get('late')).toBeUndefined();
		expect(found.get('chat')?.best).toBeNull();
	});
});
