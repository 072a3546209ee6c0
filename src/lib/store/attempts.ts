import { Dexie } from 'dexie';
import type { DojoDb } from './db';
import { newId } from './id';
import type { Attempt, AttemptResult, AttemptTurn } from './types';

export type NewAttempt = Pick<
	Attempt,
	'profileId' | 'scenarioId' | 'scenarioTitle' | 'scenarioVersion' | 'rubricId' | 'rubricVersion'
> & { snapshot?: unknown };

/** Attempts, newest first. The store is the only code that touches the `attempts` table. */
export class AttemptStore {
	constructor(private readonly db: DojoDb) {}

	async start(init: NewAttempt, now = Date.now()): Promise<Attempt> {
		const attempt: Attempt = {
			...init,
			snapshot: init.snapshot ?? null,
			id: newId(),
			status: 'in-progress',
			startedAt: now,
			updatedAt: now,
			turns: [],
			total: null,
			draft: '',
			result: null
		};
		await this.db.attempts.add(attempt);
		return attempt;
	}

	/**
	 * Records a scored reply with the machine snapshot it led to; a result closes the attempt.
	 * One transaction: the turn, the snapshot and the cleared draft are written together or not at all.
	 */
	async addTurn(
		id: string,
		turn: AttemptTurn,
		{ snapshot, result = null }: { snapshot?: unknown; result?: AttemptResult | null } = {}
	): Promise<Attempt> {
		return this.update(id, (attempt) => ({
			...attempt,
			turns: [...attempt.turns, turn],
			total: turn.score.total,
			snapshot: snapshot === undefined ? attempt.snapshot : snapshot,
			draft: '',
			result: result ?? attempt.result,
			status: result ? 'done' : attempt.status,
			updatedAt: turn.sentAt
		}));
	}

	/** Saves the reply being typed and the machine's state (a nudge may have arrived). */
	saveProgress(
		id: string,
		progress: { draft?: string; snapshot?: unknown },
		now = Date.now()
	): Promise<Attempt> {
		return this.update(id, (attempt) => ({
			...attempt,
			draft: progress.draft ?? attempt.draft,
			snapshot: progress.snapshot === undefined ? attempt.snapshot : progress.snapshot,
			updatedAt: now
		}));
	}

	/** The profile's attempt at this scenario still being played, if any: the one to offer to continue. */
	async inProgress(profileId: string, scenarioId: string): Promise<Attempt | undefined> {
		return (await this.list({ profileId, scenarioId })).find((a) => a.status === 'in-progress');
	}

	private update(id: string, change: (attempt: Attempt) => Attempt): Promise<Attempt> {
		return this.db.transaction('rw', this.db.attempts, async () => {
			const attempt = await this.db.attempts.get(id);
			if (!attempt) throw new Error(`No attempt with id ${id}`);
			const updated = change(attempt);
			await this.db.attempts.put(updated);
			return updated;
		});
	}

	get(id: string): Promise<Attempt | undefined> {
		return this.db.attempts.get(id);
	}

	/** Newest first; by profile, and within it by scenario. */
	list({
		profileId,
		scenarioId,
		limit = Infinity
	}: { profileId?: string; scenarioId?: string; limit?: number } = {}): Promise<Attempt[]> {
		if (profileId && scenarioId)
			return this.db.attempts
				.where('[profileId+scenarioId]')
				.equals([profileId, scenarioId])
				.reverse()
				.sortBy('updatedAt')
				.then((all) => all.slice(0, limit));
		if (profileId)
			return this.db.attempts
				.where('[profileId+updatedAt]')
				.between([profileId, Dexie.minKey], [profileId, Dexie.maxKey])
				.reverse()
				.limit(limit)
				.toArray();
		if (scenarioId)
			return this.db.attempts
				.where('scenarioId')
				.equals(scenarioId)
				.reverse()
				.sortBy('updatedAt')
				.then((all) => all.slice(0, limit));
		return this.db.attempts.orderBy('updatedAt').reverse().limit(limit).toArray();
	}
}
