import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DojoDb, localDay, openStore, summarizeAttempt } from '.';
import {
	SAMPLE_NEW_ATTEMPT,
	sampleAttempt,
	sampleBundle,
	sampleProfile,
	sampleScore,
	sampleTurn
} from './samples';
import { derivedMismatches, freshStore, dumpTables, putAttempts } from './testing';

const init = SAMPLE_NEW_ATTEMPT;

const turn = (reply: string, sentAt: number) => sampleTurn({ reply, sentAt });

describe('summaries and search texts stay in step with attempts', () => {
	const store = freshStore('summaries');

	it('holds only the light fields: no snapshot, draft, reply or evidence', () => {
		const summary = summarizeAttempt(sampleAttempt('a1', 1000, { draft: 'Dear' }));
		expect(summary).toEqual({
			id: 'a1',
			profileId: 'p1',
			scenarioId: 'late-delivery-en',
			scenarioTitle: 'Where is my order?',
			status: 'done',
			startedAt: 0,
			updatedAt: 1000,
			total: 72,
			result: { ending: 'resolved', outcome: 'resolved', csat: 4 },
			turns: [
				{
					sentAt: 1000,
					responseMs: 60_000,
					score: {
						total: 72,
						passed: true,
						autoFail: false,
						criteria: { empathy: { level: 2, max: 3 } }
					}
				}
			],
			day: localDay(1000)
		});
	});

	it('start, saveProgress, addTurn and addRescore each leave them equal to what the attempt computes', async () => {
		const attempt = await store().attempts.start(init, 1000);
		expect(await derivedMismatches(store().db)).toEqual([]);
		expect(await store().db.summaries.get(attempt.id)).toMatchObject({ turns: [], total: null });

		await store().attempts.saveProgress(attempt.id, { draft: 'Hi Dana, the courier' }, 1500);
		expect(await derivedMismatches(store().db)).toEqual([]);
		expect((await store().attempts.searchTexts('p1')).get(attempt.id)).toContain('the courier');

		await store().attempts.addTurn(attempt.id, turn('It ships on Friday.', 2000), {
			result: { ending: 'resolved', outcome: 'resolved', csat: 5 }
		});
		expect(await derivedMismatches(store().db)).toEqual([]);
		expect(await store().db.summaries.get(attempt.id)).toMatchObject({
			status: 'done',
			total: 72,
			updatedAt: 2000,
			result: { outcome: 'resolved', csat: 5 }
		});
		const text = (await store().attempts.searchTexts('p1')).get(attempt.id);
		expect(text).toContain('It ships on Friday.');
		expect(text).not.toContain('the courier');

		await store().attempts.addRescore(attempt.id, {
			rubricVersion: 'r2',
			scenarioVersion: 's1',
			at: 3000,
			scores: [sampleScore(40)],
			total: 40
		});
		expect(await derivedMismatches(store().db)).toEqual([]);
		// The trainee's scores stay what they saw; only the time moves.
		expect(await store().db.summaries.get(attempt.id)).toMatchObject({
			total: 72,
			updatedAt: 3000
		});
	});

	it('does not write a derived row that would not change', async () => {
		const attempt = await store().attempts.start(init, 1000);
		let summaryWrites = 0;
		let textWrites = 0;
		store().db.summaries.hook('updating', () => void summaryWrites++);
		store().db.searchTexts.hook('updating', () => void textWrites++);
		// A new machine state only: the summary moves with updatedAt, the text stays.
		await store().attempts.saveProgress(attempt.id, { snapshot: { value: 'nudged' } }, 1000);
		expect([summaryWrites, textWrites]).toEqual([0, 0]);
		await store().attempts.saveProgress(attempt.id, { snapshot: { value: 'later' } }, 1200);
		expect([summaryWrites, textWrites]).toEqual([1, 0]);
		await store().attempts.saveProgress(attempt.id, { draft: 'Hi' }, 1200);
		expect([summaryWrites, textWrites]).toEqual([1, 1]);
		expect(await derivedMismatches(store().db)).toEqual([]);
	});

	it('a write that fails leaves the attempt, its summary and its text as they were', async () => {
		const attempt = await store().attempts.start(init, 1000);
		await store().attempts.saveProgress(attempt.id, { draft: 'Hi' }, 1100);
		const before = await dumpTables(store().db);

		// Refused by the attempt store itself, before writing.
		await expect(
			store().attempts.addRescore(attempt.id, {
				rubricVersion: 'r2',
				scenarioVersion: 's1',
				at: 3000,
				scores: [sampleScore(40)],
				total: 40
			})
		).rejects.toThrow('one score per turn');
		expect(await dumpTables(store().db)).toEqual(before);

		// The summary write fails after the attempt was written: the attempt's write is undone.
		store().db.summaries.hook('updating', () => {
			throw new Error('disk full');
		});
		await expect(
			store().attempts.addTurn(attempt.id, turn('Friday.', 2000), {
				result: { ending: 'resolved', outcome: 'resolved', csat: 5 }
			})
		).rejects.toThrow('disk full');
		expect(await dumpTables(store().db)).toEqual(before);

		// And the attempt's write fails: neither derived row moves.
		const failing = openStore(new DojoDb(store().db.name));
		failing.db.attempts.hook('updating', () => {
			throw new Error('quota');
		});
		await expect(
			failing.attempts.saveProgress(attempt.id, { draft: 'Hello' }, 5000)
		).rejects.toThrow('quota');
		failing.db.close();
		expect(await dumpTables(store().db)).toEqual(before);
	});

	it('an import writes the summaries of the attempts it adds or updates, and none of those it keeps', async () => {
		await store().db.profiles.add(sampleProfile());
		await putAttempts(store().db, [
			sampleAttempt('old', 1000, { draft: 'older here' }),
			sampleAttempt('newer-here', 9000, { draft: 'mine' })
		]);
		const result = await store().backup.import(
			sampleBundle({
				schemaVersion: 4,
				exportedAt: 10_000,
				profiles: [sampleProfile()],
				attempts: [
					sampleAttempt('old', 2000, { draft: 'from the file' }),
					sampleAttempt('newer-here', 5000, { draft: 'theirs' }),
					sampleAttempt('new', 3000, { status: 'in-progress', result: null })
				]
			})
		);
		expect(result.ok).toBe(true);
		expect(await derivedMismatches(store().db)).toEqual([]);
		const texts = await store().attempts.searchTexts('p1');
		expect(texts.get('old')).toContain('from the file');
		expect(texts.get('newer-here')).toContain('mine');
		expect((await store().attempts.summaries({ profileId: 'p1' })).map((s) => s.id)).toEqual([
			'newer-here',
			'new',
			'old'
		]);
	});

	it('an import that fails half way leaves the summaries as they were', async () => {
		const other = openStore(new DojoDb(`summaries-other-${Math.random()}`));
		await other.db.profiles.add(sampleProfile());
		await putAttempts(other.db, [sampleAttempt('a1', 1000), sampleAttempt('a2', 2000)]);
		const bundle = await other.backup.exportAll();
		bundle.attempts[0] = sampleAttempt('a1', 5000, { draft: 'newer in the file' });
		other.db.close();
		await DojoDb.delete(other.db.name);

		await store().db.profiles.add(sampleProfile());
		await putAttempts(store().db, [sampleAttempt('a1', 1000)]);
		const before = await dumpTables(store().db);
		store().db.searchTexts.hook('creating', () => {
			throw new Error('disk full');
		});
		await expect(store().backup.import(bundle)).rejects.toThrow('disk full');
		expect(await dumpTables(store().db)).toEqual(before);
	});

	it('summaries answer the same queries as attempts, in the same order', async () => {
		await putAttempts(store().db, [
			sampleAttempt('a', 1000),
			sampleAttempt('b', 3000, { status: 'in-progress', result: null }),
			sampleAttempt('c', 2000, { scenarioId: 'unclear-question-en' }),
			sampleAttempt('d', 4000, { profileId: 'p2' })
		]);
		for (const query of [
			{},
			{ profileId: 'p1' },
			{ profileId: 'p1', limit: 2 },
			{ profileId: 'p1', status: 'in-progress' as const },
			{ profileId: 'p1', scenarioId: 'late-delivery-en' },
			{ scenarioId: 'late-delivery-en' },
			{ status: 'done' as const }
		]) {
			const attempts = await store().attempts.list(query);
			expect(await store().attempts.summaries(query)).toEqual(attempts.map(summarizeAttempt));
		}
	});
});
