export type { Interval, SampleSummary } from './types';
export { tCdf, tQuantile, normalCdf, normalQuantile } from './distributions';
export { meanInterval, summarise, type MeanEstimate, type Observation } from './mean';
export {
	shareInterval,
	shareDifference,
	type ShareCount,
	type ShareDifference,
	type ShareEstimate
} from './share';
export { changeSinceBaseline, type ChangeEstimate, type ScorePair } from './change';
export {
	differenceInDifferences,
	differenceInDifferencesFromAggregates,
	ppDifferenceInDifferences,
	type DifferenceInDifferences,
	type GroupMoments,
	type ShareCell,
	type ShareMoments
} from './did';
export { cohensD, pooledSd } from './effect-size';
export {
	kaplanMeier,
	monthOf,
	type ExitRecord,
	type SurvivalCurve,
	type SurvivalRow
} from './kaplan-meier';
export {
	givesAway,
	suppress,
	suppressList,
	type CountTable,
	type HiddenReason,
	type SuppressedCell,
	type SuppressedTable
} from './suppress';
