import type { Score } from '../scoring';

/** One exchange: the customer's message and the trainee's reply with its score. */
export interface AttemptTurn {
	turnId: string;
	subject: string | null;
	customerMessage: string;
	reply: string;
	score: Score;
	sentAt: number;
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
}
