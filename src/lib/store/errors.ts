/**
 * What went wrong with a write, in the words the app explains to the trainee:
 * - `quota`: the browser has no more space for this site;
 * - `closed`: the connection was closed (another tab upgraded the app, or the browser closed it);
 * - `version`: the database is newer than this page's code (the app was updated in another tab);
 * - `other`: anything else, shown with its own message.
 */
export type StorageProblem = 'quota' | 'closed' | 'version' | 'other';

/** Classifies an error from IndexedDB or Dexie, looking through Dexie's wrapped `inner` errors. */
export function storageProblem(error: unknown): StorageProblem {
	for (
		let e = error as { name?: string; inner?: unknown } | undefined, depth = 0;
		e && depth < 5;
		depth++
	) {
		switch (e.name) {
			case 'QuotaExceededError':
				return 'quota';
			case 'DatabaseClosedError':
			case 'InvalidStateError':
				return 'closed';
			case 'VersionChangeError':
			case 'VersionError':
				return 'version';
		}
		e = e.inner as typeof e;
	}
	return 'other';
}
