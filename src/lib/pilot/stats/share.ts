import { intervalOf } from '$lib/explore/compare';
import { checkCount, type Interval } from './types';

/** A share as a percentage (0–100) with its 95% Wilson interval, also in percent. */
export interface ShareEstimate {
	n: number;
	successes: number;
	/** null when n = 0. */
	percentage: number | null;
	interval: Interval | null;
}

/** Counts of one group: how many of n have the outcome. */
export interface ShareCount {
	successes: number;
	n: number;
}

/**
 * Share with its 95% Wilson score interval (Wilson 1927, JASA 22:209–212; Newcombe 1998, Stat Med
 * 17:857–872, method 3). The formula lives in explore/compare.ts (`intervalOf`), which the
 * wijk comparisons use too; this only turns counts into its percentage input.
 */
export function shareInterval(successes: number, n: number): ShareEstimate {
	checkShare({ successes, n });
	if (n === 0) return { n, successes, percentage: null, interval: null };
	const percentage = (100 * successes) / n;
	const wilson = intervalOf({ value: percentage, low: null, high: null, n }, '%');
	const interval = wilson && {
		low: clamp(wilson.low, 0),
		high: clamp(wilson.high, 0),
		level: 0.95
	};
	return { n, successes, percentage, interval };
}

/** A difference of two shares in percentage points, with its interval in percentage points. */
export interface ShareDifference {
	difference: number | null;
	interval: Interval | null;
}

/**
 * Difference a − b of two independent shares in percentage points with Newcombe's hybrid score
 * interval (Newcombe 1998, "Interval estimation for the difference between independent
 * proportions", Stat Med 17:873–890, method 10): with Wilson limits (l₁, u₁) for a and (l₂, u₂)
 * for b, the 95% interval is
 *   D − √((p₁ − l₁)² + (u₂ − p₂)²)  to  D + √((u₁ − p₁)² + (p₂ − l₂)²).
 * Unlike the Wald interval it stays inside [−100, 100] and behaves well for shares near 0 or 100.
 */
export function shareDifference(a: ShareCount, b: ShareCount): ShareDifference {
	const first = shareInterval(a.successes, a.n);
	const second = shareInterval(b.successes, b.n);
	if (first.percentage === null || second.percentage === null)
		return { difference: null, interval: null };
	const difference = first.percentage - second.percentage;
	if (first.interval === null || second.interval === null) return { difference, interval: null };
	const [p1, l1, u1] = [first.percentage, first.interval.low, first.interval.high];
	const [p2, l2, u2] = [second.percentage, second.interval.low, second.interval.high];
	const low = clamp(difference - Math.hypot(p1 - l1, u2 - p2), -100);
	const high = clamp(difference + Math.hypot(u1 - p1, p2 - l2), -100);
	return { difference, interval: { low, high, level: 0.95 } };
}

/** Keeps a bound within [min, 100]: rounding can put a limit at 100.00000000000001. */
function clamp(x: number, min: number): number {
	return Math.min(100, Math.max(min, x));
}

function checkShare({ successes, n }: ShareCount): void {
	checkCount('n', n);
	checkCount('successes', successes);
	if (successes > n) throw new RangeError(`successes (${successes}) exceed n (${n})`);
}
