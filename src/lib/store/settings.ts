import { plainData } from './plain';
import type { DojoDb } from './db';
import { DEFAULT_SETTINGS, type Settings } from './types';

/** Settings kept in this browser; a key never set reads as its default. */
export class SettingsStore {
	constructor(private readonly db: DojoDb) {}

	async get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
		const row = await this.db.settings.get(key);
		return row ? (row.value as Settings[K]) : DEFAULT_SETTINGS[key];
	}

	async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		await this.db.settings.put({ key, value: plainData(value, key) });
	}
}
