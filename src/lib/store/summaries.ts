import type { DojoDb } from './db';
import { same } from './same';
import { lastReplyDay, writeTallies } from './tallies';
import type { Attempt, AttemptSummary, SearchText } from './types';

/** The tables derived from `attempts`: every transaction that writes attempts includes them. */
export const derivedTables = (db: DojoDb) => [
	db.summaries,
	db.searchTexts,
	db.scenarioTallies,
	db.dayTallies
];

/**
 * Writes the summaries, search texts and tallies of attempts just written, inside the caller's
 * transaction (so they stand or fall with the attempts). A summary is compared with the stored
 * one, and the tallies move from the one to the other; a search text, with that of the attempt
 * as it was (`before`, same order) when given: saving a draft rewrites the search text only.
 */
export async function writeDerived(
	db: DojoDb,
	written: readonly Attempt[],
	before: readonly (Attempt | undefined)[] = []
): Promise<void> {
	const wasById = new Map(written.map((a, i) => [a.id, before[i]]));
	// The last write of an id wins, as it does in the attempts table.
	const attempts = [...new Map(written.map((a) => [a.id, a])).values()];
	const stored = await db.summaries.bulkGet(attempts.map((a) => a.id));
	const changes: { before: AttemptSummary | undefined; after: AttemptSummary }[] = [];
	const texts: SearchText[] = [];
	attempts.forEach((attempt, i) => {
		const summary = summarizeAttempt(attempt);
		if (!stored[i] || !same(summary, stored[i]))
			changes.push({ before: stored[i], after: summary });
		const was = wasById.get(attempt.id);
		const text = searchTextOf(attempt);
		if (!was || !same(text, searchTextOf(was))) texts.push(text);
	});
	if (changes.length) {
		await db.summaries.bulkPut(changes.map((c) => c.after));
		await writeTallies(db, changes);
	}
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
		}),
		day: lastReplyDay(attempt.turns)
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
