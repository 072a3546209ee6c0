export {
	foldText,
	History,
	historyOptions,
	type HistoryOptions,
	type HistoryQuery
} from './history';
export {
	RECENT_ATTEMPTS,
	SUGGESTION_WINDOW,
	suggestNext,
	type DifficultyStep,
	type Suggestion,
	type SuggestionReason
} from './suggest';
export { MAX_POINTS } from './series';
export { summarize } from './summary';
export type {
	CriterionStats,
	Kpis,
	ProgressAttempt,
	ProgressSummary,
	ProgressTurn,
	ScenarioInfo,
	SeriesPoint
} from './types';
export { durationParts, type DurationParts } from './duration';
