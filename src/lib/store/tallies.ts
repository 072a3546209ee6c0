import { Dexie } from 'dexie';
import type { DojoDb } from './db';
import { same } from './same';
import type { AttemptSummary, CriterionTally, DayTally, ScenarioTally, Tallies } from './types';

// The home and progress pages read a profile's tallies instead of every attempt: a few hundred
// small rows rather than thousands of summaries. Each attempt counts in one scenario tally and,
// once scored, in one day tally; writing an attempt takes out what its stored summary counted and
// counts the new one. `talliesOf` counts them from scratch.

const DAY_MS = 86_400_000;

/** The calendar day of a moment in this browser's time zone, as days since 1970-01-01. */
export function localDay(ms: number): number {
	return Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / DAY_MS);
}

/** A criterion's level as a share of its maximum; a criterion with no levels counts as full. */
function share(level: number, max: number): number {
	return max > 0 ? Math.min(1, Math.max(0, level / max)) : 1;
}

/** An attempt's score: the mean total of its replies, rounded; null before the first reply. */
export function attemptScore(attempt: {
	turns: readonly { score: { total: number } }[];
}): number | null {
	return attempt.turns.length === 0 ? null : Math.round(meanTotal(attempt.turns));
}

/** A reply as the means below read it: its total and its criteria's levels. */
export interface ScoredTurn {
	score: { total: number; criteria: Record<string, { level: number; max: number }> };
}

/**
 * An attempt's point on the progress charts: the mean total of its replies (0–100), and each
 * criterion's mean level as a share of its maximum, over the replies that rated it.
 */
export function attemptMeans(turns: readonly ScoredTurn[]): {
	total: number;
	levels: Map<string, number>;
} {
	const sums = new Map<string, { sum: number; n: number }>();
	for (const turn of turns)
		for (const id in turn.score.criteria) {
			const { level, max } = turn.score.criteria[id]!;
			const mean = sums.get(id) ?? { sum: 0, n: 0 };
			mean.sum += share(level, max);
			mean.n++;
			sums.set(id, mean);
		}
	return {
		total: meanTotal(turns),
		levels: new Map([...sums].map(([id, { sum, n }]) => [id, sum / n]))
	};
}

function meanTotal(turns: readonly { score: { total: number } }[]): number {
	return turns.reduce((sum, turn) => sum + turn.score.total, 0) / turns.length;
}

/** The calendar day of an attempt's last reply (see `localDay`); null before the first. */
export function lastReplyDay(turns: readonly { sentAt: number }[]): number | null {
	const last = turns.at(-1);
	return last ? localDay(last.sentAt) : null;
}

/** Tallies by key while they are being changed. */
export class TallyBook {
	readonly scenarios = new Map<string, ScenarioTally>();
	readonly days = new Map<string, DayTally>();

	static scenarioKey = (t: Pick<ScenarioTally, 'profileId' | 'scenarioId'>) =>
		JSON.stringify([t.profileId, t.scenarioId]);
	static dayKey = (t: Pick<DayTally, 'profileId' | 'day'>) => JSON.stringify([t.profileId, t.day]);

	/** Adds (`sign` 1) or takes away (-1) one attempt's share. */
	count(summary: AttemptSummary, sign: 1 | -1): void {
		const key = TallyBook.scenarioKey(summary);
		const scenario = this.scenarios.get(key) ?? emptyScenario(summary);
		this.scenarios.set(key, scenario);
		countScenario(scenario, summary, sign);
		if (summary.day === null || summary.turns.length === 0) return;
		const dayKey = TallyBook.dayKey({ profileId: summary.profileId, day: summary.day });
		const day = this.days.get(dayKey) ?? emptyDay(summary.profileId, summary.day);
		this.days.set(dayKey, day);
		countDay(day, summary, sign);
	}

	/** The tallies that still count an attempt, and the keys of those that no longer do. */
	split(): {
		scenarios: ScenarioTally[];
		days: DayTally[];
		emptyScenarios: [string, string][];
		emptyDays: [string, number][];
	} {
		const scenarios = [...this.scenarios.values()];
		const days = [...this.days.values()];
		return {
			scenarios: scenarios.filter((t) => t.attempts > 0),
			days: days.filter((t) => t.at.length > 0),
			emptyScenarios: scenarios
				.filter((t) => t.attempts <= 0)
				.map((t) => [t.profileId, t.scenarioId]),
			emptyDays: days.filter((t) => t.at.length === 0).map((t) => [t.profileId, t.day])
		};
	}
}

/** Every profile's tallies summed from scratch: for the migration that adds them, and to check the kept ones. */
export function talliesOf(summaries: Iterable<AttemptSummary>): Tallies {
	const book = new TallyBook();
	for (const summary of summaries) book.count(summary, 1);
	const { scenarios, days } = book.split();
	// In the order the tables keep them, by profile and then scenario or day.
	const by =
		<T>(key: (t: T) => [string, string | number]) =>
		(a: T, b: T) => {
			const [x, y] = [key(a), key(b)];
			return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
		};
	return {
		scenarios: scenarios.sort(by((t) => [t.profileId, t.scenarioId])),
		days: days.sort(by((t) => [t.profileId, t.day]))
	};
}

/**
 * Moves the tallies from the stored summaries (`before`, undefined for a new attempt) to the new
 * ones, inside the caller's transaction.
 */
export async function writeTallies(
	db: DojoDb,
	changes: readonly { before: AttemptSummary | undefined; after: AttemptSummary }[]
): Promise<void> {
	// Saving a draft moves only `updatedAt`: nothing a tally counts, so no tally is written.
	changes = changes.filter((c) => !c.before || !same(counted(c.before), counted(c.after)));
	if (changes.length === 0) return;
	const book = new TallyBook();
	const summaries = changes.flatMap(({ before, after }) => (before ? [before, after] : [after]));
	const scenarioKeys = unique(
		summaries.map((s) => [s.profileId, s.scenarioId] as [string, string])
	);
	const dayKeys = unique(
		summaries.filter((s) => s.day !== null).map((s) => [s.profileId, s.day!] as [string, number])
	);
	const [scenarios, days] = await Promise.all([
		db.scenarioTallies.bulkGet(scenarioKeys),
		db.dayTallies.bulkGet(dayKeys)
	]);
	for (const t of scenarios) if (t) book.scenarios.set(TallyBook.scenarioKey(t), t);
	for (const t of days) if (t) book.days.set(TallyBook.dayKey(t), t);
	for (const { before, after } of changes) {
		if (before) book.count(before, -1);
		book.count(after, 1);
	}
	const result = book.split();
	await Promise.all([
		db.scenarioTallies.bulkPut(result.scenarios),
		db.dayTallies.bulkPut(result.days),
		db.scenarioTallies.bulkDelete(result.emptyScenarios),
		db.dayTallies.bulkDelete(result.emptyDays)
	]);
}

/** One profile's tallies. */
export async function readTallies(db: DojoDb, profileId: string): Promise<Tallies> {
	const [scenarios, days] = await Promise.all([
		db.scenarioTallies
			.where('[profileId+scenarioId]')
			.between([profileId, Dexie.minKey], [profileId, Dexie.maxKey])
			.toArray(),
		db.dayTallies
			.where('[profileId+day]')
			.between([profileId, Dexie.minKey], [profileId, Dexie.maxKey])
			.toArray()
	]);
	return { scenarios, days };
}

/** What the tallies read of a summary. */
function counted({ id: _, startedAt: __, updatedAt: ___, total: ____, ...rest }: AttemptSummary) {
	return rest;
}

function unique<K extends unknown[]>(keys: K[]): K[] {
	return [...new Map(keys.map((k) => [JSON.stringify(k), k])).values()];
}

function emptyScenario(summary: AttemptSummary): ScenarioTally {
	return {
		profileId: summary.profileId,
		scenarioId: summary.scenarioId,
		title: summary.scenarioTitle,
		attempts: 0,
		done: 0,
		scores: {},
		turns: 0,
		responses: 0,
		responseMs: 0,
		finished: 0,
		outcomes: {},
		csat: 0
	};
}

function emptyDay(profileId: string, day: number): DayTally {
	return {
		profileId,
		day,
		at: new Float64Array(0),
		total: new Float64Array(0),
		levels: {},
		criteria: {}
	};
}

function countScenario(t: ScenarioTally, s: AttemptSummary, sign: 1 | -1): void {
	if (sign > 0) t.title = s.scenarioTitle;
	t.attempts += sign;
	if (s.status !== 'in-progress') {
		t.done += sign;
		const score = attemptScore(s);
		if (score !== null) bump(t.scores, String(score), sign);
	}
	t.turns += sign * s.turns.length;
	for (const turn of s.turns) {
		if (turn.responseMs === null) continue;
		t.responses += sign;
		t.responseMs += sign * turn.responseMs;
	}
	if (s.result) {
		t.finished += sign;
		bump(t.outcomes, s.result.outcome, sign);
		t.csat += sign * s.result.csat;
	}
}

function countDay(t: DayTally, s: AttemptSummary, sign: 1 | -1): void {
	for (const turn of s.turns)
		for (const id in turn.score.criteria) {
			const { level, max } = turn.score.criteria[id]!;
			const c = (t.criteria[id] ??= emptyCriterion());
			c.turns += sign;
			if (level < max) c.belowMax += sign;
			c.shares += sign * share(level, max);
			if (c.turns <= 0) delete t.criteria[id];
		}
	const point: Point = { at: s.turns.at(-1)!.sentAt, ...attemptMeans(s.turns) };
	const ids = [...new Set([...Object.keys(t.levels), ...point.levels.keys()])].sort();
	const order = (i: number) => comparePoints(pointAt(t, i, ids), point, ids);
	if (sign < 0) {
		// Attempts with the same point are interchangeable here: any one of them goes.
		let i = 0;
		while (i < t.at.length && order(i) !== 0) i++;
		if (i === t.at.length) return;
		t.at = without(t.at, i);
		t.total = without(t.total, i);
		for (const id in t.levels) {
			const column = without(t.levels[id]!, i);
			if (column.every(Number.isNaN)) delete t.levels[id];
			else t.levels[id] = column;
		}
		return;
	}
	// In order of the last replies, then of the values: counting in any order gives the same row.
	let i = t.at.length;
	while (i > 0 && order(i - 1) > 0) i--;
	const n = t.at.length;
	t.at = inserted(t.at, i, point.at);
	t.total = inserted(t.total, i, point.total);
	for (const id of ids)
		t.levels[id] = inserted(
			t.levels[id] ?? new Float64Array(n).fill(NaN),
			i,
			point.levels.get(id) ?? NaN
		);
}

/** One attempt's values in a day tally: when, its mean total, and its criteria's mean shares. */
interface Point {
	at: number;
	total: number;
	levels: Map<string, number>;
}

function pointAt(t: DayTally, i: number, ids: readonly string[]): Point {
	return {
		at: t.at[i]!,
		total: t.total[i]!,
		levels: new Map(ids.map((id) => [id, t.levels[id]?.[i] ?? NaN]))
	};
}

/** Orders points by time, then by value (NaN first); 0 only for equal points. */
function comparePoints(a: Point, b: Point, ids: readonly string[]): number {
	const rank = (v: number) => (Number.isNaN(v) ? -Infinity : v);
	if (a.at !== b.at) return a.at - b.at;
	if (a.total !== b.total) return a.total - b.total;
	for (const id of ids) {
		const x = rank(a.levels.get(id) ?? NaN);
		const y = rank(b.levels.get(id) ?? NaN);
		if (x !== y) return x < y ? -1 : 1;
	}
	return 0;
}

function inserted(column: Float64Array, i: number, value: number): Float64Array {
	const out = new Float64Array(column.length + 1);
	out.set(column.subarray(0, i));
	out[i] = value;
	out.set(column.subarray(i), i + 1);
	return out;
}

function without(column: Float64Array, i: number): Float64Array {
	const out = new Float64Array(column.length - 1);
	out.set(column.subarray(0, i));
	out.set(column.subarray(i + 1), i);
	return out;
}

function emptyCriterion(): CriterionTally {
	return { turns: 0, belowMax: 0, shares: 0 };
}

function bump(counts: Record<string, number>, key: string, sign: 1 | -1): void {
	const n = (Object.hasOwn(counts, key) ? counts[key]! : 0) + sign;
	// Defined, not assigned: an outcome named "__proto__" is a key like any other.
	if (n > 0)
		Object.defineProperty(counts, key, {
			value: n,
			enumerable: true,
			writable: true,
			configurable: true
		});
	else delete counts[key];
}
