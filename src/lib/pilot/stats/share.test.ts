import { describe, expect, it } from 'vitest';
import { shareDifference, shareInterval } from './share';
import { expectNear, expectNoNaN } from './testing';

describe('shareInterval', () => {
	// Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
	// seven methods", Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score, no
	// continuity correction). Published to 4 decimals as proportions, so ±0.00005 → ±0.005 pp.
	it.each([
		{ x: 81, n: 263, low: 25.53, high: 36.62 },
		{ x: 15, n: 148, low: 6.24, high: 16.05 },
		{ x: 0, n: 20, low: 0, high: 16.11 },
		{ x: 1, n: 29, low: 0.61, high: 17.18 }
	])('shareInterval($x, $n) matches Newcombe 1998 Table I', ({ x, n, low, high }) => {
		const s = shareInterval(x, n);
		expectNear(s.percentage, (100 * x) / n, 1e-12);
		expectNear(s.interval!.low, low, 0.0051);
		expectNear(s.interval!.high, high, 0.0051);
		expect(s.interval!.level).toBe(0.95);
	});

	it('stays within 0–100 at the extremes', () => {
		const all = shareInterval(10, 10);
		expect(all.interval!.high).toBeLessThanOrEqual(100);
		expectNear(all.interval!.high, 100, 1e-9);
		expectNear(all.interval!.low, 72.25, 0.0051); // mirror of 0/10: upper 27.75 (Newcombe 1998)
	});

	it('gives no percentage for n = 0', () => {
		const s = shareInterval(0, 0);
		expect(s).toEqual({ n: 0, successes: 0, percentage: null, interval: null });
		expectNoNaN(s);
	});

	it.each([
		{ successes: 5, n: 4 },
		{ successes: -1, n: 4 },
		{ successes: 1.5, n: 4 }
	])('throws on $successes of $n', ({ successes, n }) => {
		expect(() => shareInterval(successes, n)).toThrow(RangeError);
	});
});

describe('shareDifference', () => {
	// Newcombe RG (1998), "Interval estimation for the difference between independent proportions:
	// comparison of eleven methods", Statistics in Medicine 17:873–890, Table II, method 10 (score
	// method, no continuity correction), published to 4 decimals as proportions.
	it.each([
		{ a: [56, 70], b: [48, 80], difference: 20, low: 5.24, high: 33.39 },
		{ a: [9, 10], b: [3, 10], difference: 60, low: 17.05, high: 80.9 },
		{ a: [5, 56], b: [0, 29], difference: 8.93, low: -3.81, high: 19.26 },
		{ a: [0, 10], b: [0, 20], difference: 0, low: -16.11, high: 27.75 },
		{ a: [0, 10], b: [0, 10], difference: 0, low: -27.75, high: 27.75 },
		{ a: [10, 10], b: [0, 20], difference: 100, low: 67.91, high: 100 }
	])('$a.0/$a.1 − $b.0/$b.1 matches Newcombe 1998 Table II', ({ a, b, difference, low, high }) => {
		const d = shareDifference({ successes: a[0]!, n: a[1]! }, { successes: b[0]!, n: b[1]! });
		expectNear(d.difference, difference, 0.005);
		expectNear(d.interval!.low, low, 0.0051);
		expectNear(d.interval!.high, high, 0.0051);
		expect(d.interval!.high).toBeLessThanOrEqual(100);
	});

	it('is antisymmetric: b − a mirrors a − b', () => {
		const ab = shareDifference({ successes: 56, n: 70 }, { successes: 48, n: 80 });
		const ba = shareDifference({ successes: 48, n: 80 }, { successes: 56, n: 70 });
		expect(ba.difference).toBeCloseTo(-ab.difference!, 12);
		expect(ba.interval!.low).toBeCloseTo(-ab.interval!.high, 12);
		expect(ba.interval!.high).toBeCloseTo(-ab.interval!.low, 12);
	});

	it('gives nothing when a group is empty', () => {
		const d = shareDifference({ successes: 0, n: 0 }, { successes: 3, n: 10 });
		expect(d).toEqual({ difference: null, interval: null });
		expectNoNaN(d);
	});
});
