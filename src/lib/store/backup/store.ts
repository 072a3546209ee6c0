import type { DojoDb } from '../db';
import type { SettingsStore } from '../settings';
import { exportBundle, exportFile, type BundleFile } from './export';
import type { Bundle } from './format';
import { applyImport, planImport, type ImportPlan } from './merge';
import { backupDueSince } from './reminder';

/** Backup files: what the Settings page calls. */
export class BackupStore {
	constructor(
		private readonly db: DojoDb,
		private readonly settings: SettingsStore
	) {}

	/** Everything, recorded as the last backup once written to a file by the caller. */
	exportAll(now = Date.now()): Promise<Bundle> {
		return exportBundle(this.db, {}, now);
	}

	exportAttempts(attemptIds: string[], now = Date.now()): Promise<Bundle> {
		return exportBundle(this.db, { attemptIds }, now);
	}

	/** The same as files, written a chunk at a time: what the Settings page hands to downloads. */
	exportAllFile(now = Date.now()): Promise<BundleFile> {
		return exportFile(this.db, {}, now);
	}

	exportAttemptsFile(attemptIds: string[], now = Date.now()): Promise<BundleFile> {
		return exportFile(this.db, { attemptIds }, now);
	}

	/** Called once an export of everything has been handed to the user as a file. */
	markBackedUp(bundle: Pick<Bundle, 'exportedAt'>): Promise<void> {
		return this.settings.set('lastBackupAt', bundle.exportedAt);
	}

	dryRun(bundle: Bundle): Promise<ImportPlan> {
		return planImport(this.db, bundle);
	}

	import(bundle: Bundle): Promise<ImportPlan> {
		return applyImport(this.db, bundle);
	}

	async dueSince(now = Date.now()): Promise<number | null> {
		return backupDueSince(this.db, await this.settings.get('lastBackupAt'), now);
	}
}
