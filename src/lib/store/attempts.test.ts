import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Score } from '../scoring';
import { DojoDb, openStore, type Store } from '.';

const score = (total: number): Score => ({
	criteria: { empathy: { level: 2, max: 3, weight: 20, evidence: [], missing: [] } },
	total,
	autoFail: false,
	autoFailReason: null,
	passed: total >= 60,
	rubric: { id: 'support-email', version: 'abc' },
	locale: 'en'
});

const init = {
	scenarioId: 'late-delivery-en',
	scenarioTitle: 'Where is my order?',
	scenarioVersion: 's1',
	rubricId: 'support-email',
	rubricVersion: 'r1'
};

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
			total: null
		});
		expect(await store.attempts.get(attempt.id)).toEqual(attempt);
	});

	it('records a scored turn, keeps the score and closes the attempt when done', async () => {
		const attempt = await store.attempts.start(init, 1000);
		const turn = {
			turnId: 'opening',
			subject: 'Hi',
			customerMessage: 'Where?',
			reply: 'Here.',
			score: score(72),
			sentAt: 2000
		};
		await store.attempts.addTurn(attempt.id, turn, { done: true });
		const saved = await store.attempts.get(attempt.id);
		expect(saved?.turns).toEqual([turn]);
		expect(saved).toMatchObject({ status: 'done', total: 72, updatedAt: 2000 });
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
				sentAt: 1
			})
		).rejects.toThrow('No attempt with id missing');
		expect(await store.attempts.list()).toEqual([]);
	});
});
