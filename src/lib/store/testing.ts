import { Dexie } from 'dexie';
import { declareSchema } from './db';
import { SCHEMA } from './schema';

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
