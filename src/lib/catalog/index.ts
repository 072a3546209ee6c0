export type { BrokenFile, Catalog } from './types';
export {
	facets,
	FILTER_KEYS,
	filterQuery,
	matches,
	parseFilter,
	type ScenarioFilter
} from './filter';
export { NEW_SCENARIO, scenarioRecords, type ScenarioRecord, type ScenarioStatus } from './status';
export { summarize, type CatalogSummary, type ScenarioSummary } from './summary';
