import { createActor, type Snapshot } from 'xstate';
import type { Score } from '../scoring';
import {
	compileScenario,
	currentTurn,
	scenarioEndings,
	type AttemptContext,
	type AttemptOutput
} from './machine';
import { MOODS, type Scenario } from './types';

/**
 * A saved machine state that fits the scenario's machine, rebuilt from known fields only: pass it
 * to `createActor(compileScenario(scenario), { snapshot })`, then send `RESUME`.
 */
export type RestorableSnapshot = Snapshot<unknown> & {
	status: 'active' | 'done';
	value: string;
	context: AttemptContext;
};

export type SnapshotCheck =
	{ ok: true; snapshot: RestorableSnapshot } | { ok: false; reason: string };

/** A stored reply to replay: what an attempt keeps of each turn (`AttemptTurn` fits). */
export interface StoredReply {
	turnId: string;
	reply: string;
	score: Score;
	/** Simulated ms between the customer's message and the reply; null when not recorded. */
	responseMs: number | null;
}

type Fields = Record<string, unknown>;
/** A reason the value does not fit, or null when it does. */
type Problem = string | null;

const isObject = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isMood = (value: unknown) => MOODS.includes(value as never);
const textOrNull = (value: unknown) => value === null || typeof value === 'string';

/**
 * Checks a persisted snapshot (from IndexedDB or a backup file) against the scenario's machine:
 * XState restores whatever it is given and the page then crashes on it. Never throws: a snapshot
 * that does not fit comes back with the reason, and `replayTurns` can restart from the transcript.
 */
export function restoreSnapshot(scenario: Scenario, saved: unknown): SnapshotCheck {
	if (!isObject(saved)) return refuse(`the saved state is ${kind(saved)}, not an object`);
	const { status, value, context, children } = saved;
	const turns = new Set(scenario.turns.map((t) => t.id));
	const endings = new Set(scenarioEndings(scenario).keys());
	if (status !== 'active' && status !== 'done')
		return refuse(`the saved status ${JSON.stringify(status)} is neither "active" nor "done"`);
	if (typeof value !== 'string') return refuse(`the saved state is ${kind(value)}, not a name`);
	if (status === 'active' && !turns.has(value))
		return refuse(`"${value}" is not a turn of scenario "${scenario.id}"`);
	if (status === 'done' && !endings.has(value))
		return refuse(`"${value}" is not an ending of scenario "${scenario.id}"`);
	if (children !== undefined && !(isObject(children) && !Object.keys(children).length))
		return refuse('the saved state has child actors; this machine has none');
	const problem = contextProblem(context, scenario, turns, endings);
	if (problem) return refuse(`context: ${problem}`);
	const ctx = context as unknown as AttemptContext;
	if (status === 'active' && ctx.turn !== value)
		return refuse(`the context waits for turn "${ctx.turn}" but the state is "${value}"`);
	if (status === 'done' && ctx.ending !== value)
		return refuse(`the context ended in "${ctx.ending}" but the state is "${value}"`);
	const output = status === 'done' ? outputOf(saved.output, value) : undefined;
	if (output === null) return refuse('the saved ending has no well-formed output');
	return {
		ok: true,
		snapshot: {
			status,
			value,
			context: ctx,
			historyValue: {},
			children: {},
			output,
			error: undefined
		} as RestorableSnapshot
	};
}

/**
 * Restarts from the transcript: plays the stored replies through a fresh machine, as the play
 * page sent them, and returns the state they lead to. Nudges are not replayed (the customer's
 * waiting is not stored per turn), so the mood may differ from the original. Fails with a reason
 * when a reply answers a turn the scenario is not at (the file changed since).
 */
export function replayTurns(scenario: Scenario, replies: readonly StoredReply[]): SnapshotCheck {
	if (!scenario.turns.length) return refuse(`scenario "${scenario.id}" has no turns`);
	// No timers: a replay is instantaneous, so no response time may run out during it.
	const clock = { setTimeout: () => 0, clearTimeout: () => {} };
	const actor = createActor(compileScenario(scenario), { clock }).start();
	try {
		for (const [i, stored] of replies.entries()) {
			const snapshot = actor.getSnapshot();
			const turn = currentTurn(snapshot);
			if (!turn)
				return refuse(
					`reply ${i + 1} comes after the attempt ended in "${String(snapshot.value)}"`
				);
			if (turn.id !== stored.turnId)
				return refuse(
					`reply ${i + 1} answers turn "${stored.turnId}", but the scenario is at turn "${turn.id}"`
				);
			const at = snapshot.context.since + (isTime(stored.responseMs) ? stored.responseMs : 0);
			actor.send({ type: 'REPLY', reply: stored.reply, score: stored.score, at });
		}
		const persisted = actor.getPersistedSnapshot();
		// A snapshot the machine made itself fits by construction; checking it keeps one shape.
		return restoreSnapshot(scenario, JSON.parse(JSON.stringify(persisted)));
	} catch (e) {
		return refuse(`the stored replies could not be played again (${(e as Error).message})`);
	} finally {
		actor.stop();
	}
}

function refuse(reason: string): SnapshotCheck {
	return { ok: false, reason };
}

function kind(value: unknown): string {
	if (value === null || value === undefined) return 'missing';
	if (Array.isArray(value)) return 'a list';
	return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

/** The final states of the scenario's machine: its endings, and the implicit end when a turn leads there. */
function contextProblem(
	context: unknown,
	scenario: Scenario,
	turns: Set<string>,
	endings: Set<string>
): Problem {
	if (!isObject(context)) return `${kind(context)}, not an object`;
	const c = context;
	if (c.scenario !== scenario.id) return `made for scenario ${JSON.stringify(c.scenario)}`;
	if (typeof c.version !== 'string') return 'version is not text';
	if (!isMood(c.mood)) return `mood ${JSON.stringify(c.mood)} is not one of ${MOODS.join(', ')}`;
	if (c.turn !== null && !turns.has(c.turn as string))
		return `turn ${JSON.stringify(c.turn)} is not a turn of the scenario`;
	if (!isTime(c.since)) return 'since is not a time';
	if (c.ending !== null && !endings.has(c.ending as string))
		return `ending ${JSON.stringify(c.ending)} is not an ending of the scenario`;
	if (!isObject(c.responseTimes) || !Object.values(c.responseTimes).every(isTime))
		return 'responseTimes is not a map of times';
	if (!Array.isArray(c.transcript)) return `transcript is ${kind(c.transcript)}, not a list`;
	for (const [i, entry] of c.transcript.entries()) {
		const problem = entryProblem(entry, turns);
		if (problem) return `transcript[${i}]: ${problem}`;
	}
	return null;
}

function entryProblem(entry: unknown, turns: Set<string>): Problem {
	if (!isObject(entry)) return `${kind(entry)}, not an entry`;
	if (typeof entry.turn !== 'string' || !turns.has(entry.turn))
		return `turn ${JSON.stringify(entry.turn)} is not a turn of the scenario`;
	if (!isTime(entry.at)) return 'at is not a time';
	if (!isMood(entry.mood)) return `mood ${JSON.stringify(entry.mood)} is not a mood`;
	switch (entry.kind) {
		case 'customer':
			return typeof entry.message === 'string' && textOrNull(entry.subject)
				? null
				: 'a customer message needs message text and a subject or null';
		case 'nudge':
			return textOrNull(entry.message) ? null : 'a nudge message is text or null';
		case 'reply':
			if (typeof entry.reply !== 'string') return 'reply is not text';
			if (!isTime(entry.took)) return 'took is not a duration';
			return scoreProblem(entry.score);
		default:
			return `kind ${JSON.stringify(entry.kind)} is not customer, reply or nudge`;
	}
}

/** The parts of a score the transcript and the debrief read. */
function scoreProblem(score: unknown): Problem {
	if (!isObject(score)) return 'score is not an object';
	if (!isTime(score.total) || typeof score.autoFail !== 'boolean' || !isObject(score.criteria))
		return 'score needs a total, autoFail and criteria';
	for (const [id, c] of Object.entries(score.criteria)) {
		const ok =
			isObject(c) &&
			isTime(c.level) &&
			isTime(c.max) &&
			Array.isArray(c.evidence) &&
			c.evidence.every(
				(e) =>
					isObject(e) &&
					isTime(e.start) &&
					isTime(e.end) &&
					typeof e.text === 'string' &&
					typeof e.message === 'string'
			) &&
			Array.isArray(c.missing) &&
			c.missing.every((m) => isObject(m) && typeof m.message === 'string');
		if (!ok) return `score of criterion "${id}" is not well-formed`;
	}
	return null;
}

/** The output of a finished attempt, when it is whole and names the ending reached. */
function outputOf(output: unknown, ending: string): AttemptOutput | null {
	if (!isObject(output) || output.ending !== ending) return null;
	const { outcome, csat, mood, debrief } = output;
	if (typeof outcome !== 'string' || !isTime(csat) || !isMood(mood) || typeof debrief !== 'string')
		return null;
	return { ending, outcome, csat, mood: mood as AttemptOutput['mood'], debrief };
}
