import { deviation, mean as meanOf } from 'd3-array';
import { tQuantile } from './distributions';
import { checkCount, checkLevel, type Interval, type SampleSummary } from './types';

/** A mean with its t interval. Every field that cannot be computed is null, never NaN. */
export interface MeanEstimate extends SampleSummary {
	/** Standard error s/√n; null when sd is null. */
	se: number | null;
	/** Degrees of freedom n − 1 of the interval; null without an interval. */
	df: number | null;
	interval: Interval | null;
}

/** A measured value: null, undefined and non-finite numbers count as missing (never as 0). */
export type Observation = number | null | undefined;

/**
 * n, mean and sample standard deviation (divisor n − 1) of the observed values; missing values are
 * left out. d3-array's `mean` and `deviation` skip null, undefined and NaN; infinities are dropped
 * here first.
 */
export function summarise(values: readonly Observation[]): SampleSummary {
	const observed = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	return {
		n: observed.length,
		mean: meanOf(observed) ?? null,
		sd: deviation(observed) ?? null
	};
}

/**
 * Mean with its Student t interval: x̄ ± t(1 − α/2; n − 1) · s/√n, with s the sample standard
 * deviation (divisor n − 1). Source: Student (1908), "The probable error of a mean", Biometrika
 * 6:1–25; as in Altman et al. (eds.), Statistics with Confidence, 2nd ed. (BMJ Books, 2000),
 * chapter "Means and their differences".
 * Accepts raw values (missing ones left out) or a summary {n, mean, sd}, e.g. from an aggregate
 * file. With n < 2, or no sd, there is no interval; with n = 0 no mean either.
 */
export function meanInterval(
	input: readonly Observation[] | SampleSummary,
	level = 0.95
): MeanEstimate {
	checkLevel(level);
	const s = isSummary(input) ? checkedSummary(input) : summarise(input);
	const mean = s.n > 0 ? s.mean : null;
	const sd = s.n > 1 ? s.sd : null;
	if (mean === null || sd === null)
		return { n: s.n, mean, sd: null, se: null, df: null, interval: null };
	const se = sd / Math.sqrt(s.n);
	const df = s.n - 1;
	const half = tQuantile(1 - (1 - level) / 2, df) * se;
	return { n: s.n, mean, sd, se, df, interval: { low: mean - half, high: mean + half, level } };
}

function isSummary(input: readonly Observation[] | SampleSummary): input is SampleSummary {
	return !Array.isArray(input);
}

/** Rejects impossible summaries (programmer errors) and turns non-finite numbers into null. */
export function checkedSummary(s: SampleSummary): SampleSummary {
	checkCount('n', s.n);
	const finite = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);
	const sd = finite(s.sd);
	if (sd !== null && sd < 0) throw new RangeError(`sd must be ≥ 0, got ${sd}`);
	return { n: s.n, mean: finite(s.mean), sd };
}
