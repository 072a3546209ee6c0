import type { DojoDb } from '../db';

export const BACKUP_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * When the oldest change not in a backup was made, if it is older than a week: the moment to
 * remind the user to back up. Null when everything is backed up or recent enough.
 */
export async function backupDueSince(
	db: DojoDb,
	lastBackupAt: number | null,
	now = Date.now()
): Promise<number | null> {
	const since = lastBackupAt ?? -1;
	const oldest = await Promise.all([
		db.attempts.where('updatedAt').above(since).first(),
		db.reviews.where('updatedAt').above(since).first()
	]);
	const times = oldest.filter((row) => row !== undefined).map((row) => row.updatedAt);
	if (!times.length) return null;
	const first = Math.min(...times);
	return now - first > BACKUP_REMINDER_AFTER_MS ? first : null;
}
