import type { Rubric } from '../rubric';
import type { Scenario } from '../scenario';
import { storable } from './plain';
import type { DojoDb } from './db';
import type { RubricVersion, ScenarioVersion } from './types';

/** The part of a rubric a score needs to be shown as it was given. */
export function rubricVersionOf(rubric: Rubric): RubricVersion {
	return {
		id: rubric.id,
		version: rubric.version,
		title: rubric.title,
		pass: rubric.pass,
		criteria: rubric.criteria.map((c) => ({
			id: c.id,
			name: c.name,
			weight: c.weight,
			levels: c.levels
		}))
	};
}

export function scenarioVersionOf(scenario: Scenario): ScenarioVersion {
	return {
		id: scenario.id,
		version: scenario.version,
		title: scenario.title,
		locale: scenario.locale,
		channel: scenario.channel,
		customerName: scenario.customer.name
	};
}

/**
 * A stored rubric version in the shape the score view reads. It has no checks: it shows a
 * score, it cannot give one.
 */
export function rubricForDisplay(stored: RubricVersion): Rubric {
	return {
		id: stored.id,
		version: stored.version,
		title: stored.title,
		description: { en: '', ja: '' },
		pass: stored.pass,
		negation: {},
		hedges: {},
		criteria: stored.criteria.map((c) => ({ ...c, base: 0, checks: [] }))
	};
}

/** The rubric and scenario versions the app has run, kept so that old attempts still display. */
export class VersionStore {
	constructor(private readonly db: DojoDb) {}

	/** Records the versions not yet known; known ones are left as they are (same hash, same content). */
	record(rubrics: RubricVersion[], scenarios: ScenarioVersion[]): Promise<void> {
		return this.db.transaction('rw', this.db.rubricVersions, this.db.scenarioVersions, async () => {
			// Each row is checked before anything is written: one that is refused writes none.
			const rubricRows = rubrics.map((row) => storable('rubricVersions', row));
			const scenarioRows = scenarios.map((row) => storable('scenarioVersions', row));
			await putMissing(this.db.rubricVersions, rubricRows);
			await putMissing(this.db.scenarioVersions, scenarioRows);
		});
	}

	rubric(id: string, version: string): Promise<RubricVersion | undefined> {
		return this.db.rubricVersions.get([id, version]);
	}

	scenario(id: string, version: string): Promise<ScenarioVersion | undefined> {
		return this.db.scenarioVersions.get([id, version]);
	}
}

async function putMissing<T extends { id: string; version: string }>(
	table: import('dexie').Table<T, [string, string]>,
	rows: T[]
): Promise<void> {
	const keys = rows.map((r) => [r.id, r.version] as [string, string]);
	const known = await table.bulkGet(keys);
	const missing = rows.filter((_, i) => !known[i]);
	if (missing.length) await table.bulkAdd(missing);
}
