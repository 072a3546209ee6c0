import { createActor } from 'xstate';
import type { Token } from '../morph';
import type { Locale, Rubric } from '../rubric';
import {
	compileScenario,
	currentEnding,
	currentTurn,
	scoringContext,
	type AttemptActor,
	type AttemptSnapshot,
	type Scenario
} from '../scenario';
import { scoreReply, type Score } from '../scoring';
import { rubricVersionOf, scenarioVersionOf, type Attempt, type Store } from '../store';
import { storageMessage } from './connection.svelte';
import { i18n } from './i18n.svelte';

/** How long sending waits for the Japanese tokenizer before scoring without it. */
const MORPHOLOGY_WAIT_MS = 3000;
const DRAFT_DELAY_MS = 400;
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
	attempt = $state<Attempt | null>(null);
	snapshot = $state<AttemptSnapshot | null>(null);
	draft = $state('');
	error = $state('');
	busy = $state(false);
	/** Another tab holds this attempt: this one follows its changes and writes nothing. */
	elsewhere = $state(false);
	/** A write is under way or a reply's turn waits to be written: leaving the page now loses it. */
	saving = $state(false);

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
	#writes = 0;

	constructor(
		readonly scenario: Scenario,
		readonly rubric: Rubric,
		private readonly store: Store,
		private readonly morphology: Morphology | null,
		private readonly profileId: string
	) {}

	/** An attempt at this scenario left in progress, to offer to continue. */
	findUnfinished(): Promise<Attempt | undefined> {
		return this.store.attempts.inProgress(this.profileId, this.scenario.id);
	}

	/** A fresh play. It is stored once the trainee writes something, so opening a page leaves no trace. */
	start(): void {
		this.#release?.();
		this.#run(undefined);
		this.attempt = null;
		this.draft = '';
		this.startedAt = Date.now();
	}

	/** Continues an attempt exactly where it was: the machine's state, the transcript, the draft. */
	resume(attempt: Attempt): void {
		this.#run(attempt.snapshot ?? undefined);
		this.attempt = attempt;
		this.draft = attempt.draft;
		this.startedAt = attempt.startedAt;
		// A restored machine has no timers: re-arm the customer's response time for what is left.
		const at = (Date.now() - attempt.startedAt) * timeScale(this.scenario);
		this.#actor?.send({ type: 'RESUME', at });
		this.#hold(attempt.id);
	}

	/** Called on every keystroke; the draft is saved shortly after typing pauses. */
	setDraft(text: string): void {
		this.draft = text;
		clearTimeout(this.#draftTimer);
		this.#draftTimer = setTimeout(() => this.flushDraft(), DRAFT_DELAY_MS);
	}

	async flushDraft(): Promise<void> {
		clearTimeout(this.#draftTimer);
		if (!this.attempt && !this.draft.trim()) return;
		const attempt = await this.#stored();
		if (!attempt || attempt.draft === this.draft) return;
		const saved = await this.#guard(() =>
			this.store.attempts.saveProgress(attempt.id, { draft: this.draft })
		);
		if (saved) this.attempt = saved;
	}

	/** Scores the draft, lets the customer react, and records both in one write. */
	async send(lang: Locale): Promise<Score | null> {
		const turn = this.turn;
		const reply = this.draft;
		if (!turn || !this.#actor || this.busy) return null;
		if (this.elsewhere) {
			this.error = i18n.t('storageOpenElsewhere');
			return null;
		}
		this.busy = true;
		clearTimeout(this.#draftTimer);
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
		if (saved) this.attempt = saved;
		this.busy = false;
		return score;
	}

	stop(): void {
		clearTimeout(this.#draftTimer);
		clearTimeout(this.#retryTimer);
		this.#release?.();
		this.#actor?.stop();
		this.#actor = null;
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
	 * the first one's changes live, and takes over when the first closes the attempt.
	 */
	#hold(id: string): void {
		this.#release?.();
		const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
		if (!locks) return;
		const name = `reply-dojo.attempt.${id}`;
		let active = true;
		let unwatch: (() => void) | undefined;
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		this.#release = () => {
			active = false;
			unwatch?.();
			release();
			this.elsewhere = false;
			this.#release = null;
		};
		const own = async () => {
			if (!active) return;
			unwatch?.();
			if (this.elsewhere) {
				this.elsewhere = false;
				this.error = '';
				const latest = await this.store.attempts.get(id);
				if (latest && active) this.#follow(latest);
			}
			return held;
		};
		void locks.request(name, { ifAvailable: true }, async (lock) => {
			if (lock) return own();
			if (!active) return;
			this.elsewhere = true;
			this.error = i18n.t('storageOpenElsewhere');
			unwatch = this.store.attempts.watch(id, (latest) => {
				if (latest && active && this.elsewhere) this.#follow(latest);
			});
			void locks.request(name, own);
		});
	}

	#follow(attempt: Attempt): void {
		this.#run(attempt.snapshot ?? undefined);
		this.attempt = attempt;
		this.draft = attempt.draft;
		this.startedAt = attempt.startedAt;
	}
}

/** Simulated ms the trainee took over the reply the machine just recorded. */
function lastReplyTook(snapshot: AttemptSnapshot): number | null {
	const last = snapshot.context.transcript.findLast((entry) => entry.kind === 'reply');
	return last?.kind === 'reply' ? last.took : null;
}
