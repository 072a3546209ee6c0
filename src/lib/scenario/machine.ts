import {
	assign,
	cancel,
	enqueueActions,
	setup,
	type ActorRefFrom,
	type SnapshotFrom
} from 'xstate';
import type { Score } from '../scoring';
import { evaluate, type Condition } from './condition';
import { END, successors } from './graph';
import { MOODS, type Ending, type Mood, type Scenario, type Turn } from './types';

/** A reply at or above this total calms the customer one step. */
export const CALMING_TOTAL = 70;
/** A reply below this total (or an auto-fail) makes the customer one step angrier. */
export const ANGERING_TOTAL = 40;

export type TranscriptEntry =
	| {
			kind: 'customer';
			turn: string;
			subject: string | null;
			message: string;
			/** Simulated ms. */
			at: number;
			/** The customer's mood as they write it. */
			mood: Mood;
	  }
	| {
			kind: 'reply';
			turn: string;
			reply: string;
			score: Score;
			at: number;
			/** Ms between the customer's message and this reply. */
			took: number;
			/** The customer's mood after reading the reply. */
			mood: Mood;
	  }
	| { kind: 'nudge'; turn: string; message: string | null; at: number; mood: Mood };

export interface AttemptContext {
	scenario: string;
	version: string;
	mood: Mood;
	/** The turn waiting for a reply; null once an ending is reached. */
	turn: string | null;
	/** When the current turn's message arrived (simulated ms). */
	since: number;
	transcript: TranscriptEntry[];
	/** How long the customer waits for a reply to each turn before nudging, in ms (0 = forever). */
	responseTimes: Record<string, number>;
	/** The ending reached, once reached. */
	ending: string | null;
}

/** A reply by the trainee, already scored; `at` is simulated ms since the attempt started. */
export interface ReplyEvent {
	type: 'REPLY';
	reply: string;
	score: Score;
	at: number;
}
/**
 * The attempt goes on after a pause (a reload, a crash): `at` is simulated ms since the attempt
 * started. XState does not restore timers from a persisted snapshot, so this re-arms the current
 * turn's response time for what is left of it (a nudge that is already due comes at once).
 */
export interface ResumeEvent {
	type: 'RESUME';
	at: number;
}
/** The current turn's response time ran out (raised by the machine itself). */
interface NudgeEvent {
	type: 'NUDGE';
}
export type AttemptEvent = ReplyEvent | ResumeEvent | NudgeEvent;

/** Id of the delayed NUDGE of the current turn, so that a reply or a resume can cancel it. */
const NUDGE_TIMER = 'nudge';

export interface AttemptOutput {
	ending: string;
	outcome: string;
	/** The ending's csat adjusted by the final mood (calm +1, angry −1), 1–5. */
	csat: number;
	mood: Mood;
	debrief: string;
}

/** One step calmer (−1) or angrier (+1), staying within calm..angry. */
export function shiftMood(mood: Mood, step: -1 | 1): Mood {
	const i = Math.min(MOODS.length - 1, Math.max(0, MOODS.indexOf(mood) + step));
	return MOODS[i]!;
}

/** The customer's mood after reading a reply with this score. */
export function moodAfter(mood: Mood, score: Pick<Score, 'total' | 'autoFail'>): Mood {
	if (score.autoFail || score.total < ANGERING_TOTAL) return shiftMood(mood, 1);
	if (score.total >= CALMING_TOTAL) return shiftMood(mood, -1);
	return mood;
}

/** An ending's csat adjusted by the customer's final mood: calm +1, angry −1, kept within 1..5. */
export function finalCsat(csat: number, mood: Mood): number {
	const adjusted = csat + (mood === 'calm' ? 1 : mood === 'angry' ? -1 : 0);
	return Math.min(5, Math.max(1, adjusted));
}

const normalize = (text: string) =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s,、。]+/g, ' ')
		.trim();

/**
 * Whether a reply mentions a fact: its whole value (ignoring case, width and commas), a URL with
 * or without `https://`, or one of its identifying pieces (a piece of 4+ characters with a digit,
 * such as an order number or 3月14日).
 */
export function mentionsFact(reply: string, value: string): boolean {
	const text = normalize(reply);
	const norm = normalize(value);
	if (!norm) return false;
	if (text.includes(norm)) return true;
	const url = /^https?:\/\/(.+?)\/?$/.exec(norm);
	if (url) return text.includes(url[1]!);
	return norm
		.split(/[\s/()（）・]+/)
		.some(
			(piece) => piece !== norm && piece.length >= 4 && /\d/.test(piece) && text.includes(piece)
		);
}

function conditionHolds(
	condition: Condition,
	scenario: Scenario,
	mood: Mood,
	event: ReplyEvent
): boolean {
	return evaluate(condition, {
		levels: Object.fromEntries(
			Object.entries(event.score.criteria).map(([id, c]) => [id, c.level])
		),
		total: event.score.total,
		autoFail: event.score.autoFail,
		mentions: (fact) => {
			const value = scenario.facts[fact];
			return value !== undefined && mentionsFact(event.reply, value);
		},
		// Conditions see the mood the reply leaves the customer in.
		mood: moodAfter(mood, event.score)
	});
}

const implicitEnd: Ending = { id: END, outcome: 'completed', csat: 3, debrief: '', line: 0 };

/** The scenario's endings by id, with the implicit END when a branch leads to it. */
export function scenarioEndings(scenario: Scenario): Map<string, Ending> {
	const endings = new Map(scenario.endings.map((e) => [e.id, e]));
	const needsEnd = scenario.turns.some((_, i) => successors(scenario.turns, i).includes(END));
	if (needsEnd) endings.set(END, implicitEnd);
	return endings;
}

/**
 * The role-play as a state machine: one state per turn, a final state per ending. A `REPLY`
 * takes the first branch whose condition holds; when a turn's response time runs out (a delayed
 * event on the actor's clock, in simulated ms), the customer nudges once and gets one step
 * angrier. After restoring a persisted snapshot, send `RESUME` to re-arm that timer.
 */
export function compileScenario(scenario: Scenario) {
	const turns = new Map(scenario.turns.map((t) => [t.id, t]));
	const endings = scenarioEndings(scenario);

	const machineSetup = setup({
		types: {} as {
			context: AttemptContext;
			events: AttemptEvent;
			output: AttemptOutput;
		},
		guards: {
			when: ({ context, event }, params: { condition: Condition }) =>
				event.type === 'REPLY' && conditionHolds(params.condition, scenario, context.mood, event)
		},
		actions: {
			/** Records the reply and the customer's reaction to it. */
			reply: assign(({ context, event }) => {
				if (event.type !== 'REPLY') return {};
				const mood = moodAfter(context.mood, event.score);
				return {
					mood,
					transcript: [
						...context.transcript,
						{
							kind: 'reply' as const,
							turn: context.turn ?? '',
							reply: event.reply,
							score: event.score,
							at: event.at,
							took: Math.max(0, event.at - context.since),
							mood
						}
					],
					since: event.at
				};
			}),
			/** The customer's message for a turn arrives. */
			say: assign(({ context }, params: { turn: string }) => {
				const turn = turns.get(params.turn)!;
				return {
					turn: turn.id,
					transcript: [
						...context.transcript,
						{
							kind: 'customer' as const,
							turn: turn.id,
							subject: turn.subject,
							message: turn.message,
							at: context.since,
							mood: context.mood
						}
					]
				};
			}),
			/** The response time ran out: the customer follows up, angrier. */
			nudge: assign(({ context }, params: { turn: string; ms: number }) => {
				const mood = shiftMood(context.mood, 1);
				return {
					mood,
					transcript: [
						...context.transcript,
						{
							kind: 'nudge' as const,
							turn: params.turn,
							message: turns.get(params.turn)?.nudge ?? null,
							at: context.since + params.ms,
							mood
						}
					]
				};
			}),
			/**
			 * Starts the turn's response time, or on RESUME what is left of it: it runs from when the
			 * turn's message arrived. Once the customer has nudged, the turn waits without a limit.
			 */
			armNudge: enqueueActions(({ context, event, enqueue }, params: { ms: number }) => {
				if (!params.ms || context.transcript.at(-1)?.kind === 'nudge') return;
				const now = event.type === 'RESUME' ? event.at : context.since;
				enqueue.cancel(NUDGE_TIMER);
				enqueue.raise(
					{ type: 'NUDGE' },
					{ delay: Math.max(0, context.since + params.ms - now), id: NUDGE_TIMER }
				);
			}),
			end: assign((_, params: { ending: string }) => ({ turn: null, ending: params.ending }))
		}
	});

	const states: Record<string, object> = {};
	scenario.turns.forEach((turn, i) => {
		const ms = Math.round(turn.responseTime * 1000);
		const to = (target: string) => ({
			target,
			reenter: true,
			actions: [
				{ type: 'reply' as const },
				...(endings.has(target) ? [{ type: 'end' as const, params: { ending: target } }] : [])
			]
		});
		const transitions = turn.branches.length
			? turn.branches.map((b) => ({
					...to(b.to),
					...(b.condition
						? { guard: { type: 'when' as const, params: { condition: b.condition } } }
						: {})
				}))
			: [to(successors(scenario.turns, i)[0]!)];
		states[turn.id] = {
			meta: { turn },
			entry: [
				{ type: 'say', params: { turn: turn.id } },
				{ type: 'armNudge', params: { ms } }
			],
			exit: cancel(NUDGE_TIMER),
			on: {
				REPLY: transitions,
				RESUME: { actions: { type: 'armNudge', params: { ms } } },
				NUDGE: { actions: { type: 'nudge', params: { turn: turn.id, ms } } }
			}
		};
	});
	for (const ending of endings.values()) states[ending.id] = { type: 'final', meta: { ending } };

	const first = scenario.turns[0];
	return machineSetup.createMachine({
		id: scenario.id,
		initial: first?.id,
		context: () => ({
			scenario: scenario.id,
			version: scenario.version,
			mood: scenario.customer.mood,
			turn: first?.id ?? null,
			since: 0,
			transcript: [],
			responseTimes: Object.fromEntries(
				scenario.turns.map((t) => [t.id, Math.round(t.responseTime * 1000)])
			),
			ending: null
		}),
		// The states are built from the file, so XState cannot type them; they follow the setup above.
		states: states as never,
		output: ({ context }) => {
			const ending = endings.get(context.ending ?? '') ?? implicitEnd;
			return {
				ending: ending.id,
				outcome: ending.outcome,
				csat: finalCsat(ending.csat, context.mood),
				mood: context.mood,
				debrief: ending.debrief
			};
		}
	});
}

export type AttemptMachine = ReturnType<typeof compileScenario>;
export type AttemptSnapshot = SnapshotFrom<AttemptMachine>;
export type AttemptActor = ActorRefFrom<AttemptMachine>;

/** The turn waiting for a reply, or null when the attempt has reached an ending. */
export function currentTurn(snapshot: AttemptSnapshot): Turn | null {
	if (snapshot.status !== 'active') return null;
	for (const meta of Object.values(snapshot.getMeta() as Record<string, { turn?: Turn }>))
		if (meta?.turn) return meta.turn;
	return null;
}

/** The ending reached, or null while the attempt goes on. */
export function currentEnding(snapshot: AttemptSnapshot): AttemptOutput | null {
	return snapshot.status === 'done' ? (snapshot.output ?? null) : null;
}
