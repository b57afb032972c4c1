import { checkedSummary } from './mean';
import type { SampleSummary } from './types';

/**
 * Pooled standard deviation of two samples: √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2))
 * (Cohen, Statistical Power Analysis for the Behavioral Sciences, 2nd ed., 1988).
 * null when a group lacks an sd (n < 2).
 */
export function pooledSd(a: SampleSummary, b: SampleSummary): number | null {
	const [x, y] = [checkedSummary(a), checkedSummary(b)];
	if (x.sd === null || y.sd === null || x.n < 2 || y.n < 2) return null;
	return Math.sqrt(((x.n - 1) * x.sd ** 2 + (y.n - 1) * y.sd ** 2) / (x.n + y.n - 2));
}

/**
 * Standardised effect of a difference in differences: d = DiD / pooled SD of the nulmeting scores
 * of pilot and control. Morris (2008), "Estimating effect sizes from pretest-posttest-control group
 * designs", Organizational Research Methods 11:364–386, recommends this d_ppc2: the pretest SD is
 * not yet affected by the intervention, and pooling both groups' nulmetingen gives the most stable
 * estimate of the spread in the population. Without Morris's small-sample correction
 * c_p = 1 − 3 / (4(n₁ + n₂ − 2) − 1), which is above 0.98 from 20 per group. null when the pooled
 * SD is unknown or 0.
 */
export function cohensD(
	differenceInDifferences: number | null,
	nulmetingPilot: SampleSummary,
	nulmetingControl: SampleSummary
): number | null {
	const sd = pooledSd(nulmetingPilot, nulmetingControl);
	if (differenceInDifferences === null || !Number.isFinite(differenceInDifferences)) return null;
	if (sd === null || sd === 0) return null;
	return differenceInDifferences / sd;
}
