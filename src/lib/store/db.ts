import { Dexie, type EntityTable, type Table } from 'dexie';
import { SCHEMA, type SchemaVersion } from './schema';
import type {
	Attempt,
	AttemptSummary,
	DayTally,
	Profile,
	Review,
	RubricVersion,
	ScenarioTally,
	ScenarioVersion,
	SearchText,
	SettingRow
} from './types';

export const DB_NAME = 'reply-dojo';

/** Declares the schema versions on a Dexie instance, each with its upgrade. */
export function declareSchema(db: Dexie, versions: SchemaVersion[] = SCHEMA): void {
	for (const { version, stores, upgrade } of versions) {
		const declared = db.version(version).stores(stores);
		if (upgrade) declared.upgrade(upgrade);
	}
}

/** The IndexedDB schema. Every change is a new entry in SCHEMA with an upgrade: see docs/storage.md. */
export class DojoDb extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	attempts!: EntityTable<Attempt, 'id'>;
	reviews!: EntityTable<Review, 'id'>;
	settings!: Table<SettingRow, string>;
	rubricVersions!: Table<RubricVersion, [string, string]>;
	scenarioVersions!: Table<ScenarioVersion, [string, string]>;
	/** Derived from `attempts`, written with them: see summaries.ts. */
	summaries!: EntityTable<AttemptSummary, 'id'>;
	searchTexts!: EntityTable<SearchText, 'id'>;
	scenarioTallies!: Table<ScenarioTally, [string, string]>;
	dayTallies!: Table<DayTally, [string, number]>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		declareSchema(this);
	}
}

/** Every table, for transactions that must see or change all of them at once (import). */
export const TABLES = [
	'profiles',
	'attempts',
	'reviews',
	'settings',
	'rubricVersions',
	'scenarioVersions',
	'summaries',
	'searchTexts',
	'scenarioTallies',
	'dayTallies'
] as const;
