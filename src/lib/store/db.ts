import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Attempt, Profile, Review, SettingRow } from './types';
import { upgradeToV2 } from './migrations';

export const DB_NAME = 'reply-dojo';

/** The IndexedDB schema. Every change is a new `version()` with an upgrade: see docs/storage.md. */
export class DojoDb extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	attempts!: EntityTable<Attempt, 'id'>;
	reviews!: EntityTable<Review, 'id'>;
	settings!: Table<SettingRow, string>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			attempts: 'id, scenarioId, status, updatedAt'
		});
		// v2: profiles (attempts belong to one), reviews, settings; a response time on each turn.
		this.version(2)
			.stores({
				profiles: 'id, name',
				attempts:
					'id, scenarioId, status, updatedAt, profileId, [profileId+updatedAt], [profileId+scenarioId]',
				reviews: 'id, attemptId, updatedAt',
				settings: 'key'
			})
			.upgrade(upgradeToV2);
	}
}
