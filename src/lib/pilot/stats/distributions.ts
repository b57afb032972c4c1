/*
 * Distribution functions come from stdlib's one-function packages (@stdlib/stats-base-dists-*):
 * maintained, typed, accurate to double precision (the t quantile matches R to the last digit, jStat
 * is off in the 8th), and only the four used here reach the bundle (about 54 kB gzipped, mostly the
 * inverse incomplete beta behind the t quantile). jStat is smaller (18 kB gzipped in all) but one
 * untyped UMD file that cannot be tree-shaken. The same family has the chi-square CDF
 * (@stdlib/stats-base-dists-chisquare-cdf) for when a test needs it.
 */
import normalCdfOf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';
import tCdfOf from '@stdlib/stats-base-dists-t-cdf';
import tQuantileOf from '@stdlib/stats-base-dists-t-quantile';

/** P(T ≤ x) for Student's t with `df` degrees of freedom (df may be fractional, as in Welch). */
export function tCdf(x: number, df: number): number {
	return tCdfOf(x, df);
}

/** The p-quantile of Student's t with `df` degrees of freedom. */
export function tQuantile(p: number, df: number): number {
	return tQuantileOf(p, df);
}

/** P(Z ≤ x) for the standard normal distribution. */
export function normalCdf(x: number): number {
	return normalCdfOf(x, 0, 1);
}

/** The p-quantile of the standard normal distribution. */
export function normalQuantile(p: number): number {
	return normalQuantileOf(p, 0, 1);
}

/** Two-sided p-value of a t statistic: 2 · P(T ≤ −|t|). */
export function tTwoSidedP(t: number, df: number): number {
	return 2 * tCdf(-Math.abs(t), df);
}

/** Two-sided p-value of a z statistic: 2 · Φ(−|z|). */
export function normalTwoSidedP(z: number): number {
	return 2 * normalCdf(-Math.abs(z));
}
