export { parseDuration, parseScenario, type ParseOptions, type ScenarioParse } from './parse';
export {
	evaluate,
	formatCondition,
	parseCondition,
	type Clause,
	type Condition,
	type ConditionInput,
	type Op
} from './condition';
export {
	ANGERING_TOTAL,
	CALMING_TOTAL,
	compileScenario,
	currentEnding,
	currentTurn,
	finalCsat,
	mentionsFact,
	moodAfter,
	shiftMood,
	type AttemptActor,
	type AttemptContext,
	type AttemptEvent,
	type AttemptMachine,
	type AttemptOutput,
	type AttemptSnapshot,
	type ReplyEvent,
	type ResumeEvent,
	type TranscriptEntry
} from './machine';
export { END, successors } from './graph';
export {
	replayTurns,
	restoreSnapshot,
	type RestorableSnapshot,
	type SnapshotCheck,
	type StoredReply
} from './restore';
export { scoringContext } from './context';
export * from './types';
