import type { Profile } from '../store';
import { FIRST_PROFILE_NAME } from '../store';
import { getStore } from './store';

let current = $state<Profile | null>(null);
let loading: Promise<Profile> | null = null;

/**
 * The trainee playing in this browser. A browser used by one trainee never has to create a
 * profile: the first visit makes one, and a training room adds and switches profiles.
 */
export const profile = {
	get current() {
		return current;
	},
	/** The current profile, created on first use. */
	load(): Promise<Profile> {
		if (current) return Promise.resolve(current);
		loading ??= pick().finally(() => (loading = null));
		return loading;
	},
	async switchTo(id: string): Promise<void> {
		const store = getStore();
		const found = await store.profiles.get(id);
		if (!found) throw new Error(`No profile with id ${id}`);
		await store.settings.set('currentProfile', id);
		current = found;
	},
	async create(name: string): Promise<Profile> {
		const created = await getStore().profiles.create(name);
		await profile.switchTo(created.id);
		return created;
	}
};

async function pick(): Promise<Profile> {
	const store = getStore();
	const id = await store.settings.get('currentProfile');
	const chosen =
		(id && (await store.profiles.get(id))) ||
		(await store.profiles.list())[0] ||
		(await store.profiles.create(FIRST_PROFILE_NAME));
	if (chosen.id !== id) await store.settings.set('currentProfile', chosen.id);
	current = chosen;
	return chosen;
}
