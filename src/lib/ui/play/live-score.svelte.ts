import type { Locale, Rubric } from '../../rubric';
import { scoreReply, type Score, type ScoringContext } from '../../scoring';
import type { Morphology } from '../play.svelte';

/** Typing pauses this long before the draft is scored again. */
export const LIVE_DELAY_MS = 200;
/** The name of the User Timing measure around each live score (read by `npm run bench`). */
export const LIVE_MEASURE = 'dojo:live-score';

/**
 * The score of the draft as the trainee types. Scoring runs on a timer of its own, never inside
 * the keystroke's task, so typing never waits for it; for Japanese, the tokenizer's score
 * replaces the fast one when the worker answers, if the draft has not changed meanwhile.
 */
export class LiveScore {
	/** Raw state: a score is replaced whole, never edited, and deep proxies would cost per keystroke. */
	score = $state.raw<Score | null>(null);
	/** The text `score` was computed for; highlights follow edits made since (see followEdit). */
	scored = $state('');

	#timer: ReturnType<typeof setTimeout> | undefined;
	#generation = 0;

	constructor(
		private readonly rubric: Rubric,
		private readonly morphology: Morphology | null
	) {}

	update(text: string, ctx: ScoringContext, lang: Locale): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#run(text, ctx, lang), LIVE_DELAY_MS);
	}

	stop(): void {
		clearTimeout(this.#timer);
		this.#generation++;
	}

	#run(text: string, ctx: ScoringContext, lang: Locale): void {
		const generation = ++this.#generation;
		if (!text.trim()) {
			this.score = null;
			this.scored = text;
			return;
		}
		this.#apply(text, () => scoreReply(text, this.rubric, ctx, { lang }));
		if (!this.morphology || ctx.locale !== 'ja') return;
		this.morphology
			.tokenize(text)
			.then((tokens) => {
				if (generation !== this.#generation) return;
				this.#apply(text, () => scoreReply(text, this.rubric, ctx, { lang, tokens }));
			})
			// Without the tokenizer the fast tier's score stands; sending reports the rest.
			.catch(() => {});
	}

	#apply(text: string, score: () => Score): void {
		const start = performance.now();
		this.score = score();
		this.scored = text;
		// Queued after Svelte's own flush of these changes, so the measure covers the DOM update too.
		queueMicrotask(() => performance.measure(LIVE_MEASURE, { start, end: performance.now() }));
	}
}
