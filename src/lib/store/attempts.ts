import { Dexie, liveQuery, type EntityTable } from 'dexie';
import type { DojoDb } from './db';
import { newId } from './id';
import { storable } from './plain';
import { derivedTables, writeDerived } from './summaries';
import { readTallies } from './tallies';
import type {
	Attempt,
	AttemptResult,
	AttemptStatus,
	AttemptSummary,
	AttemptTurn,
	Rescore,
	Tallies
} from './types';

/** Which attempts a list holds: by profile, and within it by scenario or by status; newest first. */
export interface AttemptQuery {
	profileId?: string;
	scenarioId?: string;
	status?: AttemptStatus;
	limit?: number;
}

export type NewAttempt = Pick<
	Attempt,
	'profileId' | 'scenarioId' | 'scenarioTitle' | 'scenarioVersion' | 'rubricId' | 'rubricVersion'
> & { snapshot?: unknown };

/** Attempts, newest first. The store is the only code that touches the `attempts` table. */
export class AttemptStore {
	constructor(private readonly db: DojoDb) {}

	async start(init: NewAttempt, now = Date.now()): Promise<Attempt> {
		const attempt = storable<Attempt>('attempts', {
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
		});
		await this.db.transaction('rw', [this.db.attempts, ...derivedTables(this.db)], async () => {
			await this.db.attempts.add(attempt);
			await writeDerived(this.db, [attempt]);
		});
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
		const [found] = await this.list({ profileId, scenarioId, status: 'in-progress', limit: 1 });
		return found;
	}

	/**
	 * Keeps a new scoring of the attempt's replies beside the original, which stays as it was.
	 * `updatedAt` moves, so the change is part of the next backup.
	 */
	addRescore(id: string, rescore: Rescore): Promise<Attempt> {
		return this.update(id, (attempt) => {
			if (rescore.scores.length !== attempt.turns.length)
				throw new Error(
					`A re-score needs one score per turn: ${attempt.turns.length} turns, ${rescore.scores.length} scores.`
				);
			return {
				...attempt,
				rescores: [...(attempt.rescores ?? []), rescore],
				updatedAt: Math.max(attempt.updatedAt, rescore.at)
			};
		});
	}

	/**
	 * Calls `onChange` with the attempt now and whenever it changes, in this tab or another one
	 * (Dexie carries changes between tabs). Returns the function that stops watching.
	 */
	watch(id: string, onChange: (attempt: Attempt | undefined) => void): () => void {
		const subscription = liveQuery(() => this.db.attempts.get(id)).subscribe({
			next: onChange,
			error: () => {}
		});
		return () => subscription.unsubscribe();
	}

	private update(id: string, change: (attempt: Attempt) => Attempt): Promise<Attempt> {
		return this.db.transaction('rw', [this.db.attempts, ...derivedTables(this.db)], async () => {
			const attempt = await this.db.attempts.get(id);
			if (!attempt) throw new Error(`No attempt with id ${id}`);
			const updated = storable('attempts', change(attempt));
			await this.db.attempts.put(updated);
			await writeDerived(this.db, [updated], [attempt]);
			return updated;
		});
	}

	get(id: string): Promise<Attempt | undefined> {
		return this.db.attempts.get(id);
	}

	/** Full attempts, newest first. For lists, prefer `summaries`: a full attempt is heavy. */
	list(query: AttemptQuery = {}): Promise<Attempt[]> {
		return newestFirst(this.db.attempts, query);
	}

	/** The attempts' summaries (what lists, cards and progress read), newest first. */
	summaries(query: AttemptQuery = {}): Promise<AttemptSummary[]> {
		return newestFirst(this.db.summaries, query);
	}

	/** A profile's tallies per scenario and per day: what the home and progress pages count. */
	tallies(profileId: string): Promise<Tallies> {
		return readTallies(this.db, profileId);
	}

	/** The newest unfinished attempt at each of these scenarios that has one, newest first. */
	async unfinished(profileId: string, scenarioIds: readonly string[]): Promise<AttemptSummary[]> {
		const found = await Promise.all(
			scenarioIds.map((scenarioId) =>
				this.summaries({ profileId, scenarioId, status: 'in-progress', limit: 1 })
			)
		);
		return found.flat().sort((a, b) => b.updatedAt - a.updatedAt);
	}

	/** The text the history search looks in, by attempt id, for one profile's attempts. */
	async searchTexts(profileId: string): Promise<Map<string, string>> {
		const rows = await this.db.searchTexts.where('profileId').equals(profileId).toArray();
		return new Map(rows.map((row) => [row.id, row.text]));
	}
}

/** Attempts or their summaries: both tables have the same indexes for these queries. */
function newestFirst<T extends Pick<AttemptSummary, 'id' | 'status'>>(
	table: EntityTable<T, 'id'>,
	{ profileId, scenarioId, status, limit = Infinity }: AttemptQuery
): Promise<T[]> {
	if (profileId && scenarioId) {
		const found = table
			.where('[profileId+scenarioId+updatedAt]')
			.between([profileId, scenarioId, Dexie.minKey], [profileId, scenarioId, Dexie.maxKey])
			.reverse();
		return (status ? found.filter((a) => a.status === status) : found).limit(limit).toArray();
	}
	if (profileId && status)
		return table
			.where('[profileId+status+updatedAt]')
			.between([profileId, status, Dexie.minKey], [profileId, status, Dexie.maxKey])
			.reverse()
			.limit(limit)
			.toArray();
	if (profileId) {
		const range = table
			.where('[profileId+updatedAt]')
			.between([profileId, Dexie.minKey], [profileId, Dexie.maxKey]);
		// All of them: one getAll in index order is much faster than a reversed cursor.
		if (limit === Infinity) return range.toArray().then((all) => all.reverse());
		return range.reverse().limit(limit).toArray();
	}
	if (scenarioId)
		return table
			.where('scenarioId')
			.equals(scenarioId)
			.filter((a) => !status || a.status === status)
			.reverse()
			.sortBy('updatedAt')
			.then((found) => found.slice(0, limit));
	const all = table.orderBy('updatedAt').reverse();
	return (status ? all.filter((a) => a.status === status) : all).limit(limit).toArray();
}
