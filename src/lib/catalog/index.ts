export type { BrokenFile, Catalog } from './types';
export {
	facets,
	FILTER_KEYS,
	filterQuery,
	matches,
	parseFilter,
	type ScenarioFilter
} from './filter';
export {
	attemptScore,
	NEW_SCENARIO,
	scenarioRecords,
	type AttemptRecord,
	type ScenarioRecord,
	type ScenarioStatus
} from './status';
export { summarize, type CatalogSummary, type ScenarioSummary } from './summary';
