import type { AttemptSummary } from '../store';

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

/** What a card reads of an attempt: the store's summary fits (and so does a full attempt). */
export type AttemptRecord = Pick<AttemptSummary, 'id' | 'scenarioId' | 'status'> & ScoredTurns;

/** The attempt's replies, of which only the totals are read. */
export interface ScoredTurns {
	turns: readonly { score: { total: number } }[];
}

export const NEW_SCENARIO: ScenarioRecord = {
	status: 'new',
	best: null,
	done: 0,
	unfinished: null
};

/** An attempt's score: the mean total of its replies, rounded; null before the first reply. */
export function attemptScore(attempt: ScoredTurns): number | null {
	if (attempt.turns.length === 0) return null;
	const sum = attempt.turns.reduce((total, turn) => total + turn.score.total, 0);
	return Math.round(sum / attempt.turns.length);
}

/**
 * Each scenario's record from a trainee's attempts, newest first (as the store lists them):
 * an unfinished attempt makes it "in progress" (the newest one is continued), else any finished
 * attempt makes it "done".
 */
export function scenarioRecords(attempts: readonly AttemptRecord[]): Map<string, ScenarioRecord> {
	const records = new Map<string, ScenarioRecord>();
	for (const attempt of attempts) {
		const record = records.get(attempt.scenarioId) ?? { ...NEW_SCENARIO };
		if (attempt.status === 'in-progress') {
			record.unfinished ??= attempt.id;
			record.status = 'in-progress';
		} else {
			record.done += 1;
			if (record.status === 'new') record.status = 'done';
			const score = attemptScore(attempt);
			if (score !== null && (record.best === null || score > record.best)) record.best = score;
		}
		records.set(attempt.scenarioId, record);
	}
	return records;
}
