import { byCriterionOrder, scoredAttempts, type ScoredAttempts } from './scored';
import type { ScenarioTally } from '../store';
import type { ProgressAttempt, ScenarioInfo } from './types';

/** The weakest criterion is judged on this many recent scored attempts, so that progress counts. */
export const RECENT_ATTEMPTS = 10;

export type DifficultyStep = 'start' | 'up' | 'same' | 'down';

/** Why a scenario is suggested, for the home page to put in words. */
export interface SuggestionReason {
	/** The weakest criterion so far that the scenario trains; null before the first scored reply. */
	criterion: string | null;
	/** That criterion's mean level over the recent attempts, as a share of its maximum, 0–1. */
	level: number | null;
	/** The difficulty aimed at, and how it follows from the last finished attempt. */
	difficulty: number;
	step: DifficultyStep;
	/** The trainee has not finished this scenario yet. */
	fresh: boolean;
}

export interface Suggestion {
	scenarioId: string;
	reason: SuggestionReason;
}

/** How many of the newest attempts the suggestion reads: enough for the recent scored ones. */
export const SUGGESTION_WINDOW = 50;

/**
 * The scenario to play next, in the language played last (a trainee practises one language at a
 * time): one whose skills include the weakest criterion of the recent attempts, at a difficulty
 * one step up after a pass, the same after a fail, one down after two fails in a row; preferring
 * scenarios not finished yet. `recent` are the newest attempts (the store's first
 * SUGGESTION_WINDOW summaries), `played` the tallies of every scenario played. Null when the
 * catalog is empty.
 */
export function suggestNext(
	recent: readonly ProgressAttempt[],
	played: readonly Pick<ScenarioTally, 'scenarioId' | 'attempts' | 'done'>[],
	scenarios: readonly ScenarioInfo[]
): Suggestion | null {
	if (scenarios.length === 0) return null;
	const byId = new Map(scenarios.map((s) => [s.id, s]));
	const scored = scoredAttempts(recent);
	const latest = scored.attempts.at(-1);
	const locale = latest && byId.get(latest.scenarioId)?.locale;
	const sameLanguage = scenarios.filter((s) => s.locale === locale);
	const candidates = sameLanguage.length ? sameLanguage : scenarios;
	const weak = weakestCriterion(scored, candidates);
	const { difficulty, step } = targetDifficulty(scored, byId, candidates);

	const finished = new Set(played.filter((t) => t.done > 0).map((t) => t.scenarioId));
	const plays = new Map(played.map((t) => [t.scenarioId, t.attempts]));
	let best = candidates[0]!;
	let bestFit = -Infinity;
	for (const s of candidates) {
		const fit =
			(weak && s.skills.includes(weak.criterion)
				? 4 + (s.skills[0] === weak.criterion ? 1 : 0)
				: 0) +
			(finished.has(s.id) ? 0 : 3) -
			2 * Math.abs(s.difficulty - difficulty) -
			Math.min(plays.get(s.id) ?? 0, 10) / 20;
		if (fit > bestFit) {
			best = s;
			bestFit = fit;
		}
	}
	const trains = weak && best.skills.includes(weak.criterion);
	return {
		scenarioId: best.id,
		reason: {
			criterion: trains ? weak.criterion : null,
			level: trains ? weak.level : null,
			difficulty,
			step,
			fresh: !finished.has(best.id)
		}
	};
}

/** The criterion with the lowest mean level recently, among those some scenario trains if any. */
function weakestCriterion(
	scored: ScoredAttempts,
	scenarios: readonly ScenarioInfo[]
): { criterion: string; level: number } | null {
	const from = Math.max(0, scored.attempts.length - RECENT_ATTEMPTS);
	const recent: { criterion: string; level: number }[] = [];
	scored.criteria.forEach((criterion, c) => {
		let sum = 0;
		let n = 0;
		for (const level of scored.levels[c]!.subarray(from)) {
			if (Number.isNaN(level)) continue;
			sum += level;
			n++;
		}
		if (n) recent.push({ criterion, level: sum / n });
	});
	const trained = new Set(scenarios.flatMap((s) => s.skills));
	const ranked = recent.sort(
		(a, b) => a.level - b.level || byCriterionOrder(a.criterion, b.criterion)
	);
	return ranked.find((c) => trained.has(c.criterion)) ?? ranked[0] ?? null;
}

function targetDifficulty(
	scored: ScoredAttempts,
	byId: ReadonlyMap<string, ScenarioInfo>,
	scenarios: readonly ScenarioInfo[]
): { difficulty: number; step: DifficultyStep } {
	const easiest = Math.min(...scenarios.map((s) => s.difficulty));
	const hardest = Math.max(...scenarios.map((s) => s.difficulty));
	// The last two finished attempts at scenarios still in the catalog, newest first.
	const recent: { difficulty: number; passed: boolean }[] = [];
	for (let i = scored.attempts.length - 1; i >= 0 && recent.length < 2; i--) {
		const attempt = scored.attempts[i]!;
		const scenario = byId.get(attempt.scenarioId);
		if (attempt.status === 'done' && scenario)
			recent.push({ difficulty: scenario.difficulty, passed: scored.passed[i]! });
	}
	const [last, before] = recent;
	if (!last) return { difficulty: easiest, step: 'start' };
	if (last.passed) {
		const difficulty = Math.min(hardest, last.difficulty + 1);
		return { difficulty, step: difficulty > last.difficulty ? 'up' : 'same' };
	}
	if (before && !before.passed) {
		const difficulty = Math.max(easiest, last.difficulty - 1);
		return { difficulty, step: difficulty < last.difficulty ? 'down' : 'same' };
	}
	return { difficulty: last.difficulty, step: 'same' };
}
