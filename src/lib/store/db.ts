import { Dexie, type EntityTable } from 'dexie';
import type { Attempt } from './types';

export const DB_NAME = 'reply-dojo';

/** The IndexedDB schema. Every change is a new `version()` with an upgrade: see docs/storage.md. */
export class DojoDb extends Dexie {
	attempts!: EntityTable<Attempt, 'id'>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			attempts: 'id, scenarioId, status, updatedAt'
		});
	}
}
