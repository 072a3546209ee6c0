import type { Transaction } from 'dexie';
import { upgradeToV2, upgradeToV4, upgradeToV5 } from './migrations';

/** One schema version: the tables it changes (null deletes one) and how old records move over. */
export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version the database has had, oldest first. Never edit a shipped entry: add a new one
 * (see docs/storage.md, "Changing the schema"). Tests open a database at an old version from
 * this list to play the previous code path.
 */
export const SCHEMA: SchemaVersion[] = [
	{ version: 1, stores: { attempts: 'id, scenarioId, status, updatedAt' } },
	// v2: profiles (attempts belong to one), reviews, settings; a response time on each turn.
	{
		version: 2,
		stores: {
			profiles: 'id, name',
			attempts:
				'id, scenarioId, status, updatedAt, profileId, [profileId+updatedAt], [profileId+scenarioId]',
			reviews: 'id, attemptId, updatedAt',
			settings: 'key'
		},
		upgrade: upgradeToV2
	},
	// v3: the rubric and scenario versions attempts were scored with; indexes for a profile's
	// attempts by scenario and by status in date order, and for a turn's reviews.
	{
		version: 3,
		stores: {
			attempts:
				'id, scenarioId, status, updatedAt, profileId, [profileId+updatedAt], [profileId+scenarioId], [profileId+scenarioId+updatedAt], [profileId+status+updatedAt]',
			reviews: 'id, attemptId, updatedAt, [attemptId+turnIndex]',
			rubricVersions: '[id+version]',
			scenarioVersions: '[id+version]'
		}
	},
	// v4: a small summary of each attempt for lists, cards and progress (10,000 full attempts are
	// too heavy to read for a page), and the text the history search looks in, both kept in step
	// with the attempt in every write.
	{
		version: 4,
		stores: {
			summaries:
				'id, scenarioId, updatedAt, profileId, [profileId+updatedAt], [profileId+scenarioId+updatedAt], [profileId+status+updatedAt]',
			searchTexts: 'id, profileId'
		},
		upgrade: upgradeToV4
	},
	// v5: each summary's day, and a profile's tallies per scenario and per day, so that the home
	// and progress pages read a few dozen rows instead of every summary.
	{
		version: 5,
		stores: {
			scenarioTallies: '[profileId+scenarioId]',
			dayTallies: '[profileId+day]'
		},
		upgrade: upgradeToV5
	}
];

export const SCHEMA_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
