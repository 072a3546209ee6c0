import { AttemptStore } from './attempts';
import { BackupStore } from './backup/store';
import { DojoDb } from './db';
import { ProfileStore } from './profiles';
import { ReviewStore } from './reviews';
import { SettingsStore } from './settings';
import { VersionStore } from './versions';

export { AttemptStore, type AttemptQuery, type NewAttempt } from './attempts';
export * from './backup';
export { BackupStore } from './backup/store';
export { DB_NAME, DojoDb, TABLES } from './db';
export { storageProblem, type StorageProblem } from './errors';
export { FIRST_PROFILE_NAME } from './migrations';
export { MAX_PROFILE_NAME } from '../limits';
export { ProfileStore } from './profiles';
export { DraftRescue, type RescuedDraft } from './rescue';
export { ReviewStore, type NewReview, type ReviewChange } from './reviews';
export { SCHEMA, SCHEMA_VERSION } from './schema';
export { SettingsStore } from './settings';
export { searchTextOf, summarizeAttempt } from './summaries';
export { attemptMeans, attemptScore, localDay, talliesOf } from './tallies';
export { rubricForDisplay, rubricVersionOf, scenarioVersionOf, VersionStore } from './versions';
export {
	DEFAULT_SETTINGS,
	type Attempt,
	type AttemptResult,
	type AttemptStatus,
	type AttemptSummary,
	type AttemptTurn,
	type CriterionTally,
	type DayTally,
	type Profile,
	type Rescore,
	type Review,
	type ReviewOverride,
	type RubricVersion,
	type ScenarioTally,
	type ScenarioVersion,
	type SearchText,
	type Settings,
	type Tallies,
	type TurnSummary
} from './types';

/** The app's stores over one database connection. */
export function openStore(db = new DojoDb()) {
	const settings = new SettingsStore(db);
	return {
		db,
		profiles: new ProfileStore(db),
		attempts: new AttemptStore(db),
		reviews: new ReviewStore(db),
		settings,
		versions: new VersionStore(db),
		backup: new BackupStore(db, settings)
	};
}

export type Store = ReturnType<typeof openStore>;
