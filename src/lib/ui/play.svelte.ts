import { createActor } from 'xstate';
import type { Token } from '../morph';
import type { Locale, Rubric } from '../rubric';
import {
	compileScenario,
	currentEnding,
	currentTurn,
	replayTurns,
	restoreSnapshot,
	scoringContext,
	type RestorableSnapshot,
	type SnapshotCheck,
	type AttemptActor,
	type AttemptSnapshot,
	type Scenario
} from '../scenario';
import { scoreReply, type Score } from '../scoring';
import {
	DraftRescue,
	rubricVersionOf,
	scenarioVersionOf,
	type Attempt,
	type Store
} from '../store';
import { storageMessage } from './connection.svelte';

/** How long sending waits for the Japanese tokenizer before scoring without it. */
const MORPHOLOGY_WAIT_MS = 3000;
/** While the trainee types, the draft is written at most this often (and when the page is hidden). */
const DRAFT_INTERVAL_MS = 1000;
/** After a failed write, how long until the unsaved work is written again. */
const RETRY_MS = 3000;

/**
 * Simulated time runs faster than the clock for email, whose response times are hours: one
 * simulated minute passes in one real second. Chat plays in real time.
 */
export function timeScale(scenario: Scenario): number {
	return scenario.channel === 'email' ? 60 : 1;
}

export interface Morphology {
	tokenize(text: string): Promise<Token[]>;
}

/**
 * One trainee playing one scenario: the role-play machine, the attempt record that mirrors it in
 * IndexedDB, and the draft. Components read its state and call its methods; nothing else here.
 */
export class PlaySession {
	// Raw, not deep state: what is written to IndexedDB must be plain data. A deep-state proxy
	// cannot be cloned into it (DataCloneError), and the machine's snapshot would carry proxies.
	attempt = $state.raw<Attempt | null>(null);
	snapshot = $state.raw<AttemptSnapshot | null>(null);
	draft = $state('');
	error = $state('');
	busy = $state(false);
	/** Another tab holds this attempt: this one follows its changes and writes nothing. */
	elsewhere = $state(false);
	/** A write is under way or a reply's turn waits to be written: leaving the page now loses it. */
	saving = $state(false);
	/** The reply being typed is not in IndexedDB yet (it is written at most a second later). */
	get draftUnsaved(): boolean {
		return this.attempt ? this.draft !== this.attempt.draft : this.draft.trim() !== '';
	}

	readonly turn = $derived(this.snapshot ? currentTurn(this.snapshot) : null);
	readonly ending = $derived(this.snapshot ? currentEnding(this.snapshot) : null);
	readonly transcript = $derived(this.snapshot?.context.transcript ?? []);
	/** When the current turn's message arrived, in simulated ms since the attempt started. */
	readonly since = $derived(this.snapshot?.context.since ?? 0);
	/** When the attempt started (real ms): simulated time counts from here, `timeScale` times faster. */
	startedAt = $state(Date.now());

	#actor: AttemptActor | null = null;
	#creating: Promise<Attempt | undefined> | null = null;
	#draftTimer: ReturnType<typeof setTimeout> | undefined;
	#unsavedTurns: (() => Promise<Attempt>)[] = [];
	#failed: (() => Promise<Attempt>) | null = null;
	#retryTimer: ReturnType<typeof setTimeout> | undefined;
	#release: (() => void) | null = null;
	#takeOver: (() => Promise<void>) | null = null;
	#writes = 0;

	constructor(
		readonly scenario: Scenario,
		readonly rubric: Rubric,
		private readonly store: Store,
		private readonly morphology: Morphology | null,
		private readonly profileId: string,
		private readonly rescue = new DraftRescue()
	) {}

	/** An attempt at this scenario left in progress, to offer to continue. */
	findUnfinished(): Promise<Attempt | undefined> {
		return this.store.attempts.inProgress(this.profileId, this.scenario.id);
	}

	/**
	 * A fresh play. It is stored once the trainee writes something, so opening a page leaves no
	 * trace. With `rescued`, a draft that was typed and caught as the page closed, before its
	 * attempt was stored, comes back into the box.
	 */
	start({ rescued = false } = {}): void {
		this.#release?.();
		this.#run(undefined);
		this.attempt = null;
		this.draft = '';
		this.startedAt = Date.now();
		const kept = rescued ? this.#rescued(null) : null;
		if (kept) this.setDraft(kept);
		else this.rescue.clear(this.profileId, this.scenario.id);
	}

	/**
	 * Continues an attempt exactly where it was: the machine's state, the transcript, the draft.
	 * A saved state that does not fit this scenario's machine (an old file, a hand-made backup) is
	 * not restored: the reason comes back, and `restartFromTranscript` is the way on.
	 */
	resume(attempt: Attempt): SnapshotCheck {
		const check = restoreSnapshot(this.scenario, attempt.snapshot);
		if (!check.ok) return check;
		this.#continue(attempt, check.snapshot);
		return check;
	}

	/**
	 * Continues an attempt whose saved state does not fit, by playing its stored replies again
	 * through the scenario's machine; the state they lead to replaces the saved one. Fails with
	 * the reason when the replies do not fit the scenario either, or already end it.
	 */
	async restartFromTranscript(attempt: Attempt): Promise<SnapshotCheck> {
		const check = replayTurns(this.scenario, attempt.turns);
		if (!check.ok) return check;
		if (check.snapshot.status !== 'active')
			return { ok: false, reason: 'the stored replies already reach an ending' };
		const saved = await this.#guard(() =>
			this.store.attempts.saveProgress(attempt.id, { snapshot: check.snapshot })
		);
		if (!saved) return { ok: false, reason: this.error };
		this.#continue(saved, check.snapshot);
		return check;
	}

	#continue(attempt: Attempt, snapshot: RestorableSnapshot): void {
		this.#run(snapshot);
		this.attempt = attempt;
		this.draft = attempt.draft;
		this.startedAt = attempt.startedAt;
		// Text caught as the page closed, newer than the stored draft, is written back.
		const kept = this.#rescued(attempt);
		if (kept !== null) this.setDraft(kept);
		// A restored machine has no timers: re-arm the customer's response time for what is left.
		const at = (Date.now() - attempt.startedAt) * timeScale(this.scenario);
		this.#actor?.send({ type: 'RESUME', at });
		this.#hold(attempt.id);
	}

	/**
	 * Called on every keystroke. The draft is written at most once a second while typing goes on
	 * (a timer that restarted on every key never fired for a steady typist).
	 */
	setDraft(text: string): void {
		this.draft = text;
		this.#draftTimer ??= setTimeout(() => void this.flushDraft(), DRAFT_INTERVAL_MS);
	}

	async flushDraft(): Promise<void> {
		this.#cancelDraftWrite();
		if (!this.attempt && !this.draft.trim()) return;
		const attempt = await this.#stored();
		if (!attempt || attempt.draft === this.draft) return;
		const draft = this.draft;
		const saved = await this.#guard(() => this.store.attempts.saveProgress(attempt.id, { draft }));
		if (!saved) return;
		this.attempt = saved;
		if (saved.draft === this.draft) this.rescue.clear(this.profileId, this.scenario.id);
	}

	/**
	 * The page is being hidden or closed: the draft goes to IndexedDB, and, since that write may be
	 * cut off with the page, synchronously to the rescue slot too (taken back on the next load).
	 */
	keepDraft(): void {
		if (!this.draftUnsaved || this.elsewhere) return;
		this.rescue.keep(this.profileId, this.scenario.id, {
			attemptId: this.attempt?.id ?? null,
			draft: this.draft,
			at: Date.now()
		});
		void this.flushDraft();
	}

	/** Scores the draft, lets the customer react, and records both in one write. */
	async send(lang: Locale): Promise<Score | null> {
		const turn = this.turn;
		const reply = this.draft;
		if (!turn || !this.#actor || this.busy) return null;
		if (this.elsewhere) return null;
		this.busy = true;
		this.#cancelDraftWrite();
		const attempt = await this.#stored();
		if (!attempt) {
			this.busy = false;
			return null;
		}
		const tokens = await this.#tokens(reply);
		const score = scoreReply(reply, this.rubric, scoringContext(this.scenario, turn.message), {
			lang,
			tokens
		});
		const sentAt = Date.now();
		const at = (sentAt - attempt.startedAt) * timeScale(this.scenario);
		this.#actor.send({ type: 'REPLY', reply, score, at });
		// The reply is in the transcript now. Clear it from the box here, not once it is saved: by
		// then the trainee may be typing the next reply, which must be kept.
		if (this.draft === reply) this.draft = '';
		const ending = currentEnding(this.#actor.getSnapshot());
		const saved = await this.#guard(() =>
			this.store.attempts.addTurn(
				attempt.id,
				{
					turnId: turn.id,
					subject: turn.subject,
					customerMessage: turn.message,
					reply,
					score,
					sentAt,
					responseMs: lastReplyTook(this.#actor!.getSnapshot())
				},
				{
					snapshot: this.#actor!.getPersistedSnapshot(),
					result: ending
						? { ending: ending.ending, outcome: ending.outcome, csat: ending.csat }
						: null
				}
			)
		);
		if (!saved) this.#keepFailedTurn();
		if (saved) {
			this.attempt = saved;
			if (!this.draft) this.rescue.clear(this.profileId, this.scenario.id);
		}
		this.busy = false;
		return score;
	}

	stop(): void {
		this.#cancelDraftWrite();
		clearTimeout(this.#retryTimer);
		this.#release?.();
		this.#actor?.stop();
		this.#actor = null;
	}

	/** The draft's pending write is off: it is being written now, or the session ends. */
	#cancelDraftWrite(): void {
		clearTimeout(this.#draftTimer);
		this.#draftTimer = undefined;
	}

	/**
	 * The draft rescued as a page of this attempt closed, if IndexedDB does not have it: for an
	 * attempt, a draft newer than its record (also one caught before the record's first write had
	 * finished); with none, one typed before anything was stored.
	 */
	#rescued(attempt: Attempt | null): string | null {
		const kept = this.rescue.peek(this.profileId, this.scenario.id);
		if (!kept) return null;
		if (!attempt) return kept.attemptId === null && kept.draft.trim() ? kept.draft : null;
		const mine =
			kept.attemptId === attempt.id || (kept.attemptId === null && !attempt.turns.length);
		const newer = kept.at > attempt.updatedAt && kept.draft !== attempt.draft;
		return mine && newer ? kept.draft : null;
	}

	/**
	 * The attempt record, created on first need with the machine's current state. A blur that saves
	 * the draft and a send can ask at once: both get the one record.
	 */
	#stored(): Promise<Attempt | undefined> {
		if (this.attempt) return Promise.resolve(this.attempt);
		this.#creating ??= this.#create().finally(() => (this.#creating = null));
		return this.#creating;
	}

	async #create(): Promise<Attempt | undefined> {
		const attempt = await this.#guard(() =>
			this.store.attempts.start(
				{
					profileId: this.profileId,
					scenarioId: this.scenario.id,
					scenarioTitle: this.scenario.title,
					scenarioVersion: this.scenario.version,
					rubricId: this.rubric.id,
					rubricVersion: this.rubric.version,
					snapshot: this.#actor?.getPersistedSnapshot() ?? null
				},
				this.startedAt
			)
		);
		this.attempt ??= attempt ?? null;
		if (attempt && this.attempt?.id === attempt.id) {
			this.#hold(attempt.id);
			// The versions that score this attempt, so that it still displays after the files change.
			this.store.versions
				.record([rubricVersionOf(this.rubric)], [scenarioVersionOf(this.scenario)])
				.catch(() => {});
		}
		return this.attempt ?? undefined;
	}

	#run(snapshot: unknown): void {
		this.#actor?.stop();
		const machine = compileScenario(this.scenario);
		const scale = timeScale(this.scenario);
		const clock = {
			setTimeout: (fn: (...args: unknown[]) => void, ms: number) => setTimeout(fn, ms / scale),
			clearTimeout: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>)
		};
		const actor = createActor(machine, {
			clock,
			...(snapshot ? { snapshot: snapshot as AttemptSnapshot } : {})
		});
		actor.subscribe((next) => {
			const nudged = next.context.transcript.length !== this.snapshot?.context.transcript.length;
			this.snapshot = next;
			// A nudge changes the transcript without a reply: keep it, so a reload shows it too.
			if (nudged && this.attempt && !this.busy) {
				const id = this.attempt.id;
				void this.#guard(() =>
					this.store.attempts.saveProgress(id, { snapshot: actor.getPersistedSnapshot() })
				);
			}
		});
		this.#actor = actor;
		actor.start();
		this.snapshot = actor.getSnapshot();
	}

	async #tokens(reply: string): Promise<Token[] | undefined> {
		if (!this.morphology || this.scenario.locale !== 'ja') return undefined;
		const timeout = new Promise<undefined>((resolve) =>
			setTimeout(() => resolve(undefined), MORPHOLOGY_WAIT_MS)
		);
		return Promise.race([this.morphology.tokenize(reply).catch(() => undefined), timeout]);
	}

	/**
	 * Storage errors are shown, never thrown: what the trainee typed stays on the page, and is
	 * written again shortly (a reply's turn is kept until it is written; the draft is re-saved).
	 */
	async #guard<T>(write: () => Promise<T>): Promise<T | undefined> {
		if (this.elsewhere) return undefined;
		this.#writing(1);
		try {
			const result = await write();
			if (!this.#unsavedTurns.length) this.error = '';
			return result;
		} catch (e) {
			this.error = storageMessage(e);
			this.#failed = write as unknown as () => Promise<Attempt>;
			this.#retrySoon();
			return undefined;
		} finally {
			this.#writing(-1);
		}
	}

	#writing(change: 1 | -1 | 0): void {
		this.#writes += change;
		this.saving = this.#writes > 0 || this.#unsavedTurns.length > 0;
	}

	/** A reply's turn that could not be written is kept, to be written before anything else. */
	#keepFailedTurn(): void {
		if (this.#failed && !this.elsewhere) this.#unsavedTurns.push(this.#failed);
		this.#failed = null;
		this.#writing(0);
	}

	#retrySoon(): void {
		if (this.#retryTimer !== undefined) return;
		this.#retryTimer = setTimeout(() => {
			this.#retryTimer = undefined;
			void this.#writeUnsaved();
		}, RETRY_MS);
	}

	/** Writes the turns that could not be stored, in order, then the draft. */
	async #writeUnsaved(): Promise<void> {
		while (this.#unsavedTurns.length) {
			try {
				this.attempt = await this.#unsavedTurns[0]!();
				this.#unsavedTurns.shift();
				this.#writing(0);
			} catch (e) {
				this.error = storageMessage(e);
				return this.#retrySoon();
			}
		}
		this.error = '';
		await this.flushDraft();
	}

	/**
	 * One tab at a time writes an attempt (a Web Lock per attempt). A second tab is told, follows
	 * the first one's changes live with its reply box read-only, and takes over when the first
	 * closes the attempt, or at once when the trainee asks (`takeOver`): the first tab then follows.
	 */
	#hold(id: string): void {
		this.#release?.();
		const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
		if (!locks) return;
		const name = `reply-dojo.attempt.${id}`;
		let active = true;
		let unwatch: (() => void) | undefined;
		let waiting: AbortController | undefined;
		let release = () => {};
		// Before another tab takes the attempt over, it asks the holder to write its draft: the
		// holder's last second of typing is in IndexedDB when the new writer reads the attempt.
		const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
		if (channel)
			channel.onmessage = async ({ data }) => {
				if (data !== 'write your draft' || this.elsewhere || !active) return;
				await this.flushDraft();
				channel.postMessage('draft written');
			};
		const own = async () => {
			if (!active) return;
			waiting?.abort();
			unwatch?.();
			unwatch = undefined;
			const held = new Promise<void>((resolve) => (release = resolve));
			if (this.elsewhere) {
				this.elsewhere = false;
				this.error = '';
				const latest = await this.store.attempts.get(id);
				if (latest && active) this.#follow(latest);
			}
			return held;
		};
		/** Another tab holds the lock: follow it, and take the lock when it lets go. */
		const follow = () => {
			if (!active) return;
			this.elsewhere = true;
			unwatch ??= this.store.attempts.watch(id, (latest) => {
				if (latest && active && this.elsewhere) this.#follow(latest);
			});
			waiting = new AbortController();
			locks.request(name, { signal: waiting.signal }, own).catch(() => {});
		};
		// A held lock's request fails when another tab steals it: this tab follows from then on.
		const hold = (request: Promise<unknown>) => request.catch(follow);
		void hold(locks.request(name, { ifAvailable: true }, (lock) => (lock ? own() : follow())));
		this.#takeOver = async () => {
			if (!active || !this.elsewhere) return;
			await holderWrites(channel);
			waiting?.abort();
			void hold(locks.request(name, { steal: true }, own));
		};
		this.#release = () => {
			active = false;
			channel?.close();
			waiting?.abort();
			unwatch?.();
			release();
			this.elsewhere = false;
			this.#release = null;
			this.#takeOver = null;
		};
	}

	/** This tab follows another one on this attempt: it takes the attempt over, and the other follows. */
	async takeOver(): Promise<void> {
		await this.#takeOver?.();
	}

	#follow(attempt: Attempt): void {
		const check = restoreSnapshot(this.scenario, attempt.snapshot);
		// The other tab wrote a state this one cannot play: keep showing the last one that fit.
		if (!check.ok) return;
		this.#run(check.snapshot);
		this.attempt = attempt;
		this.draft = attempt.draft;
		this.startedAt = attempt.startedAt;
	}
}

/** How long taking over waits for the holding tab to write its draft (it may be frozen). */
const HANDOVER_MS = 1000;

/** Asks the tab holding the attempt to write its draft, and waits until it has (or a second). */
function holderWrites(channel: BroadcastChannel | null): Promise<void> {
	if (!channel) return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			channel.removeEventListener('message', written);
			resolve();
		};
		const written = ({ data }: MessageEvent) => data === 'draft written' && done();
		const timer = setTimeout(done, HANDOVER_MS);
		channel.addEventListener('message', written);
		channel.postMessage('write your draft');
	});
}

/** Simulated ms the trainee took over the reply the machine just recorded. */
function lastReplyTook(snapshot: AttemptSnapshot): number | null {
	const last = snapshot.context.transcript.findLast((entry) => entry.kind === 'reply');
	return last?.kind === 'reply' ? last.took : null;
}
