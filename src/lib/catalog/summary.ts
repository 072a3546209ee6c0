import type { Localized } from '../rubric';
import type { Scenario } from '../scenario';
import type { BrokenFile, Catalog } from './types';

/** What the catalog page shows of a scenario: its card, without the conversation itself. */
export type ScenarioSummary = Pick<
	Scenario,
	| 'id'
	| 'title'
	| 'summary'
	| 'locale'
	| 'channel'
	| 'rubric'
	| 'difficulty'
	| 'skills'
	| 'minutes'
	| 'tags'
	| 'exam'
	| 'version'
>;

/**
 * The catalog as the home page needs it. The full catalog (every turn, knowledge base, model
 * reply and rubric check) grows with every scenario a trainer adds; the first page loads only this.
 */
export interface CatalogSummary {
	scenarios: ScenarioSummary[];
	/** Every criterion of every rubric, by id, with its name: skills are criterion ids. */
	criteria: Record<string, Localized>;
	broken: BrokenFile[];
}

export function summarize(catalog: Catalog): CatalogSummary {
	const criteria: Record<string, Localized> = {};
	for (const rubric of catalog.rubrics)
		for (const criterion of rubric.criteria) criteria[criterion.id] ??= criterion.name;
	return {
		scenarios: catalog.scenarios.map((s) => ({
			id: s.id,
			title: s.title,
			summary: s.summary,
			locale: s.locale,
			channel: s.channel,
			rubric: s.rubric,
			difficulty: s.difficulty,
			skills: s.skills,
			minutes: s.minutes,
			tags: s.tags,
			exam: s.exam,
			version: s.version
		})),
		criteria,
		broken: catalog.broken
	};
}
