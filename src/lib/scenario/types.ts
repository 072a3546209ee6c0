import type { Channel, Locale } from '../rubric';
import type { Condition } from './condition';

/** The scenario file format (scenarios/*.md), as validated data. See docs/scenarios.md. */

export const MOODS = ['calm', 'neutral', 'upset', 'angry'] as const;
export type Mood = (typeof MOODS)[number];

export interface Branch {
	/** The condition as written; `null` for the default (`otherwise`) branch. */
	when: string | null;
	/** The condition parsed; `null` for the default branch. */
	condition: Condition | null;
	/** Id of the next turn or ending. */
	to: string;
	line: number;
	column: number;
}

export interface Turn {
	id: string;
	/** Email subject, when the turn gives one. */
	subject: string | null;
	/** The customer's message, Markdown. */
	message: string;
	/** What the customer writes when the response time runs out (`Nudge:` line), if anything. */
	nudge: string | null;
	/** Simulated seconds the customer waits for a reply to this turn (`Response-Time:` line, else the
	 * scenario's `response_time`); 0 = no limit. */
	responseTime: number;
	/** Where to go after a reply, checked in order. Empty: on to the next turn in the file. */
	branches: Branch[];
	line: number;
}

export interface Ending {
	id: string;
	/** The outcome the debrief names: resolved, escalated, abandoned... */
	outcome: string;
	csat: number;
	debrief: string;
	line: number;
}

export interface Scenario {
	id: string;
	file: string;
	title: string;
	summary: string;
	locale: Locale;
	channel: Channel;
	rubric: string;
	difficulty: 1 | 2 | 3;
	skills: string[];
	minutes: number;
	tags: string[];
	exam: boolean;
	customer: { name: string; persona: string; mood: Mood };
	agent: { name: string; role: string; company: string; contact: string[] };
	facts: Record<string, string>;
	/** Simulated seconds the customer waits for each reply before nudging. */
	responseTime: number;
	knowledge: string;
	turns: Turn[];
	endings: Ending[];
	/** Model replies by turn id, written by the trainer. */
	models: Record<string, string>;
	/** Short hash of the file, stored with attempts. */
	version: string;
}
