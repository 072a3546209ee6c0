import type { DojoDb } from './db';
import { same } from './same';
import type { Attempt, AttemptSummary, SearchText } from './types';

/** The tables derived from `attempts`: every transaction that writes attempts includes them. */
export const derivedTables = (db: DojoDb) => [db.summaries, db.searchTexts];

/**
 * Writes the summaries and search texts of attempts just written, inside the caller's transaction
 * (so they stand or fall with the attempts). With the attempts as they were (`before`, same
 * order), a derived row that would not change is not written again: saving a draft rewrites the
 * search text but not the summary's turns.
 */
export async function writeDerived(
	db: DojoDb,
	attempts: readonly Attempt[],
	before: readonly (Attempt | undefined)[] = []
): Promise<void> {
	const summaries: AttemptSummary[] = [];
	const texts: SearchText[] = [];
	attempts.forEach((attempt, i) => {
		const was = before[i];
		const summary = summarizeAttempt(attempt);
		if (!was || !same(summary, summarizeAttempt(was))) summaries.push(summary);
		const text = searchTextOf(attempt);
		if (!was || !same(text, searchTextOf(was))) texts.push(text);
	});
	if (summaries.length) await db.summaries.bulkPut(summaries);
	if (texts.length) await db.searchTexts.bulkPut(texts);
}

/**
 * What lists, catalog cards and progress stats read of an attempt, derived from it alone. Kept in
 * the `summaries` table beside the attempt and written in the same transaction, so that pages over
 * thousands of attempts read a few hundred bytes each rather than the machine snapshot and the
 * evidence of every score.
 */
export function summarizeAttempt(attempt: Attempt): AttemptSummary {
	return {
		id: attempt.id,
		profileId: attempt.profileId,
		scenarioId: attempt.scenarioId,
		scenarioTitle: attempt.scenarioTitle,
		status: attempt.status,
		startedAt: attempt.startedAt,
		updatedAt: attempt.updatedAt,
		total: attempt.total,
		result: attempt.result && {
			ending: attempt.result.ending,
			outcome: attempt.result.outcome,
			csat: attempt.result.csat
		},
		turns: attempt.turns.map(({ sentAt, responseMs, score }) => {
			const criteria: AttemptSummary['turns'][number]['score']['criteria'] = {};
			for (const id in score.criteria) {
				const { level, max } = score.criteria[id]!;
				criteria[id] = { level, max };
			}
			return {
				sentAt,
				responseMs,
				score: { total: score.total, passed: score.passed, autoFail: score.autoFail, criteria }
			};
		})
	};
}

/**
 * The words the history search looks in: the title, every reply and the draft. Kept in its own
 * table because replies can be long, and they are read only when the trainee searches.
 */
export function searchTextOf(attempt: Attempt): SearchText {
	return {
		id: attempt.id,
		profileId: attempt.profileId,
		text: [attempt.scenarioTitle, ...attempt.turns.map((t) => t.reply), attempt.draft].join('\n')
	};
}
