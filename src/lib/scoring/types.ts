import type { Channel, Locale } from '../rubric';

/** What the scorer knows of the scenario a reply answers. */
export interface ScoringContext {
	locale: Locale;
	channel: Channel;
	/** The customer's name, and the message being answered (for replies that take up its words). */
	customer: { name: string; message?: string };
	agent: { name: string; role?: string; company: string; contact?: string[] };
	/** Scenario facts the reply should use (order_id, eta, status_url, ...), as text. */
	facts: Record<string, string>;
}

/** Words in the reply that earned or lost points, as a span of the original text. */
export interface Evidence {
	start: number;
	end: number;
	text: string;
	/** Id of the rubric check that found it. */
	check: string;
	/** Points this span added (positive) or took (negative); 0 when it did not count. */
	effect: number;
	/** Level the criterion is capped at because of this span. */
	cap?: number;
	autoFail?: boolean;
	/** Why it did not count (negated, voided by another check, a requirement not met). */
	void?: string;
	message: string;
}

/** A check that would have earned points but found nothing. */
export interface Missing {
	check: string;
	message: string;
	example?: string;
}

export interface CriterionScore {
	level: number;
	max: number;
	weight: number;
	evidence: Evidence[];
	missing: Missing[];
}

export interface Score {
	criteria: Record<string, CriterionScore>;
	/** Weighted total, 0–100; 0 when the attempt auto-failed. */
	total: number;
	autoFail: boolean;
	autoFailReason: string | null;
	passed: boolean;
	rubric: { id: string; version: string };
	locale: Locale;
	/** Whether the tokenizer tier's checks (keigo morphology) were part of this score. */
	morphology: boolean;
}
