import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
	DojoDb,
	FIRST_PROFILE_NAME,
	SCHEMA_VERSION,
	openStore,
	searchTextOf,
	localDay,
	summarizeAttempt,
	talliesOf,
	type Attempt,
	type AttemptSummary
} from '.';
import { sampleAttempt, sampleProfile, sampleReview } from './samples';
import { derivedMismatches, dumpTables, fillAtVersion } from './testing';

const score = (total: number) => ({
	criteria: { empathy: { level: 2, max: 3, weight: 20, evidence: [], missing: [] } },
	total,
	autoFail: false,
	autoFailReason: null,
	passed: total >= 60,
	rubric: { id: 'support-email', version: 'r1' },
	locale: 'en',
	morphology: false
});

/** An attempt as the v1 code wrote it: no owner, turns without a response time. */
function v1Attempt(id: string, updatedAt: number, took: number[] = []) {
	return {
		id,
		scenarioId: 'late-delivery-en',
		scenarioTitle: 'Where is my order?',
		scenarioVersion: 's1',
		rubricId: 'support-email',
		rubricVersion: 'r1',
		status: took.length ? 'done' : 'in-progress',
		startedAt: updatedAt - 100,
		updatedAt,
		turns: took.map((_, i) => ({
			turnId: `t${i}`,
			subject: null,
			customerMessage: 'Where is it?',
			reply: `reply ${i}`,
			score: score(50 + i),
			sentAt: updatedAt
		})),
		total: took.length ? 50 + took.length - 1 : null,
		snapshot: {
			value: 'x',
			context: {
				transcript: took.flatMap((ms) => [
					{ kind: 'customer', text: 'Where is it?' },
					{ kind: 'reply', took: ms }
				])
			}
		},
		draft: took.length ? '' : 'Dear Dana,',
		result: took.length ? { ending: 'resolved', outcome: 'resolved', csat: 4 } : null
	};
}

describe('migrations', () => {
	const names: string[] = [];
	const dbName = () => {
		const name = `migrate-${Math.random()}`;
		names.push(name);
		return name;
	};
	afterEach(async () => {
		for (const name of names.splice(0)) await DojoDb.delete(name);
	});

	it('opens the newest version', async () => {
		const db = new DojoDb(dbName());
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSION);
		db.close();
	});

	it('v1 → current: every attempt survives, given to one new profile that becomes current, turns get their response time', async () => {
		const name = dbName();
		const v1 = [
			v1Attempt('a', 3000, [60_000, 90_000]),
			v1Attempt('b', 2000),
			v1Attempt('c', 1000, [5000])
		];
		await fillAtVersion(name, 1, (db) => db.table('attempts').bulkAdd(v1));

		const store = openStore(new DojoDb(name));
		const profiles = await store.profiles.list();
		expect(profiles).toHaveLength(1);
		expect(profiles[0]!.name).toBe(FIRST_PROFILE_NAME);
		const owner = profiles[0]!.id;
		expect(await store.settings.get('currentProfile')).toBe(owner);

		const after = await store.attempts.list();
		expect(after.map((a) => a.id)).toEqual(['a', 'b', 'c']);
		for (const before of v1) {
			const migrated = after.find((a) => a.id === before.id)!;
			const took = before.snapshot.context.transcript
				.filter((e) => e.kind === 'reply')
				.map((e) => e.took);
			expect(migrated).toEqual({
				...before,
				profileId: owner,
				turns: before.turns.map((t, i) => ({ ...t, responseMs: took[i] }))
			});
		}
		// The new indexes answer the UI's queries over migrated records.
		expect(
			(await store.attempts.list({ profileId: owner, status: 'done' })).map((a) => a.id)
		).toEqual(['a', 'c']);
		expect((await store.attempts.inProgress(owner, 'late-delivery-en'))?.id).toBe('b');
		store.db.close();
	});

	it('v1 with no attempts makes no profile', async () => {
		const name = dbName();
		await fillAtVersion(name, 1, async () => {});
		const store = openStore(new DojoDb(name));
		expect(await store.profiles.list()).toEqual([]);
		expect(await store.settings.get('currentProfile')).toBeNull();
		store.db.close();
	});

	it('v2 → current: profiles, attempts, reviews and settings survive unchanged and are found by the new indexes', async () => {
		const name = dbName();
		const profile = { id: 'p1', name: 'Aiko', createdAt: 1 };
		const attempt = {
			...v1Attempt('a', 3000, [1000]),
			profileId: 'p1',
			turns: v1Attempt('a', 3000, [1000]).turns.map((t) => ({ ...t, responseMs: 1000 }))
		};
		const review = {
			id: 'r1',
			attemptId: 'a',
			turnIndex: 0,
			start: 0,
			end: 5,
			comment: 'Good **apology**',
			override: null,
			reviewer: 'Ken',
			createdAt: 4000,
			updatedAt: 4000
		};
		await fillAtVersion(name, 2, async (db) => {
			await db.table('profiles').add(profile);
			await db.table('attempts').add(attempt);
			await db.table('reviews').add(review);
			await db.table('settings').put({ key: 'examMode', value: true });
		});
		const before = await dumpAt(name, 2);

		const store = openStore(new DojoDb(name));
		const after = await dumpTables(store.db);
		expect(after).toEqual({
			...before,
			rubricVersions: [],
			scenarioVersions: [],
			summaries: [summarizeAttempt(attempt as Attempt)],
			searchTexts: [searchTextOf(attempt as Attempt)],
			...tallyTables([summarizeAttempt(attempt as Attempt)])
		});
		expect(await store.reviews.forAttempt('a', 0)).toEqual([review]);
		expect(
			(await store.attempts.list({ profileId: 'p1', scenarioId: 'late-delivery-en' }))[0]
		).toEqual(attempt);
		store.db.close();
	});

	it('v4 → v5: summaries get the day of their last reply, and each profile its tallies', async () => {
		const name = dbName();
		const attempts = [
			sampleAttempt('a', 3000),
			sampleAttempt('b', 2000, { status: 'in-progress', result: null }),
			sampleAttempt('c', 1000, { profileId: 'p2', turns: [], total: null, result: null })
		];
		// What v4 stored: the summaries had no day yet.
		const v4Summaries = attempts.map((a) => {
			const { day: _, ...summary } = summarizeAttempt(a);
			return summary;
		});
		await fillAtVersion(name, 4, async (db) => {
			await db.table('profiles').bulkAdd([sampleProfile('p1'), sampleProfile('p2', 'Ben')]);
			await db.table('attempts').bulkAdd(attempts);
			await db.table('summaries').bulkAdd(v4Summaries);
			await db.table('searchTexts').bulkAdd(attempts.map(searchTextOf));
			await db.table('reviews').add(sampleReview('r1', 'a', 3500));
		});
		const before = await dumpAt(name, 4);

		const store = openStore(new DojoDb(name));
		const after = await dumpTables(store.db);
		expect(after).toEqual({
			...before,
			summaries: attempts.map(summarizeAttempt),
			...tallyTables(attempts.map(summarizeAttempt))
		});
		expect(after.summaries!.map((s) => (s as { day: unknown }).day)).toEqual([
			localDay(3000),
			localDay(2000),
			null
		]);
		expect(await derivedMismatches(store.db)).toEqual([]);
		const p1 = await store.attempts.tallies('p1');
		expect(p1.scenarios).toMatchObject([{ scenarioId: 'late-delivery-en', attempts: 2, done: 1 }]);
		// In the order of their last replies.
		expect(p1.days.map((d) => [...d.at])).toEqual([[2000, 3000]]);
		store.db.close();
	});

	it('v3 → v4: every table survives unchanged, and each attempt gets the summary and search text the app computes', async () => {
		const name = dbName();
		const attempts = [
			sampleAttempt('a', 3000),
			sampleAttempt('b', 2000, {
				status: 'in-progress',
				result: null,
				draft: 'Dear Dana, the parcel',
				rescores: []
			}),
			sampleAttempt('c', 1000, { profileId: 'p2', turns: [], total: null, result: null }),
			sampleAttempt('d', 4000, {
				turns: [sampleAttempt('x', 3500).turns[0]!, sampleAttempt('y', 4000).turns[0]!]
			})
		];
		await fillAtVersion(name, 3, async (db) => {
			await db.table('profiles').bulkAdd([sampleProfile('p1'), sampleProfile('p2', 'Ben')]);
			await db.table('attempts').bulkAdd(attempts);
			await db.table('reviews').add(sampleReview('r1', 'a', 3500));
			await db.table('settings').put({ key: 'currentProfile', value: 'p1' });
		});
		const before = await dumpAt(name, 3);

		const store = openStore(new DojoDb(name));
		const after = await dumpTables(store.db);
		const byId = <T extends { id: string }>(rows: T[]) =>
			[...rows].sort((x, y) => x.id.localeCompare(y.id));
		expect(after).toEqual({
			...before,
			summaries: byId(attempts).map(summarizeAttempt),
			searchTexts: byId(attempts).map(searchTextOf),
			...tallyTables(attempts.map(summarizeAttempt))
		});
		expect(await derivedMismatches(store.db)).toEqual([]);
		// The pages' queries find the migrated summaries.
		expect((await store.attempts.summaries({ profileId: 'p1' })).map((s) => s.id)).toEqual([
			'd',
			'a',
			'b'
		]);
		expect(
			(await store.attempts.summaries({ profileId: 'p1', status: 'in-progress' })).map((s) => s.id)
		).toEqual(['b']);
		expect((await store.attempts.searchTexts('p1')).get('b')).toContain('Dear Dana, the parcel');
		store.db.close();
	});
});

/** The tally tables as the app keeps them for these summaries, as dumpTables lists them. */
function tallyTables(summaries: AttemptSummary[]) {
	const { scenarios, days } = talliesOf(summaries);
	return { scenarioTallies: scenarios, dayTallies: days };
}

async function dumpAt(name: string, version: number) {
	let dump: Record<string, unknown[]> = {};
	await fillAtVersion(name, version, async (db) => (dump = await dumpTables(db)));
	return dump;
}
