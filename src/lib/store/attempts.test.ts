import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Score } from '../scoring';
import { DojoDb, openStore, type Store } from '.';
import { SAMPLE_NEW_ATTEMPT } from './samples';

const score = (total: number): Score => ({
	criteria: { empathy: { level: 2, max: 3, weight: 20, evidence: [], missing: [] } },
	total,
	autoFail: false,
	autoFailReason: null,
	passed: total >= 60,
	rubric: { id: 'support-email', version: 'abc' },
	locale: 'en',
	morphology: false
});

const init = SAMPLE_NEW_ATTEMPT;

describe('AttemptStore', () => {
	let store: Store;
	let name: string;

	beforeEach(() => {
		name = `test-${Math.random()}`;
		store = openStore(new DojoDb(name));
	});
	afterEach(async () => {
		store.db.close();
		await DojoDb.delete(name);
	});

	it('starts an attempt in progress with no turns', async () => {
		const attempt = await store.attempts.start(init, 1000);
		expect(attempt).toMatchObject({
			...init,
			status: 'in-progress',
			startedAt: 1000,
			turns: [],
			total: null,
			draft: '',
			result: null
		});
		expect(await store.attempts.get(attempt.id)).toEqual(attempt);
	});

	it('records a scored turn with its snapshot, clears the draft, and closes the attempt on a result', async () => {
		const attempt = await store.attempts.start(init, 1000);
		await store.attempts.saveProgress(attempt.id, { draft: 'Hi Dana' }, 1500);
		const turn = {
			turnId: 'opening',
			subject: 'Hi',
			customerMessage: 'Where?',
			reply: 'Here.',
			score: score(72),
			sentAt: 2000,
			responseMs: 60_000
		};
		await store.attempts.addTurn(attempt.id, turn, { snapshot: { value: 'still-waiting' } });
		let saved = await store.attempts.get(attempt.id);
		expect(saved).toMatchObject({
			status: 'in-progress',
			total: 72,
			draft: '',
			snapshot: { value: 'still-waiting' }
		});
		expect(saved?.turns).toEqual([turn]);

		const result = { ending: 'resolved', outcome: 'resolved', csat: 5 };
		await store.attempts.addTurn(
			attempt.id,
			{ ...turn, turnId: 'still-waiting', sentAt: 3000 },
			{ result }
		);
		saved = await store.attempts.get(attempt.id);
		expect(saved).toMatchObject({ status: 'done', result, updatedAt: 3000 });
		expect(saved?.turns).toHaveLength(2);
	});

	it('keeps the draft and snapshot as the trainee types, and finds the attempt to continue', async () => {
		const done = await store.attempts.start(init, 500);
		await store.attempts.addTurn(
			done.id,
			{
				turnId: 't',
				subject: null,
				customerMessage: '',
				reply: 'x',
				score: score(50),
				sentAt: 600,
				responseMs: null
			},
			{ result: { ending: 'abandoned', outcome: 'abandoned', csat: 2 } }
		);
		const open = await store.attempts.start(init, 1000);
		await store.attempts.saveProgress(open.id, { draft: 'Dear Dana,', snapshot: { n: 1 } }, 1200);
		const found = await store.attempts.inProgress('p1', 'late-delivery-en');
		expect(found).toMatchObject({
			id: open.id,
			draft: 'Dear Dana,',
			snapshot: { n: 1 },
			updatedAt: 1200
		});
		expect(await store.attempts.inProgress('p1', 'other')).toBeUndefined();
	});

	it('survives reopening the database, as after a page reload', async () => {
		const attempt = await store.attempts.start(init, 1000);
		store.db.close();
		const reopened = openStore(new DojoDb(name));
		expect((await reopened.attempts.list()).map((a) => a.id)).toEqual([attempt.id]);
		reopened.db.close();
	});

	it('lists newest first, and by scenario', async () => {
		const a = await store.attempts.start(init, 1000);
		const b = await store.attempts.start({ ...init, scenarioId: 'other' }, 3000);
		const c = await store.attempts.start(init, 2000);
		expect((await store.attempts.list()).map((x) => x.id)).toEqual([b.id, c.id, a.id]);
		expect(
			(await store.attempts.list({ scenarioId: 'late-delivery-en' })).map((x) => x.id)
		).toEqual([c.id, a.id]);
	});

	it('refuses a turn for an attempt that does not exist and writes nothing', async () => {
		await expect(
			store.attempts.addTurn('missing', {
				turnId: 't',
				subject: null,
				customerMessage: '',
				reply: '',
				score: score(0),
				sentAt: 1,
				responseMs: null
			})
		).rejects.toThrow('No attempt with id missing');
		expect(await store.attempts.list()).toEqual([]);
	});
});
