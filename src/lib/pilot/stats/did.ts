import { normalQuantile, normalTwoSidedP, tQuantile, tTwoSidedP } from './distributions';
import { checkedSummary } from './mean';
import { checkCount, checkLevel, type Interval, type SampleSummary } from './types';

/** A difference in differences with its standard error, interval and two-sided p-value. */
export interface DifferenceInDifferences {
	/** Pilot change minus control change; in percentage points for shares. null without data. */
	estimate: number | null;
	se: number | null;
	/** Welch–Satterthwaite degrees of freedom; null for the normal approximation (shares). */
	df: number | null;
	interval: Interval | null;
	/** Two-sided p-value for "no difference"; null when the standard error is 0 or unknown. */
	p: number | null;
	method: 'welch' | 'normal';
	/**
	 * true when the groups and moments were treated as independent samples (aggregated data without
	 * a person link). If the same people were measured twice, the true standard error is usually
	 * smaller, so the interval is conservative (too wide) and the p-value too large.
	 */
	independentSamples: boolean;
}

/**
 * Difference in differences from person-level changes: mean change in the pilot minus mean change
 * in the control group (use `changeSinceBaseline` for each). The two groups are independent
 * samples, so the standard error is Welch's √(s₁²/n₁ + s₂²/n₂) with Welch–Satterthwaite degrees
 * of freedom df = (Σ vᵢ)² / Σ (vᵢ² / (nᵢ − 1)), vᵢ = sᵢ²/nᵢ (Welch 1947, Biometrika 34:28–35;
 * Satterthwaite 1946, Biometrics Bulletin 2:110–114). Interval: estimate ± t(1 − α/2; df) · se;
 * p = 2 · P(T_df ≥ |estimate / se|). This is R's t.test(pilot, control, var.equal = FALSE).
 */
export function differenceInDifferences(
	changePilot: SampleSummary,
	changeControl: SampleSummary,
	level = 0.95
): DifferenceInDifferences {
	return welch([term(1, changePilot), term(-1, changeControl)], level, false);
}

/** Mean, sd and n per meetmoment of one group, from an aggregate file. */
export interface GroupMoments {
	nulmeting: SampleSummary;
	followUp: SampleSummary;
}

/**
 * Difference in differences from aggregated group × moment means (no person link):
 * (pilot follow-up − pilot nulmeting) − (control follow-up − control nulmeting). The four cells
 * are treated as independent samples: variance Σ sᵢ²/nᵢ, Welch–Satterthwaite df for a linear
 * combination of sample variances (Satterthwaite 1946), t interval and p-value as above. With
 * the same people at both moments the positive correlation between their scores is ignored, so the
 * interval is conservative; the result says so with `independentSamples: true`.
 */
export function differenceInDifferencesFromAggregates(
	pilot: GroupMoments,
	control: GroupMoments,
	level = 0.95
): DifferenceInDifferences {
	const terms = [
		term(1, pilot.followUp),
		term(-1, pilot.nulmeting),
		term(-1, control.followUp),
		term(1, control.nulmeting)
	];
	return welch(terms, level, true);
}

/** One aggregated share: percentage (0–100) of n. */
export interface ShareCell {
	n: number;
	percentage: number;
}

/** Share per meetmoment of one group. */
export interface ShareMoments {
	nulmeting: ShareCell;
	followUp: ShareCell;
}

/**
 * Difference in differences of shares in percentage points, by the normal approximation (Wald):
 * D = (p_P1 − p_P0) − (p_C1 − p_C0), Var(D) = Σ pᵢ(1 − pᵢ)/nᵢ over the four independent samples,
 * interval D ± z(1 − α/2) · √Var(D), p = 2 · Φ(−|D| / √Var(D)); the variance of a difference of
 * independent proportions as in Agresti, Categorical Data Analysis (inference for two-way tables). Like
 * the aggregated means it ignores the person link, so `independentSamples` is true. The normal
 * approximation needs roughly nᵢpᵢ ≥ 5 and nᵢ(1 − pᵢ) ≥ 5 in each cell; with person-level 0/1
 * scores prefer `changeSinceBaseline` per group and `differenceInDifferences`.
 */
export function ppDifferenceInDifferences(
	pilot: ShareMoments,
	control: ShareMoments,
	level = 0.95
): DifferenceInDifferences {
	checkLevel(level);
	const cells: [number, ShareCell][] = [
		[1, pilot.followUp],
		[-1, pilot.nulmeting],
		[-1, control.followUp],
		[1, control.nulmeting]
	];
	const result = { ...empty, method: 'normal' as const, independentSamples: true };
	if (cells.some(([, c]) => checkShareCell(c) === 0)) return result;
	const estimate = cells.reduce((sum, [sign, c]) => sum + sign * c.percentage, 0);
	const variance = cells.reduce(
		(sum, [, c]) => sum + (c.percentage * (100 - c.percentage)) / c.n,
		0
	);
	const se = Math.sqrt(variance);
	if (se === 0) return { ...result, estimate, se };
	const half = normalQuantile(1 - (1 - level) / 2) * se;
	const interval = { low: estimate - half, high: estimate + half, level };
	return { ...result, estimate, se, interval, p: normalTwoSidedP(estimate / se) };
}

interface Term {
	sign: number;
	summary: SampleSummary;
}

function term(sign: number, summary: SampleSummary): Term {
	return { sign, summary: checkedSummary(summary) };
}

const empty = { estimate: null, se: null, df: null, interval: null, p: null };

/** Welch / Satterthwaite for Σ signᵢ · meanᵢ of independent samples. */
function welch(terms: Term[], level: number, independentSamples: boolean): DifferenceInDifferences {
	checkLevel(level);
	const base = { ...empty, method: 'welch' as const, independentSamples };
	const known = terms.flatMap(({ sign, summary: { n, mean, sd } }) =>
		n > 0 && mean !== null ? [{ sign, n, mean, sd }] : []
	);
	if (known.length < terms.length) return base;
	const estimate = known.reduce((sum, t) => sum + t.sign * t.mean, 0);
	const parts = known.flatMap(({ n, sd }) => (n > 1 && sd !== null ? [{ v: sd ** 2 / n, n }] : []));
	if (parts.length < known.length) return { ...base, estimate };
	const variance = parts.reduce((sum, x) => sum + x.v, 0);
	const se = Math.sqrt(variance);
	if (se === 0) return { ...base, estimate, se };
	const df = variance ** 2 / parts.reduce((sum, x) => sum + x.v ** 2 / (x.n - 1), 0);
	const half = tQuantile(1 - (1 - level) / 2, df) * se;
	const interval = { low: estimate - half, high: estimate + half, level };
	return { ...base, estimate, se, df, interval, p: tTwoSidedP(estimate / se, df) };
}

/** Validates an aggregated share and returns its n. */
function checkShareCell(c: ShareCell): number {
	checkCount('n', c.n);
	if (!(c.percentage >= 0 && c.percentage <= 100))
		throw new RangeError(`percentage must lie in [0, 100], got ${c.percentage}`);
	return c.n;
}
