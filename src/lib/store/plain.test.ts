import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { plainData } from './plain';
import { SAMPLE_NEW_ATTEMPT, sampleTurn } from './samples';
import { asPageState as proxied, freshStore } from './testing';

describe('plainData', () => {
	it('copies plain data through proxies, deeply, into values IndexedDB can clone', () => {
		const data = { a: [1, { b: 'x', c: null }], d: { e: true } };
		const copy = plainData(proxied(data));
		expect(copy).toStrictEqual(data);
		expect(structuredClone(copy)).toStrictEqual(data);
	});

	it('refuses a class instance or a function with the path to it', () => {
		expect(() => plainData({ turns: [{ at: new Date(0) }] }, 'the turn')).toThrow(
			'the turn.turns[0].at is a Date, which cannot be stored'
		);
		expect(() => plainData({ f: () => 1 })).toThrow('value.f is a function');
	});
});

describe('the store takes plain copies of what it is given', () => {
	const store = freshStore('plain');

	it('an attempt handed over as live page state is stored, turn, snapshot and draft', async () => {
		const attempt = await store().attempts.start(
			proxied({ ...SAMPLE_NEW_ATTEMPT, snapshot: { a: [1] } })
		);
		await store().attempts.saveProgress(attempt.id, proxied({ draft: 'Hi', snapshot: { b: [2] } }));
		const turn = sampleTurn();
		await store().attempts.addTurn(attempt.id, proxied(turn), proxied({ snapshot: { c: [3] } }));
		const stored = (await store().attempts.get(attempt.id))!;
		expect(stored.turns).toStrictEqual([turn]);
		expect(stored.snapshot).toStrictEqual({ c: [3] });
		await store().settings.set('examMode', proxied(true));
		expect(await store().settings.get('examMode')).toBe(true);
	});
});
