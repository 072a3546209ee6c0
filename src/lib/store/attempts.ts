import type { DojoDb } from './db';
import { newId } from './id';
import type { Attempt, AttemptTurn } from './types';

export type NewAttempt = Pick<
	Attempt,
	'scenarioId' | 'scenarioTitle' | 'scenarioVersion' | 'rubricId' | 'rubricVersion'
>;

/** Attempts, newest first. The store is the only code that touches the `attempts` table. */
export class AttemptStore {
	constructor(private readonly db: DojoDb) {}

	async start(init: NewAttempt, now = Date.now()): Promise<Attempt> {
		const attempt: Attempt = {
			...init,
			id: newId(),
			status: 'in-progress',
			startedAt: now,
			updatedAt: now,
			turns: [],
			total: null
		};
		await this.db.attempts.add(attempt);
		return attempt;
	}

	/** Records a scored reply; `done` closes the attempt. One transaction: never half written. */
	async addTurn(id: string, turn: AttemptTurn, { done = false } = {}): Promise<Attempt> {
		return this.db.transaction('rw', this.db.attempts, async () => {
			const attempt = await this.db.attempts.get(id);
			if (!attempt) throw new Error(`No attempt with id ${id}`);
			const updated: Attempt = {
				...attempt,
				turns: [...attempt.turns, turn],
				total: turn.score.total,
				status: done ? 'done' : attempt.status,
				updatedAt: turn.sentAt
			};
			await this.db.attempts.put(updated);
			return updated;
		});
	}

	get(id: string): Promise<Attempt | undefined> {
		return this.db.attempts.get(id);
	}

	list({ scenarioId, limit = 500 }: { scenarioId?: string; limit?: number } = {}): Promise<
		Attempt[]
	> {
		const query = scenarioId
			? this.db.attempts.where('scenarioId').equals(scenarioId).reverse().sortBy('updatedAt')
			: this.db.attempts.orderBy('updatedAt').reverse().limit(limit).toArray();
		return query;
	}
}
