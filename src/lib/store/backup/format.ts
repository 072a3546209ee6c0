import {
	MAX_CHECKS,
	MAX_CRITERIA,
	MAX_EVIDENCE,
	MAX_KEY,
	MAX_LEVELS,
	MAX_RESCORES,
	MAX_SHORT,
	MAX_TEXT,
	MAX_TURNS
} from '../../limits';
import { CHANNELS, LOCALES } from '../../rubric';
import type { Attempt, Profile, Review, RubricVersion, ScenarioVersion } from '../types';
import {
	boolean,
	json,
	list,
	nullable,
	number,
	object,
	oneOf,
	record,
	text,
	validate,
	type Checker
} from './check';

/** Identifies a Reply Dojo backup file. */
export const BUNDLE_FORMAT = 'reply-dojo-backup';
/** Raised when the bundle's shape changes; a file of another version is refused with a reason. */
export const BUNDLE_VERSION = 1;
/** A file larger than this is refused before it is read. 10,000 attempts export to about 55 MB. */
export const MAX_BUNDLE_BYTES = 150 * 1024 * 1024;
const MAX_ROWS = 1_000_000;

/** One file with everything needed to restore or review attempts elsewhere. See docs/backup.md. */
export interface Bundle {
	format: typeof BUNDLE_FORMAT;
	formatVersion: typeof BUNDLE_VERSION;
	/** The database schema version of the browser that wrote it (for the record). */
	schemaVersion: number;
	exportedAt: number;
	scope: 'everything' | 'selection';
	profiles: Profile[];
	attempts: Attempt[];
	reviews: Review[];
	rubricVersions: RubricVersion[];
	scenarioVersions: ScenarioVersion[];
}

export type BundleTable =
	'profiles' | 'attempts' | 'reviews' | 'rubricVersions' | 'scenarioVersions';
export const BUNDLE_TABLES: BundleTable[] = [
	'profiles',
	'rubricVersions',
	'scenarioVersions',
	'attempts',
	'reviews'
];

const id = text(MAX_SHORT);
const short = text(MAX_SHORT);
const long = text(MAX_TEXT);
const time = number({ min: 0, integer: true });
const localized = object({ en: long, ja: long });
const locale = oneOf(...LOCALES);

const evidence = object(
	{
		start: number({ min: 0, integer: true }),
		end: number({ min: 0, integer: true }),
		text: long,
		check: short,
		effect: number(),
		cap: number(),
		autoFail: boolean,
		void: long,
		message: long
	},
	['cap', 'autoFail', 'void']
);
const missing = object({ check: short, message: long, example: long }, ['example']);
const score = object({
	criteria: record(
		object({
			level: number({ min: 0, integer: true }),
			max: number({ min: 0, integer: true }),
			weight: number(),
			evidence: list(evidence, MAX_EVIDENCE),
			missing: list(missing, MAX_CHECKS)
		}),
		MAX_CRITERIA,
		MAX_KEY
	),
	total: number({ min: 0, max: 100 }),
	autoFail: boolean,
	autoFailReason: nullable(long),
	passed: boolean,
	rubric: object({ id, version: short }),
	locale,
	morphology: boolean
});

const turn = object({
	turnId: short,
	subject: nullable(long),
	customerMessage: long,
	reply: long,
	score,
	sentAt: time,
	responseMs: nullable(number({ min: 0 }))
});

const attempt = object(
	{
		id,
		profileId: id,
		scenarioId: id,
		scenarioTitle: short,
		scenarioVersion: short,
		rubricId: id,
		rubricVersion: short,
		status: oneOf('in-progress', 'done'),
		startedAt: time,
		updatedAt: time,
		turns: list(turn, MAX_TURNS),
		total: nullable(number({ min: 0, max: 100 })),
		snapshot: json(MAX_TEXT),
		draft: long,
		result: nullable(object({ ending: short, outcome: short, csat: number({ min: 0, max: 5 }) })),
		rescores: list(
			object({
				rubricVersion: short,
				scenarioVersion: short,
				at: time,
				scores: list(score, MAX_TURNS),
				total: number({ min: 0, max: 100 })
			}),
			MAX_RESCORES
		)
	},
	['rescores']
);

const review = object({
	id,
	attemptId: id,
	turnIndex: number({ min: 0, integer: true }),
	start: nullable(number({ min: 0, integer: true })),
	end: nullable(number({ min: 0, integer: true })),
	comment: long,
	override: nullable(
		object({ criterion: short, level: number({ min: 0, integer: true }), reason: long })
	),
	reviewer: short,
	createdAt: time,
	updatedAt: time
});

const profile = object({ id, name: short, createdAt: time });

const rubricVersion = object({
	id,
	version: short,
	title: localized,
	pass: number({ min: 0, max: 100 }),
	criteria: list(
		object({ id, name: localized, weight: number(), levels: list(localized, MAX_LEVELS) }),
		MAX_CRITERIA
	)
});

const scenarioVersion = object({
	id,
	version: short,
	title: short,
	locale,
	channel: oneOf(...CHANNELS),
	customerName: short
});

export const bundle: Checker = object({
	format: oneOf(BUNDLE_FORMAT),
	formatVersion: oneOf(BUNDLE_VERSION),
	schemaVersion: number({ min: 1, integer: true }),
	exportedAt: time,
	scope: oneOf('everything', 'selection'),
	profiles: list(profile, MAX_ROWS),
	attempts: list(attempt, MAX_ROWS),
	reviews: list(review, MAX_ROWS),
	rubricVersions: list(rubricVersion, MAX_ROWS),
	scenarioVersions: list(scenarioVersion, MAX_ROWS)
});

const rows: Record<BundleTable, Checker> = {
	profiles: profile,
	attempts: attempt,
	reviews: review,
	rubricVersions: rubricVersion,
	scenarioVersions: scenarioVersion
};

/**
 * Why a row about to be stored could not be imported back from a backup, or null when it could.
 * The store's last guard: what it writes, an export carries and an import accepts.
 */
export function unimportable(table: BundleTable, row: unknown): Error | null {
	const problems = validate(rows[table], asExported(row), table.replace(/s$/, ''));
	if (!problems.length) return null;
	return new Error(
		`Not saved: a backup of it could not be imported again (${problems.slice(0, 3).join('; ')}).`
	);
}

/**
 * A row as a backup file holds it: JSON leaves out fields whose value is undefined (which
 * IndexedDB keeps: a machine snapshot's `error`, a missing example) and turns NaN into null.
 */
export function asExported(row: unknown): unknown {
	return JSON.parse(JSON.stringify(row));
}

/** The key a row is merged by: its id, or id and version for content versions. */
export function rowKey(table: BundleTable, row: { id: string; version?: string }): string {
	return table === 'rubricVersions' || table === 'scenarioVersions'
		? `${row.id}@${row.version}`
		: row.id;
}
