import { AttemptStore } from './attempts';
import { DojoDb } from './db';

export { AttemptStore, type NewAttempt } from './attempts';
export { DB_NAME, DojoDb } from './db';
export type { Attempt, AttemptResult, AttemptStatus, AttemptTurn } from './types';

/** The app's stores over one database connection. */
export function openStore(db = new DojoDb()) {
	return { db, attempts: new AttemptStore(db) };
}

export type Store = ReturnType<typeof openStore>;
