import { Dexie, type IndexableType, type Table } from 'dexie';
import type { DojoDb } from '../db';
import { SCHEMA_VERSION } from '../schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleTable } from './format';

/**
 * Everything in this browser, or the chosen attempts with what they need to display elsewhere
 * (their profiles, reviews, and rubric and scenario versions). Settings stay behind: they belong
 * to this browser. Read in one transaction, so the file is one consistent moment.
 */
export function exportBundle(
	db: DojoDb,
	{ attemptIds }: { attemptIds?: string[] } = {},
	now = Date.now()
): Promise<Bundle> {
	const tables = [db.profiles, db.attempts, db.reviews, db.rubricVersions, db.scenarioVersions];
	return db.transaction('r', tables, async () => {
		const base = {
			format: BUNDLE_FORMAT,
			formatVersion: BUNDLE_VERSION,
			schemaVersion: SCHEMA_VERSION,
			exportedAt: now
		} as const;
		if (!attemptIds)
			return {
				...base,
				scope: 'everything',
				profiles: await db.profiles.toArray(),
				attempts: await db.attempts.toArray(),
				reviews: await db.reviews.toArray(),
				rubricVersions: await db.rubricVersions.toArray(),
				scenarioVersions: await db.scenarioVersions.toArray()
			};
		const attempts = (await db.attempts.bulkGet(attemptIds)).filter((a) => a !== undefined);
		const profileIds = [...new Set(attempts.map((a) => a.profileId))];
		const rubricKeys = unique(attempts.map((a) => [a.rubricId, a.rubricVersion]));
		const scenarioKeys = unique(attempts.map((a) => [a.scenarioId, a.scenarioVersion]));
		return {
			...base,
			scope: 'selection',
			profiles: (await db.profiles.bulkGet(profileIds)).filter((p) => p !== undefined),
			attempts,
			reviews: await db.reviews
				.where('attemptId')
				.anyOf(attempts.map((a) => a.id))
				.toArray(),
			rubricVersions: (await db.rubricVersions.bulkGet(rubricKeys)).filter((r) => r !== undefined),
			scenarioVersions: (await db.scenarioVersions.bulkGet(scenarioKeys)).filter(
				(s) => s !== undefined
			)
		};
	});
}

function unique(keys: string[][]): [string, string][] {
	const seen = new Map(keys.map((k) => [k.join('\u0000'), k as [string, string]]));
	return [...seen.values()];
}

/** The bundle as the text of a file. */
export function serializeBundle(bundle: Bundle): string {
	return JSON.stringify(bundle);
}

/** A bundle written out as a file, ready to hand to the browser's downloads. */
export interface BundleFile {
	blob: Blob;
	exportedAt: number;
	scope: Bundle['scope'];
}

/** Attempts and reviews are read and written out this many at a time. */
export const EXPORT_CHUNK = 500;
const JSON_TYPE = { type: 'application/json' };

/**
 * The bundle as a file, the same text as `serializeBundle(await exportBundle(...))`. Everything is
 * read a chunk at a time (one transaction, so still one moment) and each chunk becomes a piece of
 * the file as soon as it is read: ten thousand attempts never sit in memory as one array of
 * objects and one huge string at the same time.
 */
export async function exportFile(
	db: DojoDb,
	{ attemptIds }: { attemptIds?: string[] } = {},
	now = Date.now()
): Promise<BundleFile> {
	if (attemptIds) {
		const bundle = await exportBundle(db, { attemptIds }, now);
		return {
			blob: new Blob([serializeBundle(bundle)], JSON_TYPE),
			exportedAt: now,
			scope: 'selection'
		};
	}
	const tables = [db.profiles, db.attempts, db.reviews, db.rubricVersions, db.scenarioVersions];
	const parts = await db.transaction('r', tables, async () => {
		const head: Omit<Bundle, BundleTable> = {
			format: BUNDLE_FORMAT,
			formatVersion: BUNDLE_VERSION,
			schemaVersion: SCHEMA_VERSION,
			exportedAt: now,
			scope: 'everything'
		};
		const parts: string[] = [JSON.stringify(head).slice(0, -1)];
		for (const table of tables) {
			parts.push(`,${JSON.stringify(table.name)}:[`);
			let first = true;
			for await (const rows of chunks(table)) {
				// A list's text without its brackets, joined to the previous chunk's by a comma.
				parts.push((first ? '' : ',') + JSON.stringify(rows).slice(1, -1));
				first = false;
			}
			parts.push(']');
		}
		parts.push('}');
		return parts;
	});
	return { blob: new Blob(parts, JSON_TYPE), exportedAt: now, scope: 'everything' };
}

/** A table's rows in primary key order, EXPORT_CHUNK at a time; none for an empty table. */
async function* chunks(table: Table): AsyncGenerator<object[]> {
	const path = table.schema.primKey.keyPath!;
	const keyOf = (row: object): IndexableType =>
		Array.isArray(path)
			? path.map((p) => Dexie.getByKeyPath(row, p))
			: Dexie.getByKeyPath(row, path);
	let rows = await table.orderBy(':id').limit(EXPORT_CHUNK).toArray();
	while (rows.length) {
		yield rows;
		if (rows.length < EXPORT_CHUNK) return;
		const last = keyOf(rows[rows.length - 1]);
		rows = await table.where(':id').above(last).limit(EXPORT_CHUNK).toArray();
	}
}

/** A file name that sorts by date: reply-dojo-backup-2025-03-14.json. */
export function bundleFileName(bundle: Pick<Bundle, 'exportedAt' | 'scope'>): string {
	const day = new Date(bundle.exportedAt).toISOString().slice(0, 10);
	return `reply-dojo-${bundle.scope === 'everything' ? 'backup' : 'attempts'}-${day}.json`;
}
