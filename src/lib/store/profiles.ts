import type { DojoDb } from './db';
import { MAX_PROFILE_NAME } from '../limits';
import { storable } from './plain';
import { newId } from './id';
import type { Profile } from './types';

/** Trainees sharing this browser. */
export class ProfileStore {
	constructor(private readonly db: DojoDb) {}

	/** A new profile; the name is trimmed and must be unique in this browser, ignoring case. */
	async create(name: string, now = Date.now()): Promise<Profile> {
		const clean = name.trim();
		if (!clean) throw new Error('A profile needs a name.');
		if (clean.length > MAX_PROFILE_NAME)
			throw new Error(`A profile name has at most ${MAX_PROFILE_NAME} characters.`);
		return this.db.transaction('rw', this.db.profiles, async () => {
			const taken = await this.db.profiles
				.filter((p) => p.name.toLowerCase() === clean.toLowerCase())
				.first();
			if (taken) throw new Error(`There is already a profile named “${taken.name}”.`);
			const profile = storable<Profile>('profiles', { id: newId(), name: clean, createdAt: now });
			await this.db.profiles.add(profile);
			return profile;
		});
	}

	/** Every profile, by name. */
	list(): Promise<Profile[]> {
		return this.db.profiles.orderBy('name').toArray();
	}

	get(id: string): Promise<Profile | undefined> {
		return this.db.profiles.get(id);
	}
}
