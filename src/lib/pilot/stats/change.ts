import { meanInterval, summarise, type MeanEstimate, type Observation } from './mean';
import type { SampleSummary } from './types';

/** One participant's score at the nulmeting and at the later meetmoment being compared. */
export interface ScorePair {
	nulmeting: Observation;
	/** The later meetmoment: tussenmeting, eindmeting or follow-up. */
	followUp: Observation;
}

/** Mean within-person change with its t interval, and both moments for the same people. */
export interface ChangeEstimate extends MeanEstimate {
	/** Scores at the nulmeting of the participants with both scores. */
	nulmeting: SampleSummary;
	/** Scores at the later meetmoment of the same participants. */
	followUp: SampleSummary;
}

/**
 * Within-person change, follow-up minus nulmeting, for the participants measured at both moments
 * (others are left out: a complete-case analysis). The mean change gets a paired t interval:
 * d̄ ± t(1 − α/2; n − 1) · s_d/√n, with d the individual changes (Student 1908; the paired t
 * interval as in Altman et al., Statistics with Confidence, 2nd ed., chapter "Means and their
 * differences").
 */
export function changeSinceBaseline(pairs: readonly ScorePair[], level = 0.95): ChangeEstimate {
	const complete = pairs.filter((p) => isObserved(p.nulmeting) && isObserved(p.followUp)) as {
		nulmeting: number;
		followUp: number;
	}[];
	return {
		...meanInterval(
			complete.map((p) => p.followUp - p.nulmeting),
			level
		),
		nulmeting: summarise(complete.map((p) => p.nulmeting)),
		followUp: summarise(complete.map((p) => p.followUp))
	};
}

function isObserved(v: Observation): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}
