import type { DojoDb } from '../db';
import { SCHEMA_VERSION } from '../schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './format';

/**
 * Everything in this browser, or the chosen attempts with what they need to display elsewhere
 * (their profiles, reviews, and rubric and scenario versions). Settings stay behind: they belong
 * to this browser. Read in one transaction, so the file is one consistent moment.
 */
export function exportBundle(
	db: DojoDb,
	{ attemptIds }: { attemptIds?: string[] } = {},
	now = Date.now()
): Promise<Bundle> {
	const tables = [db.profiles, db.attempts, db.reviews, db.rubricVersions, db.scenarioVersions];
	return db.transaction('r', tables, async () => {
		const base = {
			format: BUNDLE_FORMAT,
			formatVersion: BUNDLE_VERSION,
			schemaVersion: SCHEMA_VERSION,
			exportedAt: now
		} as const;
		if (!attemptIds)
			return {
				...base,
				scope: 'everything',
				profiles: await db.profiles.toArray(),
				attempts: await db.attempts.toArray(),
				reviews: await db.reviews.toArray(),
				rubricVersions: await db.rubricVersions.toArray(),
				scenarioVersions: await db.scenarioVersions.toArray()
			};
		const attempts = (await db.attempts.bulkGet(attemptIds)).filter((a) => a !== undefined);
		const profileIds = [...new Set(attempts.map((a) => a.profileId))];
		const rubricKeys = unique(attempts.map((a) => [a.rubricId, a.rubricVersion]));
		const scenarioKeys = unique(attempts.map((a) => [a.scenarioId, a.scenarioVersion]));
		return {
			...base,
			scope: 'selection',
			profiles: (await db.profiles.bulkGet(profileIds)).filter((p) => p !== undefined),
			attempts,
			reviews: await db.reviews
				.where('attemptId')
				.anyOf(attempts.map((a) => a.id))
				.toArray(),
			rubricVersions: (await db.rubricVersions.bulkGet(rubricKeys)).filter((r) => r !== undefined),
			scenarioVersions: (await db.scenarioVersions.bulkGet(scenarioKeys)).filter(
				(s) => s !== undefined
			)
		};
	});
}

function unique(keys: string[][]): [string, string][] {
	const seen = new Map(keys.map((k) => [k.join('\u0000'), k as [string, string]]));
	return [...seen.values()];
}

/** The bundle as the text of a file. */
export function serializeBundle(bundle: Bundle): string {
	return JSON.stringify(bundle);
}

/** A file name that sorts by date: reply-dojo-backup-2025-03-14.json. */
export function bundleFileName(bundle: Bundle): string {
	const day = new Date(bundle.exportedAt).toISOString().slice(0, 10);
	return `reply-dojo-${bundle.scope === 'everything' ? 'backup' : 'attempts'}-${day}.json`;
}
