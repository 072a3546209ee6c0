import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../catalog/load';
import { freshStore } from '../store/testing';
import { i18n } from './i18n.svelte';
import { PlaySession } from './play.svelte';

const catalog = loadCatalog();
const scenario = catalog.scenarios.find((s) => s.id === 'late-delivery-en')!;
const rubric = catalog.rubrics.find((r) => r.id === scenario.rubric)!;
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
