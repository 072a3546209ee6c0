export { scoreReply, weightedTotal, type ScoreOptions } from './score';
export {
	agreement,
	failAgreement,
	qwkInterval,
	type Agreement,
	type FailAgreement
} from './agreement';
export { detectLocale } from './text';
export { MAX_REPLY, replyTooLong } from './limits';
export type { CriterionScore, Evidence, Missing, Score, ScoringContext } from './types';
export {
	columnName,
	fitColumns,
	fitCriterion,
	fitLevel,
	fitRow,
	keepsCap,
	MIN_FACTOR,
	type CriterionFit,
	type FitColumn,
	type FitRow
} from './fit';
