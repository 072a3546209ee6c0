import type { Channel, Locale, Localized } from '../rubric';
import type { Score } from '../scoring';

/** One exchange: the customer's message and the trainee's reply with its score. */
export interface AttemptTurn {
	turnId: string;
	subject: string | null;
	customerMessage: string;
	reply: string;
	score: Score;
	sentAt: number;
	/** Simulated ms between the customer's message and this reply; null for attempts stored before v2. */
	responseMs: number | null;
}

export type AttemptStatus = 'in-progress' | 'done';

/** How the role-play ended: the scenario's ending, its outcome and the simulated CSAT. */
export interface AttemptResult {
	ending: string;
	outcome: string;
	csat: number;
}

/**
 * A trainee's play of one scenario. It keeps the scenario and rubric versions it was scored
 * with, and the score itself, so that it displays as it was even after the files change.
 */
export interface Attempt {
	id: string;
	/** The trainee who played it: everything a trainee sees is per profile. */
	profileId: string;
	scenarioId: string;
	scenarioTitle: string;
	scenarioVersion: string;
	rubricId: string;
	rubricVersion: string;
	status: AttemptStatus;
	startedAt: number;
	updatedAt: number;
	turns: AttemptTurn[];
	/** Total of the last scored turn, for lists; null before the first reply. */
	total: number | null;
	/** The role-play machine's persisted snapshot, to resume exactly where the trainee was. */
	snapshot: unknown;
	/** The reply being written, saved as the trainee types. */
	draft: string;
	result: AttemptResult | null;
	/**
	 * Scores of this attempt's replies under a newer rubric or scenario, added on request. The
	 * original `turns[].score` and `total` are never changed: they are what the trainee saw.
	 */
	rescores?: Rescore[];
}

/**
 * The part of an attempt that lists, catalog cards and progress stats read: no machine snapshot,
 * no reply text, no evidence. Derived from the attempt (`summarizeAttempt`) and stored beside it in
 * the same transaction; never exported, since an import rebuilds it.
 */
export interface AttemptSummary {
	/** The attempt's id. */
	id: string;
	profileId: string;
	scenarioId: string;
	scenarioTitle: string;
	status: AttemptStatus;
	startedAt: number;
	updatedAt: number;
	total: number | null;
	result: AttemptResult | null;
	turns: TurnSummary[];
	/** The calendar day of the last reply in the time zone it was written in (days since 1970-01-01); null before a reply. */
	day: number | null;
}

/** One reply of an attempt, reduced to its time and levels. */
export interface TurnSummary {
	sentAt: number;
	responseMs: number | null;
	score: {
		total: number;
		passed: boolean;
		autoFail: boolean;
		criteria: Record<string, { level: number; max: number }>;
	};
}

/**
 * Counts and sums over one profile's attempts at one scenario, kept in step with the summaries
 * (see tallies.ts) so that cards, filters and KPIs need not read every attempt. Each attempt
 * adds its share; rewriting an attempt takes its old share away first.
 */
export interface ScenarioTally {
	profileId: string;
	scenarioId: string;
	/** The title given by the attempt written last: filters name scenarios no longer in the catalog by it. */
	title: string;
	attempts: number;
	/** Attempts no longer in progress. */
	done: number;
	/** Finished attempts by score (the rounded mean of their replies' totals, see attemptScore): the best is the highest key. */
	scores: Record<string, number>;
	/** Scored replies, and those of them that recorded a response time, with the sum of those times. */
	turns: number;
	responses: number;
	responseMs: number;
	/** Attempts with a result, by outcome, and the sum of their simulated CSAT. */
	finished: number;
	outcomes: Record<string, number>;
	csat: number;
}

/**
 * One profile's scored attempts whose last reply fell on one day: the points of the progress
 * charts, as columns in the order of the last replies (typed arrays: a year of them reads as a
 * few hundred blocks of numbers, not tens of thousands of objects), and the criteria's sums
 * over their replies.
 */
export interface DayTally {
	profileId: string;
	/** Days since 1970-01-01, as `AttemptSummary.day`. */
	day: number;
	/** When each attempt's last reply was scored. */
	at: Float64Array;
	/** The mean total of each one's replies, 0–100. */
	total: Float64Array;
	/** Per criterion, the mean level of each one's replies as a share of the maximum; NaN where not rated. */
	levels: Record<string, Float64Array>;
	criteria: Record<string, CriterionTally>;
}

/** A criterion over every reply counted: how many rated it, were below its maximum, and the sum of their levels as shares of it. */
export interface CriterionTally {
	turns: number;
	belowMax: number;
	shares: number;
}

/** A profile's tallies, read together by the home and progress pages. */
export interface Tallies {
	scenarios: ScenarioTally[];
	/** Oldest first. */
	days: DayTally[];
}

/** The text the history search looks in for one attempt: its title, replies and draft. */
export interface SearchText {
	/** The attempt's id. */
	id: string;
	profileId: string;
	text: string;
}

/** The attempt's replies scored again with the current rubric and scenario. */
export interface Rescore {
	rubricVersion: string;
	scenarioVersion: string;
	at: number;
	/** One score per turn, in the order of `turns`. */
	scores: Score[];
	/** Total of the last turn's score, like `Attempt.total`. */
	total: number;
}

/**
 * What it takes to show a score as it was given: a rubric's names and level descriptors at one
 * version. Recorded whenever the app runs a version, so that attempts outlive rubric edits.
 */
export interface RubricVersion {
	id: string;
	version: string;
	title: Localized;
	pass: number;
	criteria: { id: string; name: Localized; weight: number; levels: Localized[] }[];
}

/** A scenario's identity at one version: what an attempt's page needs when the file is gone. */
export interface ScenarioVersion {
	id: string;
	version: string;
	title: string;
	locale: Locale;
	channel: Channel;
	customerName: string;
}

/** A trainee sharing this browser (a training room has several). */
export interface Profile {
	id: string;
	name: string;
	createdAt: number;
}

/** A reviewer's score change for one criterion of one turn, with the reason for it. */
export interface ReviewOverride {
	criterion: string;
	level: number;
	reason: string;
}

/**
 * A reviewer's feedback on one turn of an attempt: a comment, optionally anchored to a span of
 * the reply (offsets into the reply text) and optionally overriding a criterion's level.
 */
export interface Review {
	id: string;
	attemptId: string;
	turnIndex: number;
	start: number | null;
	end: number | null;
	comment: string;
	override: ReviewOverride | null;
	reviewer: string;
	createdAt: number;
	updatedAt: number;
}

/** Settings kept in this browser, by key. */
export interface Settings {
	/** The profile playing now; null until one is picked or created. */
	currentProfile: string | null;
	/** Hide the live rubric meter while writing; scores show only after sending. */
	examMode: boolean;
	/** When everything was last exported, for the backup reminder. */
	lastBackupAt: number | null;
}

export const DEFAULT_SETTINGS: Settings = {
	currentProfile: null,
	examMode: false,
	lastBackupAt: null
};

export interface SettingRow<K extends keyof Settings = keyof Settings> {
	key: K;
	value: Settings[K];
}
