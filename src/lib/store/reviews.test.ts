import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DojoDb, openStore, type Store } from '.';
import { sampleAttempt, sampleProfile } from './samples';
import { putAttempts } from './testing';

describe('ReviewStore', () => {
	let store: Store;
	beforeEach(async () => {
		store = openStore(new DojoDb(`reviews-${Math.random()}`));
		await store.db.profiles.add(sampleProfile());
		await putAttempts(store.db, [
			sampleAttempt('a1', 1000, {
				turns: [...sampleAttempt('a1', 1).turns, ...sampleAttempt('a1', 2).turns]
			})
		]);
	});
	afterEach(async () => {
		store.db.close();
		await DojoDb.delete(store.db.name);
	});

	const review = (turnIndex: number) => ({
		attemptId: 'a1',
		turnIndex,
		start: null,
		end: null,
		comment: 'Warmer, please.',
		override: { criterion: 'empathy', level: 1, reason: 'No apology.' },
		reviewer: 'Ken'
	});

	it('creates, lists by attempt and by turn, updates and removes', async () => {
		const second = await store.reviews.create(review(1), 10);
		const first = await store.reviews.create(review(0), 20);
		expect((await store.reviews.forAttempt('a1')).map((r) => r.id)).toEqual([first.id, second.id]);
		expect(await store.reviews.forAttempt('a1', 1)).toEqual([second]);
		const updated = await store.reviews.update(second.id, { comment: 'Good.' }, 30);
		expect(updated).toEqual({ ...second, comment: 'Good.', updatedAt: 30 });
		await store.reviews.remove(first.id);
		expect(await store.reviews.forAttempt('a1')).toEqual([updated]);
	});

	it('refuses a review of an attempt or a turn that does not exist', async () => {
		await expect(store.reviews.create({ ...review(0), attemptId: 'nope' })).rejects.toThrow(
			'No attempt with id nope'
		);
		await expect(store.reviews.create(review(2))).rejects.toThrow('Attempt a1 has no turn 3');
		await expect(store.reviews.update('nope', { comment: '' })).rejects.toThrow(
			'No review with id nope'
		);
		expect(await store.db.reviews.count()).toBe(0);
	});
});
