import type { Table } from 'dexie';
import type { DojoDb } from '../db';
import { same } from '../same';
import { derivedTables, writeDerived } from '../summaries';
import type { Attempt, Profile, Review } from '../types';
import { asExported, BUNDLE_TABLES, rowKey, type Bundle, type BundleTable } from './format';

export interface Conflict {
	table: BundleTable;
	id: string;
	reason: string;
}

/** What an import does, table by table; the dry run shows it before anything is written. */
export interface ImportSummary {
	added: Record<BundleTable, number>;
	updated: Record<BundleTable, number>;
	/** Rows this browser already has exactly so. */
	skipped: Record<BundleTable, number>;
	/** Rows this browser has in another form that is newer or as new: kept, not overwritten. */
	conflicts: Conflict[];
	/** Imported profiles whose name was taken here by another profile. */
	renamed: { id: string; from: string; to: string }[];
}

export type ImportPlan =
	| { ok: true; summary: ImportSummary; writes: Record<BundleTable, unknown[]> }
	| { ok: false; problems: string[] };

const counts = (): Record<BundleTable, number> => ({
	profiles: 0,
	attempts: 0,
	reviews: 0,
	rubricVersions: 0,
	scenarioVersions: 0
});

function tablesOf(db: DojoDb): Record<BundleTable, Table> {
	return {
		profiles: db.profiles,
		attempts: db.attempts,
		reviews: db.reviews,
		rubricVersions: db.rubricVersions,
		scenarioVersions: db.scenarioVersions
	} as Record<BundleTable, Table>;
}

/** What importing `bundle` would do now. Reads only. */
export function planImport(db: DojoDb, bundle: Bundle): Promise<ImportPlan> {
	return db.transaction('r', Object.values(tablesOf(db)), () => plan(db, bundle));
}

/**
 * Imports the bundle in one transaction: the plan is made again inside it, from what the
 * database holds at that moment, and either every write happens or none does.
 */
export function applyImport(db: DojoDb, bundle: Bundle): Promise<ImportPlan> {
	const tables = tablesOf(db);
	return db.transaction('rw', [...Object.values(tables), ...derivedTables(db)], async () => {
		const result = await plan(db, bundle);
		if (!result.ok) return result;
		for (const table of BUNDLE_TABLES)
			if (result.writes[table].length) await tables[table].bulkPut(result.writes[table]);
		// Summaries are not in the file: they are made again from the attempts written.
		await writeDerived(db, result.writes.attempts as Attempt[]);
		return result;
	});
}

async function plan(db: DojoDb, bundle: Bundle): Promise<ImportPlan> {
	const tables = tablesOf(db);
	const summary: ImportSummary = {
		added: counts(),
		updated: counts(),
		skipped: counts(),
		conflicts: [],
		renamed: []
	};
	const writes = Object.fromEntries(BUNDLE_TABLES.map((t) => [t, [] as unknown[]])) as Record<
		BundleTable,
		unknown[]
	>;
	const problems = await missingReferences(db, bundle);
	if (problems.length) return { ok: false, problems };

	const names = new Set((await db.profiles.toArray()).map((p) => p.name.toLowerCase()));
	for (const table of BUNDLE_TABLES) {
		const rows = bundle[table] as unknown as { id: string; version?: string }[];
		const keys = rows.map((r) =>
			table === 'rubricVersions' || table === 'scenarioVersions' ? [r.id, r.version] : r.id
		);
		const local = await tables[table].bulkGet(keys as never[]);
		rows.forEach((row, i) => {
			const here = local[i];
			const id = rowKey(table, row);
			if (!here) {
				summary.added[table]++;
				writes[table].push(table === 'profiles' ? uniqueName(row as Profile, names, summary) : row);
			} else if (same(asExported(here), row)) summary.skipped[table]++;
			else if (!Object.hasOwn(row, 'updatedAt')) {
				summary.conflicts.push({
					table,
					id,
					reason: 'differs from the copy in this browser, which is kept'
				});
			} else {
				const theirs = (row as Attempt | Review).updatedAt;
				const ours = (here as Attempt | Review).updatedAt;
				if (theirs > ours) {
					summary.updated[table]++;
					writes[table].push(row);
				} else
					summary.conflicts.push({
						table,
						id,
						reason:
							theirs === ours
								? 'differs from the copy in this browser saved at the same moment; the copy in this browser is kept'
								: 'this browser has a newer version, which is kept'
					});
			}
		});
	}
	return { ok: true, summary, writes };
}

/** An imported profile keeps its id; if its name is taken here, it gets a number after it. */
function uniqueName(profile: Profile, names: Set<string>, summary: ImportSummary): Profile {
	let name = profile.name;
	for (let n = 2; names.has(name.toLowerCase()); n++) name = `${profile.name} (${n})`;
	names.add(name.toLowerCase());
	if (name === profile.name) return profile;
	summary.renamed.push({ id: profile.id, from: profile.name, to: name });
	return { ...profile, name };
}

/** Every attempt needs its profile and every review its attempt and turn, in the file or here. */
async function missingReferences(db: DojoDb, bundle: Bundle): Promise<string[]> {
	const problems: string[] = [];
	const profiles = new Set(bundle.profiles.map((p) => p.id));
	const unknownProfiles = [...new Set(bundle.attempts.map((a) => a.profileId))].filter(
		(id) => !profiles.has(id)
	);
	const found = await db.profiles.bulkGet(unknownProfiles);
	unknownProfiles.forEach((id, i) => {
		if (!found[i]) {
			const at = bundle.attempts.findIndex((a) => a.profileId === id);
			problems.push(
				`bundle.attempts[${at}].profileId: no profile ${id} in the file or in this browser`
			);
		}
	});
	const attempts = new Map(bundle.attempts.map((a) => [a.id, a]));
	const outside = [...new Set(bundle.reviews.map((r) => r.attemptId))].filter(
		(id) => !attempts.has(id)
	);
	(await db.attempts.bulkGet(outside)).forEach((a) => a && attempts.set(a.id, a));
	bundle.reviews.forEach((review, i) => {
		const attempt = attempts.get(review.attemptId);
		if (!attempt)
			problems.push(
				`bundle.reviews[${i}].attemptId: no attempt ${review.attemptId} in the file or in this browser`
			);
		else if (!attempt.turns[review.turnIndex])
			problems.push(
				`bundle.reviews[${i}].turnIndex: attempt ${review.attemptId} has no turn ${review.turnIndex + 1}`
			);
	});
	return problems.slice(0, 20);
}
