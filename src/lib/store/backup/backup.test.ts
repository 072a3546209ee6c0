import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DojoDb, openStore, type Store } from '..';
import {
	SAMPLE_NEW_ATTEMPT,
	sampleAttempt,
	sampleBundle,
	sampleProfile,
	sampleReview,
	sampleRubricVersion,
	sampleScenarioVersion,
	sampleScore,
	sampleTurn
} from '../samples';
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { compileScenario, parseScenario } from '../../scenario';
import { dumpTables, putAttempts } from '../testing';
import { EXPORT_CHUNK, parseBundle, serializeBundle } from '.';

async function fill(store: Store) {
	await store.db.profiles.bulkAdd([sampleProfile('p1', 'Aiko'), sampleProfile('p2', 'Ben')]);
	await putAttempts(store.db, [
		sampleAttempt('a1', 1000),
		sampleAttempt('a2', 2000, { profileId: 'p2' }),
		sampleAttempt('a3', 3000)
	]);
	await store.db.reviews.bulkAdd([sampleReview('r1', 'a1', 1500), sampleReview('r2', 'a2', 2500)]);
	await store.versions.record([sampleRubricVersion], [sampleScenarioVersion]);
	await store.settings.set('examMode', true);
}

function lateDelivery() {
	const file = 'scenarios/late-delivery-en.md';
	const parsed = parseScenario(file, readFileSync(file, 'utf8'));
	if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
	return parsed.scenario;
}

describe('backup', () => {
	let store: Store;
	let other: Store;
	beforeEach(() => {
		store = openStore(new DojoDb(`backup-${Math.random()}`));
		other = openStore(new DojoDb(`backup-other-${Math.random()}`));
	});
	afterEach(async () => {
		for (const s of [store, other]) {
			s.db.close();
			await DojoDb.delete(s.db.name);
		}
	});

	it('exports everything but settings, and the file restores the same rows in another browser', async () => {
		await fill(store);
		const bundle = await store.backup.exportAll(5000);
		expect(bundle).toMatchObject({
			format: 'reply-dojo-backup',
			formatVersion: 1,
			scope: 'everything',
			exportedAt: 5000
		});
		const read = parseBundle(serializeBundle(bundle));
		if (!read.ok) throw new Error(read.problems.join('\n'));

		const result = await other.backup.import(read.bundle);
		expect(result.ok && result.summary.added).toEqual({
			profiles: 2,
			attempts: 3,
			reviews: 2,
			rubricVersions: 1,
			scenarioVersions: 1
		});
		const mine = await dumpTables(store.db);
		const theirs = await dumpTables(other.db);
		expect(theirs).toEqual({ ...mine, settings: [] });
	});

	it('writes the file a chunk at a time, the same text as the whole bundle serialized, without summaries', async () => {
		expect(await (await store.backup.exportAllFile(5000)).blob.text()).toBe(
			serializeBundle(await store.backup.exportAll(5000))
		);
		await fill(store);
		const many = Array.from({ length: 2 * EXPORT_CHUNK + 1 }, (_, i) =>
			sampleAttempt(`m${String(i).padStart(4, '0')}`, 10_000 + i)
		);
		await putAttempts(store.db, many);
		await store.db.reviews.bulkAdd(
			Array.from({ length: EXPORT_CHUNK }, (_, i) => sampleReview(`mr${i}`, 'm0001', 20_000 + i))
		);
		const file = await store.backup.exportAllFile(5000);
		const text = await file.blob.text();
		expect(text).toBe(serializeBundle(await store.backup.exportAll(5000)));
		expect(file).toMatchObject({ exportedAt: 5000, scope: 'everything' });
		const read = parseBundle(text);
		expect(read.ok && read.bundle.attempts).toHaveLength(3 + many.length);
		expect(text).not.toContain('"summaries"');

		const chosen = await store.backup.exportAttemptsFile(['a2'], 6000);
		expect(await chosen.blob.text()).toBe(
			serializeBundle(await store.backup.exportAttempts(['a2'], 6000))
		);
	});

	it('exports chosen attempts with their profiles, reviews and versions only', async () => {
		await fill(store);
		const bundle = await store.backup.exportAttempts(['a2', 'missing']);
		expect(bundle.scope).toBe('selection');
		expect(bundle.attempts.map((a) => a.id)).toEqual(['a2']);
		expect(bundle.profiles.map((p) => p.id)).toEqual(['p2']);
		expect(bundle.reviews.map((r) => r.id)).toEqual(['r2']);
		expect(bundle.rubricVersions).toEqual([sampleRubricVersion]);
		expect(bundle.scenarioVersions).toEqual([sampleScenarioVersion]);
	});

	it('records the last backup only when asked, and reminds when unbacked-up work is older than a week', async () => {
		const day = 24 * 60 * 60 * 1000;
		await putAttempts(store.db, [sampleAttempt('a1', 10 * day)]);
		expect(await store.backup.dueSince(16 * day)).toBeNull();
		expect(await store.backup.dueSince(18 * day)).toBe(10 * day);
		const bundle = await store.backup.exportAll(18 * day);
		expect(await store.backup.dueSince(18 * day)).toBe(10 * day);
		await store.backup.markBackedUp(bundle);
		expect(await store.settings.get('lastBackupAt')).toBe(18 * day);
		expect(await store.backup.dueSince(30 * day)).toBeNull();
		await store.db.reviews.add(sampleReview('r1', 'a1', 19 * day));
		expect(await store.backup.dueSince(25 * day)).toBeNull();
		expect(await store.backup.dueSince(27 * day)).toBe(19 * day);
	});

	it('dry run: counts added, updated, skipped and conflicts, and writes nothing', async () => {
		await fill(store);
		const bundle = await store.backup.exportAll();
		await fill(other);
		// Here a1 is older than in the file, a3 newer; a2 is the same; a4 is new.
		await putAttempts(other.db, [sampleAttempt('a1', 500, { draft: 'older' })]);
		await putAttempts(other.db, [sampleAttempt('a3', 9000, { draft: 'newer here' })]);
		bundle.attempts.push(sampleAttempt('a4', 4000));
		const before = await dumpTables(other.db);

		const plan = await other.backup.dryRun(bundle);
		if (!plan.ok) throw new Error(plan.problems.join('\n'));
		expect(plan.summary.added.attempts).toBe(1);
		expect(plan.summary.updated.attempts).toBe(1);
		expect(plan.summary.skipped).toMatchObject({
			attempts: 1,
			profiles: 2,
			reviews: 2,
			rubricVersions: 1
		});
		expect(plan.summary.conflicts).toEqual([
			{ table: 'attempts', id: 'a3', reason: 'this browser has a newer version, which is kept' }
		]);
		expect(await dumpTables(other.db)).toEqual(before);

		await other.backup.import(bundle);
		expect((await other.attempts.get('a1'))?.draft).toBe('');
		expect((await other.attempts.get('a3'))?.draft).toBe('newer here');
		expect(await other.attempts.get('a4')).toEqual(sampleAttempt('a4', 4000));
	});

	it('reports a change made on both sides at the same moment as a conflict and keeps this browser’s copy', async () => {
		await other.db.profiles.add(sampleProfile('p1', 'Aiko'));
		await putAttempts(other.db, [sampleAttempt('a1', 1000, { draft: 'mine' })]);
		const bundle = sampleBundle({
			profiles: [sampleProfile('p1', 'Aiko')],
			attempts: [sampleAttempt('a1', 1000, { draft: 'theirs' })]
		});
		const result = await other.backup.import(bundle);
		expect(result.ok && result.summary.conflicts.map((c) => c.id)).toEqual(['a1']);
		expect((await other.attempts.get('a1'))?.draft).toBe('mine');
	});

	it('importing the same file twice adds nothing the second time', async () => {
		await fill(store);
		const bundle = await store.backup.exportAll();
		await other.backup.import(bundle);
		const once = await dumpTables(other.db);
		const again = await other.backup.import(bundle);
		expect(again.ok && again.summary.added).toEqual({
			profiles: 0,
			attempts: 0,
			reviews: 0,
			rubricVersions: 0,
			scenarioVersions: 0
		});
		expect(again.ok && again.summary.skipped.attempts).toBe(3);
		expect(await dumpTables(other.db)).toEqual(once);
	});

	it('re-importing a file just exported into the same browser finds nothing to import and no conflict', async () => {
		// As the app stores them: a machine snapshot and a score with fields left undefined, which
		// IndexedDB keeps and JSON drops.
		const machine = createActor(compileScenario(lateDelivery())).start();
		machine.send({ type: 'REPLY', reply: 'Hi', score: sampleScore(50), at: 1000 });
		const score = sampleScore(50);
		score.criteria.empathy!.missing = [
			{ check: 'apology', message: 'No apology.', example: undefined }
		];
		await store.db.profiles.add(sampleProfile());
		await store.attempts.start(
			{ ...SAMPLE_NEW_ATTEMPT, snapshot: machine.getPersistedSnapshot() },
			500
		);
		const [started] = await store.attempts.list();
		await store.attempts.addTurn(
			started!.id,
			{ ...sampleTurn({ sentAt: 2000 }), score },
			{
				snapshot: machine.getPersistedSnapshot()
			}
		);
		await store.db.reviews.add(sampleReview('r1', started!.id, 2500));
		await store.versions.record([sampleRubricVersion], [sampleScenarioVersion]);

		const file = await store.backup.exportAllFile(5000);
		const read = parseBundle(await file.blob.text());
		if (!read.ok) throw new Error(read.problems.join('\n'));
		const plan = await store.backup.dryRun(read.bundle);
		expect(plan.ok && plan.summary.conflicts).toEqual([]);
		expect(plan.ok && plan.summary.skipped).toEqual({
			profiles: 1,
			attempts: 1,
			reviews: 1,
			rubricVersions: 1,
			scenarioVersions: 1
		});
	});

	it('gives an imported profile whose name is taken a numbered name, keeping its id', async () => {
		await other.profiles.create('Aiko');
		const bundle = sampleBundle({
			profiles: [sampleProfile('p1', 'aiko')],
			attempts: [sampleAttempt('a1', 1)]
		});
		const result = await other.backup.import(bundle);
		expect(result.ok && result.summary.renamed).toEqual([
			{ id: 'p1', from: 'aiko', to: 'aiko (2)' }
		]);
		expect((await other.profiles.get('p1'))?.name).toBe('aiko (2)');
		expect((await other.attempts.get('a1'))?.profileId).toBe('p1');
	});

	it('refuses attempts without their profile and reviews without their attempt or turn, writing nothing', async () => {
		await fill(other);
		const before = await dumpTables(other.db);
		const bundle = sampleBundle({
			attempts: [sampleAttempt('a9', 1, { profileId: 'nobody' })],
			reviews: [sampleReview('r9', 'gone', 1), { ...sampleReview('r8', 'a1', 1), turnIndex: 4 }]
		});
		const result = await other.backup.import(bundle);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems).toEqual([
			'bundle.attempts[0].profileId: no profile nobody in the file or in this browser',
			'bundle.reviews[0].attemptId: no attempt gone in the file or in this browser',
			'bundle.reviews[1].turnIndex: attempt a1 has no turn 5'
		]);
		expect(await dumpTables(other.db)).toEqual(before);
	});

	it('is all or nothing: a write failing half way leaves the database as it was', async () => {
		await fill(store);
		const bundle = await store.backup.exportAll();
		const before = await dumpTables(other.db);
		// Profiles and attempts are written before reviews; the reviews write fails.
		other.db.reviews.hook('creating', () => {
			throw new Error('disk full');
		});
		await expect(other.backup.import(bundle)).rejects.toThrow('disk full');
		expect(await dumpTables(other.db)).toEqual(before);
	});
});
