import type { Transaction } from 'dexie';
import { newId } from './id';
import { searchTextOf, summarizeAttempt } from './summaries';
import { lastReplyDay, talliesOf } from './tallies';
import type { Attempt, AttemptSummary } from './types';

/** The profile that v1 attempts, played before profiles existed, are given. */
export const FIRST_PROFILE_NAME = 'Trainee';

/**
 * v1 → v2: attempts had no owner. If there are any, they go to one new profile, which becomes
 * the current one; turns get `responseMs`, read from the machine's transcript when it has it.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
	const attempts = tx.table('attempts');
	if ((await attempts.count()) === 0) return;
	const profile = { id: newId(), name: FIRST_PROFILE_NAME, createdAt: Date.now() };
	await tx.table('profiles').add(profile);
	await tx.table('settings').put({ key: 'currentProfile', value: profile.id });
	await attempts.toCollection().modify((attempt: Record<string, unknown>) => {
		attempt.profileId = profile.id;
		const took = repliesTook(attempt.snapshot);
		attempt.turns = (attempt.turns as Record<string, unknown>[]).map((turn, i) => ({
			...turn,
			responseMs: took[i] ?? null
		}));
	});
}

/** The `took` of each reply in a persisted role-play snapshot, in order. */
function repliesTook(snapshot: unknown): number[] {
	const transcript = (snapshot as { context?: { transcript?: unknown } } | null)?.context
		?.transcript;
	if (!Array.isArray(transcript)) return [];
	return transcript
		.filter((entry) => entry?.kind === 'reply' && typeof entry.took === 'number')
		.map((entry) => entry.took as number);
}

/**
 * v3 → v4: every attempt gets its summary and search text. Read with a cursor so that only the
 * small derived rows are held in memory, not thousands of full attempts at once.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
	const summaries: unknown[] = [];
	const texts: unknown[] = [];
	await tx
		.table('attempts')
		.toCollection()
		.each((attempt: Attempt) => {
			summaries.push(summarizeAttempt(attempt));
			texts.push(searchTextOf(attempt));
		});
	await tx.table('summaries').bulkAdd(summaries);
	await tx.table('searchTexts').bulkAdd(texts);
}

/** v4 → v5: each summary gets the day of its last reply, and the tallies are summed from them. */
export async function upgradeToV5(tx: Transaction): Promise<void> {
	const summaries: AttemptSummary[] = [];
	await tx
		.table('summaries')
		.toCollection()
		.each((summary: Omit<AttemptSummary, 'day'>) => {
			summaries.push({ ...summary, day: lastReplyDay(summary.turns) });
		});
	const { scenarios, days } = talliesOf(summaries);
	await tx.table('summaries').bulkPut(summaries);
	await tx.table('scenarioTallies').bulkAdd(scenarios);
	await tx.table('dayTallies').bulkAdd(days);
}
