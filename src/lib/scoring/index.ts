export { scoreReply, type ScoreOptions } from './score';
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
	fitCriterion,
	fitLevel,
	fitRow,
	fittedChecks,
	MIN_FACTOR,
	type CriterionFit,
	type FitRow
} from './fit';
