import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DojoDb, openStore, rubricForDisplay, storageProblem, type Store } from '.';
import { putAttempts } from './testing';
import {
	sampleAttempt,
	sampleProfile,
	sampleRubricVersion,
	sampleScenarioVersion,
	sampleScore
} from './samples';

describe('versions, re-scores and watching', () => {
	let store: Store;
	beforeEach(async () => {
		store = openStore(new DojoDb(`versions-${Math.random()}`));
		await store.db.profiles.add(sampleProfile());
	});
	afterEach(async () => {
		store.db.close();
		await DojoDb.delete(store.db.name);
	});

	it('records each rubric and scenario version once and finds it by id and version', async () => {
		await store.versions.record([sampleRubricVersion], [sampleScenarioVersion]);
		const edited = { ...sampleRubricVersion, title: { en: 'Changed', ja: '変更' } };
		await store.versions.record([edited, { ...sampleRubricVersion, version: 'r2' }], []);
		expect(await store.versions.rubric('support-email', 'r1')).toEqual(sampleRubricVersion);
		expect((await store.versions.rubric('support-email', 'r2'))?.version).toBe('r2');
		expect(await store.versions.scenario('late-delivery-en', 's1')).toEqual(sampleScenarioVersion);
		expect(await store.versions.rubric('support-email', 'nope')).toBeUndefined();
	});

	it('turns a stored rubric version into a rubric the score view can show', () => {
		const rubric = rubricForDisplay(sampleRubricVersion);
		expect(rubric.criteria[0]).toMatchObject({
			id: 'empathy',
			name: { en: 'Empathy' },
			checks: []
		});
		expect(rubric.criteria[0]!.levels[2]).toEqual({ en: 'Level 2', ja: 'レベル2' });
	});

	it('keeps a re-score beside the original score, never replacing it', async () => {
		const original = sampleAttempt('a1', 1000);
		await putAttempts(store.db, [original]);
		const rescore = {
			rubricVersion: 'r2',
			scenarioVersion: 's2',
			at: 5000,
			scores: [sampleScore(40)],
			total: 40
		};
		const saved = await store.attempts.addRescore('a1', rescore);
		expect(saved).toEqual({ ...original, rescores: [rescore], updatedAt: 5000 });
		await expect(store.attempts.addRescore('a1', { ...rescore, scores: [] })).rejects.toThrow(
			'A re-score needs one score per turn'
		);
		expect(await store.attempts.get('a1')).toEqual(saved);
	});

	it('lists a profile’s attempts by status, newest first', async () => {
		await putAttempts(store.db, [
			sampleAttempt('a1', 1000),
			sampleAttempt('a2', 3000, { status: 'in-progress' }),
			sampleAttempt('a3', 2000),
			sampleAttempt('a4', 4000, { profileId: 'p2' })
		]);
		expect(
			(await store.attempts.list({ profileId: 'p1', status: 'done' })).map((a) => a.id)
		).toEqual(['a3', 'a1']);
		expect((await store.attempts.list({ status: 'done', limit: 2 })).map((a) => a.id)).toEqual([
			'a4',
			'a3'
		]);
	});

	it('tells a watcher about changes to its attempt', async () => {
		await putAttempts(store.db, [sampleAttempt('a1', 1000, { status: 'in-progress', draft: '' })]);
		const drafts: string[] = [];
		let seen: () => void = () => {};
		const unsubscribe = store.attempts.watch('a1', (a) => {
			drafts.push(a?.draft ?? '(gone)');
			if (drafts.length === 2) seen();
		});
		await new Promise<void>((resolve) => {
			seen = resolve;
			setTimeout(() => store.attempts.saveProgress('a1', { draft: 'Hi Dana' }), 50);
		});
		unsubscribe();
		expect(drafts).toEqual(['', 'Hi Dana']);
	});

	it('names the storage problems the app explains', () => {
		expect(storageProblem({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
			'quota'
		);
		expect(storageProblem({ name: 'DatabaseClosedError' })).toBe('closed');
		expect(storageProblem({ name: 'VersionError' })).toBe('version');
		expect(storageProblem(new Error('boom'))).toBe('other');
		expect(storageProblem(undefined)).toBe('other');
	});
});
