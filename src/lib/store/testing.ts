import { Dexie } from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { declareSchema, DojoDb } from './db';
import { openStore, type Store } from './index';
import { same } from './same';
import { SCHEMA } from './schema';
import { derivedTables, searchTextOf, summarizeAttempt, writeDerived } from './summaries';
import { talliesOf } from './tallies';
import type { Attempt } from './types';

/**
 * Plays an older version of the app for a migration test: opens `name` with the schema as it was
 * at `version` (the entries of SCHEMA up to it, with their upgrades), lets `fill` write records
 * shaped as that version wrote them, and closes. Opening `DojoDb(name)` afterwards runs the
 * upgrades since. Reuse it for every new version: `fillAtVersion(name, 3, ...)` for v4.
 */
export async function fillAtVersion(
	name: string,
	version: number,
	fill: (db: Dexie) => Promise<unknown>
): Promise<void> {
	if (!SCHEMA.some((v) => v.version === version)) throw new Error(`No schema version ${version}`);
	const db = new Dexie(name);
	declareSchema(
		db,
		SCHEMA.filter((v) => v.version <= version)
	);
	try {
		await db.open();
		await fill(db);
	} finally {
		db.close();
	}
}

/** Every row of every table, by table name, ordered by primary key: to compare a database before and after. */
export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
	if (!db.isOpen()) await db.open();
	const dump: Record<string, unknown[]> = {};
	for (const table of db.tables) dump[table.name] = await table.toArray();
	return dump;
}

/**
 * Writes attempts as the app would, with their summaries and search texts, for tests that set up
 * a database directly rather than by playing.
 */
export function putAttempts(db: DojoDb, attempts: Attempt[]): Promise<void> {
	return db.transaction('rw', [db.attempts, ...derivedTables(db)], async () => {
		await db.attempts.bulkPut(attempts);
		await writeDerived(db, attempts);
	});
}

/**
 * Where the derived tables disagree with the attempts: a summary or search text that is missing,
 * left over, or not what `summarizeAttempt` / `searchTextOf` make of the stored attempt. Empty
 * when they are in step.
 */
export async function derivedMismatches(db: DojoDb): Promise<string[]> {
	const [attempts, summaries, texts, scenarioTallies, dayTallies] = await Promise.all([
		db.attempts.toArray(),
		db.summaries.toArray(),
		db.searchTexts.toArray(),
		db.scenarioTallies.toArray(),
		db.dayTallies.toArray()
	]);
	const problems: string[] = [];
	const check = <T extends { id: string }>(table: string, rows: T[], make: (a: Attempt) => T) => {
		const byId = new Map(rows.map((row) => [row.id, row]));
		for (const attempt of attempts) {
			const row = byId.get(attempt.id);
			if (!row) problems.push(`${table}: none for attempt ${attempt.id}`);
			else if (!same(row, make(attempt))) problems.push(`${table}: ${attempt.id} differs`);
			byId.delete(attempt.id);
		}
		for (const id of byId.keys()) problems.push(`${table}: ${id} has no attempt`);
	};
	check('summaries', summaries, summarizeAttempt);
	check('searchTexts', texts, searchTextOf);
	// Tallies are sums of floating-point shares: kept ones may differ from fresh ones in the last bits.
	const fresh = talliesOf(summaries);
	const kept = { scenarios: scenarioTallies, days: dayTallies };
	if (!same(kept, fresh, 1e-6)) problems.push('tallies: not the sums of the summaries');
	return problems;
}

/** For the calling test suite: a new empty database for each test, deleted after it. */
export function freshStore(prefix: string): () => Store {
	let store: Store;
	beforeEach(() => {
		store = openStore(new DojoDb(`${prefix}-${Math.random()}`));
	});
	afterEach(async () => {
		store.db.close();
		await DojoDb.delete(store.db.name);
	});
	return () => store;
}

/**
 * A value as a Svelte page's deep `$state` hands it on in the browser: every object and array
 * wrapped in a proxy. (Vitest compiles runes for the server, where `$state` wraps nothing.)
 * IndexedDB cannot clone a proxy: writing one as it is throws DataCloneError.
 */
export function asPageState<T>(value: T): T {
	if (value === null || typeof value !== 'object') return value;
	const copy = Array.isArray(value)
		? value.map(asPageState)
		: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asPageState(v)]));
	return new Proxy(copy, {}) as T;
}
