import type { Score } from '../scoring';
import {
	summarizeAttempt,
	talliesOf,
	type Attempt,
	type AttemptTurn,
	type Tallies
} from '../store';
import type { ScenarioInfo } from './types';

/** Builders for the progress tests: attempts that hold only what the stats read. */

export type Levels = Record<string, [level: number, max: number]>;

export function score(levels: Levels, total: number, passed = total >= 60): Score {
	const criteria: Score['criteria'] = {};
	for (const [id, [level, max]] of Object.entries(levels))
		criteria[id] = { level, max, weight: 20, evidence: [], missing: [] };
	return {
		criteria,
		total,
		autoFail: false,
		autoFailReason: null,
		passed,
		rubric: { id: 'support-email', version: 'r1' },
		locale: 'en',
		morphology: false
	};
}

export function turn(
	levels: Levels,
	total: number,
	{ sentAt = 0, responseMs = null as number | null, reply = 'A reply', passed = total >= 60 } = {}
): AttemptTurn {
	return {
		turnId: 'opening',
		subject: null,
		customerMessage: 'Where is it?',
		reply,
		score: score(levels, total, passed),
		sentAt,
		responseMs
	};
}

let next = 0;

export function attempt(init: Partial<Attempt> = {}): Attempt {
	const turns = init.turns ?? [];
	return {
		id: `a${++next}`,
		profileId: 'p1',
		scenarioId: 'late-delivery-en',
		scenarioTitle: 'Where is my order?',
		scenarioVersion: 's1',
		rubricId: 'support-email',
		rubricVersion: 'r1',
		status: init.result ? 'done' : 'in-progress',
		startedAt: 0,
		updatedAt: turns.at(-1)?.sentAt ?? 0,
		total: turns.at(-1)?.score.total ?? null,
		snapshot: null,
		draft: '',
		result: null,
		...init,
		turns
	};
}

export const done = (outcome = 'resolved', csat = 4) => ({
	status: 'done' as const,
	result: { ending: outcome, outcome, csat }
});

export function scenario(init: Partial<ScenarioInfo> & Pick<ScenarioInfo, 'id'>): ScenarioInfo {
	return { title: init.id, difficulty: 1, skills: [], locale: 'en', ...init };
}

export const DAY = 86_400_000;

/** The tallies the store would keep for these attempts. */
export function tallied(attempts: readonly Attempt[]): Tallies {
	return talliesOf(attempts.map(summarizeAttempt));
}
