import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../catalog/load';
import type { Scenario } from '../scenario';
import { DraftRescue } from '../store';
import { asPageState, freshStore } from '../store/testing';
import { i18n } from './i18n.svelte';
import { PlaySession } from './play.svelte';

const catalog = loadCatalog();
const scenarioById = (id: string) => catalog.scenarios.find((s) => s.id === id)!;
const rubricOf = (s: Scenario) => catalog.rubrics.find((r) => r.id === s.rubric)!;
const scenario = scenarioById('late-delivery-en');
const rubric = rubricOf(scenario);
const REPLY =
	"Hi Dana,\n\nI'm sorry your order A-10492 is late. It arrives on Friday; I'll check the tracking on Thursday and email you.\n\nBest regards,\nSam";
/** Failed writes are tried again every 3 s. */
const RETRIED = { timeout: 10_000, interval: 100 };

describe('PlaySession when storage fails', () => {
	const store = freshStore('play');
	const sessions: PlaySession[] = [];
	afterEach(() => sessions.splice(0).forEach((s) => s.stop()));

	/** A session with the reply typed and its attempt stored. */
	async function typed(): Promise<{ session: PlaySession; id: string }> {
		const session = new PlaySession(scenario, rubric, store(), null, 'p1');
		sessions.push(session);
		session.start();
		session.setDraft(REPLY);
		await session.flushDraft();
		return { session, id: session.attempt!.id };
	}

	it('a full disk: the reply stays on the page with the quota message, nothing is half written, and it is saved once there is room', async () => {
		const { session, id } = await typed();
		let full = true;
		store().db.attempts.hook('updating', () => {
			if (full) throw new DOMException('The disk is full', 'QuotaExceededError');
		});

		await session.send('en');
		expect(session.error).toBe(i18n.t('storageQuota'));
		// Leaving now would lose the reply: the page asks before it closes.
		expect(session.saving).toBe(true);
		// The customer has the reply; the record does not, and is as it was before the send.
		expect(session.transcript.some((entry) => entry.kind === 'reply')).toBe(true);
		const stored = (await store().attempts.get(id))!;
		expect(stored.turns).toHaveLength(0);
		expect(stored.draft).toBe(REPLY);
		expect(await store().db.summaries.get(id)).toMatchObject({ turns: [] });

		full = false;
		await vi.waitFor(async () => {
			expect((await store().attempts.get(id))!.turns.map((t) => t.reply)).toEqual([REPLY]);
		}, RETRIED);
		expect(session.error).toBe('');
		expect(session.saving).toBe(false);
		expect(session.attempt!.turns).toHaveLength(1);
	});

	it('a closed connection: the draft typed meanwhile stays in memory and is saved once the database opens again', async () => {
		const { session, id } = await typed();
		store().db.close();

		session.setDraft(`${REPLY} PS: tracking link below.`);
		await session.flushDraft();
		expect(session.error).toBe(i18n.t('storageClosed'));
		expect(session.draft).toBe(`${REPLY} PS: tracking link below.`);

		await store().db.open();
		await vi.waitFor(async () => {
			expect((await store().attempts.get(id))!.draft).toBe(`${REPLY} PS: tracking link below.`);
		}, RETRIED);
		expect(session.error).toBe('');
	});
});

/** localStorage as the browser keeps it: strings by key, synchronously. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
	const items = new Map<string, string>();
	return {
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, String(value)),
		removeItem: (key) => void items.delete(key)
	};
}

describe('PlaySession across reloads', () => {
	const store = freshStore('play-resume');
	const sessions: PlaySession[] = [];
	afterEach(() => sessions.splice(0).forEach((s) => s.stop()));

	function open(s: Scenario, rescue = new DraftRescue(null)): PlaySession {
		const session = new PlaySession(s, rubricOf(s), store(), null, 'p1', rescue);
		sessions.push(session);
		return session;
	}

	/** A weak first reply (no next step), so the case goes on; then each turn's model reply. */
	function replyFor(s: Scenario, session: PlaySession, first: boolean): string {
		return first ? 'We are looking into it.' : s.models[session.turn!.id]!;
	}

	for (const id of ['late-delivery-en', 'unclear-question-en', 'delayed-fix-ja']) {
		it(`${id}: a reload after each turn, then Continue and send, stores every turn and the ending`, async () => {
			const s = scenarioById(id);
			let session = open(s);
			session.start();
			session.setDraft(replyFor(s, session, true));
			await session.send(s.locale);
			const sent = [session.transcript.findLast((e) => e.kind === 'reply')!];
			const attemptId = session.attempt!.id;

			while (!session.ending) {
				session.stop();
				// The page after a reload: the unfinished attempt is held in the page's own state,
				// as a Svelte page holds what it loads, and handed to the session from there.
				session = open(s);
				const found = await session.findUnfinished();
				expect(found?.id).toBe(attemptId);
				session.resume(asPageState(found!));
				session.setDraft(replyFor(s, session, false));
				await session.send(s.locale);
				expect(session.error).toBe('');
				sent.push(session.transcript.findLast((e) => e.kind === 'reply')!);
			}

			const stored = (await store().attempts.get(attemptId))!;
			expect(stored.status).toBe('done');
			expect(stored.result?.ending).toBe(session.ending.ending);
			expect(stored.turns.map((t) => t.reply)).toEqual(
				sent.map((e) => (e.kind === 'reply' ? e.reply : null))
			);
			expect(stored.turns.length).toBeGreaterThan(1);
			expect(await store().attempts.inProgress('p1', id)).toBeUndefined();
		});
	}

	it('every row the session writes is plain data that IndexedDB can clone', async () => {
		const written: unknown[] = [];
		for (const table of store().db.tables) {
			table.hook('creating', (_key, row) => void written.push(row));
			table.hook('updating', (changes) => void written.push(changes));
		}
		let session = open(scenario);
		session.start();
		session.setDraft('We are looking into it.');
		await session.flushDraft();
		await session.send('en');
		session.stop();
		session = open(scenario);
		session.resume(asPageState((await session.findUnfinished())!));
		session.setDraft(scenario.models['still-waiting']!);
		await session.flushDraft();
		await session.send('en');

		expect(written.length).toBeGreaterThan(5);
		// A proxy or a class instance would throw here or come back as another type.
		for (const row of written) expect(structuredClone(row)).toStrictEqual(row);
	});

	it('a steady typist: the draft is written while typing goes on, not only after a pause', async () => {
		const session = open(scenario);
		session.start();
		let text = '';
		let storedWhileTyping = '';
		for (let i = 0; i < 30; i++) {
			text += 'word ';
			session.setDraft(text);
			await new Promise((resolve) => setTimeout(resolve, 100));
			const id = session.attempt?.id;
			if (id) storedWhileTyping = (await store().attempts.get(id))!.draft;
		}
		expect(storedWhileTyping.length).toBeGreaterThan(0);
		expect(text.startsWith(storedWhileTyping)).toBe(true);
		expect(session.draftUnsaved).toBe(storedWhileTyping !== text);
	});

	it('a draft caught as the page closed, before IndexedDB had it, comes back on the next load', async () => {
		const rescue = new DraftRescue(memoryStorage());
		const session = open(scenario, rescue);
		session.start();
		session.setDraft('Hi Dana,');
		await session.flushDraft();
		const id = session.attempt!.id;
		// From here the browser cuts every write off, as it does when the tab closes.
		let closing = true;
		store().db.attempts.hook('updating', () => {
			if (closing) throw new DOMException('The page is closing', 'AbortError');
		});
		session.setDraft('Hi Dana, the courier now expects Friday');
		expect(session.draftUnsaved).toBe(true);
		session.keepDraft();
		// The write keepDraft started is cut off; the page is gone before it is tried again.
		await vi.waitFor(() => expect(session.error).not.toBe(''));
		session.stop();
		closing = false;
		expect((await store().attempts.get(id))!.draft).toBe('Hi Dana,');

		const again = open(scenario, rescue);
		again.resume((await again.findUnfinished())!);
		expect(again.draft).toBe('Hi Dana, the courier now expects Friday');
		expect(again.draftUnsaved).toBe(true);
		await again.flushDraft();
		expect((await store().attempts.get(id))!.draft).toBe('Hi Dana, the courier now expects Friday');
		// Written: the rescued copy is gone, and a later load reads IndexedDB alone.
		expect(rescue.peek('p1', scenario.id)).toBeNull();
	});

	it('text typed and closed before the attempt was first stored comes back in a fresh play', async () => {
		const rescue = new DraftRescue(memoryStorage());
		const session = open(scenario, rescue);
		const cutOff = () => {
			throw new DOMException('The page is closing', 'AbortError');
		};
		store().db.attempts.hook('creating', cutOff);
		session.start();
		session.setDraft('Hi Dana');
		session.keepDraft();
		session.stop();
		await new Promise((resolve) => setTimeout(resolve, 50));
		store().db.attempts.hook('creating').unsubscribe(cutOff);

		const again = open(scenario, rescue);
		expect(await again.findUnfinished()).toBeUndefined();
		again.start({ rescued: true });
		expect(again.draft).toBe('Hi Dana');
		// "Start over" is a fresh play: no rescued text there.
		again.start();
		expect(again.draft).toBe('');
		expect(rescue.peek('p1', scenario.id)).toBeNull();
	});
});

describe('PlaySession with a saved state that does not fit', () => {
	const store = freshStore('play-unfit');
	const sessions: PlaySession[] = [];
	afterEach(() => sessions.splice(0).forEach((s) => s.stop()));

	function open(): PlaySession {
		const session = new PlaySession(scenario, rubric, store(), null, 'p1', new DraftRescue(null));
		sessions.push(session);
		return session;
	}

	/** Shapes of saved state seen in backups that pass the file's schema and crashed Continue. */
	const JUNK: [string, (valid: Record<string, unknown>) => unknown][] = [
		['null', () => null],
		['a number', () => 42],
		['an unknown state', (v) => ({ ...v, value: 'nowhere' })],
		['no context', (v) => ({ ...v, context: undefined })],
		[
			'a transcript that is not a list',
			(v) => ({ ...v, context: { ...(v.context as object), transcript: 'x' } })
		],
		[
			'a transcript entry of no kind',
			(v) => ({ ...v, context: { ...(v.context as object), transcript: [{}] } })
		],
		['a status of its own', (v) => ({ ...v, status: 'paused' })],
		['child actors', (v) => ({ ...v, children: { a: { src: 'x' } } })]
	];

	for (const [name, junk] of JUNK) {
		it(`${name}: Continue says why instead of crashing; restarting from the replies plays on to the end`, async () => {
			const first = open();
			first.start();
			first.setDraft('We are looking into it.');
			await first.send('en');
			const id = first.attempt!.id;
			const valid = first.attempt!.snapshot as Record<string, unknown>;
			first.stop();
			await store().attempts.saveProgress(id, { snapshot: junk(valid) });

			const session = open();
			const found = (await session.findUnfinished())!;
			const check = session.resume(found);
			expect(check.ok).toBe(false);
			expect(check.ok ? '' : check.reason).not.toBe('');
			expect(session.turn).toBeNull();

			expect((await session.restartFromTranscript(found)).ok).toBe(true);
			expect(session.turn?.id).toBe('still-waiting');
			expect(session.transcript.filter((e) => e.kind === 'reply')).toHaveLength(1);
			session.setDraft(scenario.models['still-waiting']!);
			await session.send('en');
			const stored = (await store().attempts.get(id))!;
			expect(stored.status).toBe('done');
			expect(stored.turns.map((t) => t.reply)).toEqual([
				'We are looking into it.',
				scenario.models['still-waiting']
			]);
		});
	}

	it('replies that do not fit the scenario either: restarting says why, and nothing is written', async () => {
		const first = open();
		first.start();
		first.setDraft('We are looking into it.');
		await first.send('en');
		const id = first.attempt!.id;
		first.stop();
		const before = (await store().attempts.get(id))!;
		const odd = { ...before, snapshot: null, turns: [{ ...before.turns[0]!, turnId: 'gone' }] };

		const session = open();
		expect(session.resume(odd).ok).toBe(false);
		const check = await session.restartFromTranscript(odd);
		expect(check.ok ? '' : check.reason).toContain('"gone"');
		expect(await store().attempts.get(id)).toEqual(before);
	});
});
