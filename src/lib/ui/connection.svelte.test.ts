import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { DojoDb, SCHEMA, SCHEMA_VERSION } from '../store';
import { declareSchema } from '../store/db';
import { connection, watchConnection } from './connection.svelte';

/** The app's database as another tab's code declares it, at `version`, kept open when asked to close. */
async function otherTab(name: string, version: number): Promise<Dexie> {
	const db = new Dexie(name);
	declareSchema(db, [
		...SCHEMA.filter((v) => v.version <= version),
		...(version > SCHEMA_VERSION ? [{ version, stores: {} }] : [])
	]);
	db.on('versionchange', () => false);
	await db.open();
	return db;
}

describe('the connection state the app shows', () => {
	it('is "blocked" while a tab with the older version keeps the database open, then "open"', async () => {
		const name = `connection-${Math.random()}`;
		const older = await otherTab(name, SCHEMA_VERSION - 1);
		const db = new DojoDb(name);
		watchConnection(db);
		const opening = db.open();
		await vi.waitFor(() => expect(connection.state).toBe('blocked'));
		older.close();
		await opening;
		expect(connection.state).toBe('open');
		db.close();
	});

	it('is "version" once a tab with a newer version upgrades the database', async () => {
		const name = `connection-${Math.random()}`;
		const db = new DojoDb(name);
		watchConnection(db);
		await db.open();
		expect(connection.state).toBe('open');
		const newer = await otherTab(name, SCHEMA_VERSION + 1);
		expect(connection.state).toBe('version');
		expect(db.isOpen()).toBe(false);
		newer.close();
	});
});
