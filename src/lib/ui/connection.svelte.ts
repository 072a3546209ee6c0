import type { Dexie } from 'dexie';
import { storageProblem } from '../store';
import { i18n, type MessageKey } from './i18n.svelte';

/**
 * The database connection as the trainee should know it:
 * - `open`: all is well;
 * - `blocked`: this tab waits to upgrade the database while an older tab keeps it open;
 * - `version`: another tab upgraded the database, this page's code is older (reload);
 * - `closed`: the browser closed the connection; the next write opens it again.
 */
export type ConnectionState = 'open' | 'blocked' | 'version' | 'closed';

const REOPEN_DELAY_MS = 1000;

let state = $state<ConnectionState>('open');

export const connection = {
	get state() {
		return state;
	}
};

export function watchConnection(db: Dexie): void {
	db.on('blocked', () => {
		state = 'blocked';
	});
	db.on('ready', () => {
		state = 'open';
	});
	// Dexie then closes this connection so the other tab can upgrade (returning nothing keeps that).
	db.on('versionchange', () => {
		state = 'version';
	});
	db.on('close', () => {
		if (state !== 'open') return;
		state = 'closed';
		// Closed by the browser, not by an upgrade: open again, and writes waiting to retry succeed.
		setTimeout(() => db.open().catch(() => {}), REOPEN_DELAY_MS);
	});
}

/** What the failed write was doing: keeping the trainee's work, or importing a backup file. */
export type StorageTask = 'save' | 'import';

const MESSAGES: Record<StorageTask, Record<'quota' | 'closed' | 'version', MessageKey>> = {
	save: { quota: 'storageQuota', closed: 'storageClosed', version: 'storageVersion' },
	// An import runs in one transaction: when it fails, nothing of the file was written.
	import: {
		quota: 'backupImportQuota',
		closed: 'backupImportClosed',
		version: 'backupImportVersion'
	}
};

/** What a failed write means for the trainee, in their language. */
export function storageMessage(error: unknown, task: StorageTask = 'save'): string {
	const problem = storageProblem(error);
	if (problem === 'other')
		return `${i18n.t('storageError')} ${(error as Error)?.message ?? String(error)}`;
	return i18n.t(MESSAGES[task][problem]);
}
