import { AttemptStore } from './attempts';
import { DojoDb } from './db';
import { ProfileStore } from './profiles';
import { SettingsStore } from './settings';

export { AttemptStore, type NewAttempt } from './attempts';
export { DB_NAME, DojoDb } from './db';
export { FIRST_PROFILE_NAME } from './migrations';
export { MAX_PROFILE_NAME, ProfileStore } from './profiles';
export { SettingsStore } from './settings';
export {
	DEFAULT_SETTINGS,
	type Attempt,
	type AttemptResult,
	type AttemptStatus,
	type AttemptTurn,
	type Profile,
	type Review,
	type ReviewOverride,
	type Settings
} from './types';

/** The app's stores over one database connection. */
export function openStore(db = new DojoDb()) {
	return {
		db,
		profiles: new ProfileStore(db),
		attempts: new AttemptStore(db),
		settings: new SettingsStore(db)
	};
}

export type Store = ReturnType<typeof openStore>;
