import type { Scenario } from '../scenario';
import type { AttemptResult, AttemptStatus } from '../store';

/**
 * What the progress stats read of a stored attempt: the store's `AttemptSummary` (what the pages
 * read) fits, and so does a full `Attempt`.
 */
export interface ProgressAttempt {
	id: string;
	scenarioId: string;
	scenarioTitle: string;
	status: AttemptStatus;
	updatedAt: number;
	total: number | null;
	result: AttemptResult | null;
	turns: ProgressTurn[];
}

export interface ProgressTurn {
	sentAt: number;
	responseMs: number | null;
	score: {
		total: number;
		passed: boolean;
		criteria: Record<string, { level: number; max: number }>;
	};
}

/** What the progress stats need to know of a scenario in the catalog. */
export type ScenarioInfo = Pick<Scenario, 'id' | 'title' | 'difficulty' | 'skills' | 'locale'>;

/**
 * One point of a chart over time: the mean of one or more consecutive scored attempts, so that a
 * long history still draws as a readable number of points.
 */
export interface SeriesPoint {
	/** Positions of the first and last attempt it covers, 1-based, oldest first. */
	from: number;
	to: number;
	/** When the first and last of them were scored (ms since the epoch). */
	start: number;
	end: number;
	/** Mean value, 0–1: a share of the criterion's maximum level, or of the total's 100. */
	value: number;
}

export interface CriterionStats {
	criterion: string;
	/** Scored turns that rated this criterion. */
	turns: number;
	/** Of them, the turns below the criterion's maximum level: where points were lost. */
	belowMax: number;
	belowMaxShare: number;
	/** Mean level as a share of the maximum, 0–1. */
	averageLevel: number;
	/** Mean share of the maximum lost per turn, 0–1. */
	averageLost: number;
	series: SeriesPoint[];
}

/** Support KPIs from the simulations; null when nothing has been measured yet. */
export interface Kpis {
	/** Mean simulated time to reply, over every reply that recorded one. */
	averageResponseMs: number | null;
	/** Shares of finished attempts that ended resolved or escalated. */
	resolutionRate: number | null;
	escalationRate: number | null;
	/** Mean simulated customer satisfaction (1–5) of finished attempts. */
	averageCsat: number | null;
}

export interface ProgressSummary {
	attempts: number;
	done: number;
	inProgress: number;
	scoredTurns: number;
	/** Scored attempts, the number of points the series are drawn from. */
	scoredAttempts: number;
	/** Scenarios of the catalog finished at least once, and how many the catalog has. */
	completed: { ids: string[]; count: number; of: number };
	kpis: Kpis;
	/** Mean total of each attempt's replies over time. */
	total: SeriesPoint[];
	/** Every criterion rated so far, in rubric order (the core five first). */
	criteria: CriterionStats[];
	/** The same criteria, those that most often lose points first. */
	mostLost: CriterionStats[];
}
