import type { AttemptSummary, ScenarioTally } from '../store';

export type ScenarioStatus = 'new' | 'in-progress' | 'done';

/** What a trainee has done with one scenario, for its card in the catalog. */
export interface ScenarioRecord {
	status: ScenarioStatus;
	/** The best score of a finished attempt (0–100), null before one. */
	best: number | null;
	/** Finished attempts. */
	done: number;
	/** The attempt to continue, if one is in progress. */
	unfinished: string | null;
}

export const NEW_SCENARIO: ScenarioRecord = {
	status: 'new',
	best: null,
	done: 0,
	unfinished: null
};

/**
 * Each played scenario's record, from the trainee's tallies and the newest unfinished attempt of
 * each scenario (the store's `unfinished`): an unfinished attempt makes it "in progress" (that one
 * is continued), else a finished one makes it "done".
 */
export function scenarioRecords(
	tallies: readonly Pick<ScenarioTally, 'scenarioId' | 'attempts' | 'done' | 'scores'>[],
	unfinished: readonly Pick<AttemptSummary, 'id' | 'scenarioId'>[]
): Map<string, ScenarioRecord> {
	const toContinue = new Map<string, string>();
	for (const attempt of unfinished)
		if (!toContinue.has(attempt.scenarioId)) toContinue.set(attempt.scenarioId, attempt.id);
	const records = new Map<string, ScenarioRecord>();
	for (const t of tallies) {
		const scores = Object.keys(t.scores).map(Number);
		const id = toContinue.get(t.scenarioId) ?? null;
		records.set(t.scenarioId, {
			status: id || t.attempts > t.done ? 'in-progress' : t.done > 0 ? 'done' : 'new',
			best: scores.length ? Math.max(...scores) : null,
			done: t.done,
			unfinished: id
		});
	}
	return records;
}
