import { describe, expect, it } from 'vitest';
import { meanInterval, summarise } from './mean';
import { expectNear, expectNoNaN } from './testing';

// Student's sleep data (Cushny & Peebles 1905, as in Student 1908 and R's `sleep`): extra hours of
// sleep of ten patients under drug 1.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];

describe('meanInterval', () => {
	it('reproduces R t.test(sleep$extra[1:10]) for raw values', () => {
		// R: mean 0.75, df = 9, 95 percent confidence interval -0.5297804 2.0297804. By hand:
		// Σ(x − 0.75)² = 28.805, s = √(28.805/9) = 1.789010, s/√10 = 0.565735, and with the table
		// value t(0.975; 9) = 2.262 the half-width is 1.2798.
		const m = meanInterval(drug1);
		expect(m.n).toBe(10);
		expectNear(m.mean, 0.75, 1e-12);
		expectNear(m.sd, 1.78901, 5e-6);
		expect(m.df).toBe(9);
		expectNear(m.interval!.low, -0.5297804, 5e-8);
		expectNear(m.interval!.high, 2.0297804, 5e-8);
		expect(m.interval!.level).toBe(0.95);
	});

	it('gives the same interval from a summary {n, mean, sd}', () => {
		const fromValues = meanInterval(drug1);
		const fromSummary = meanInterval({ n: 10, mean: 0.75, sd: fromValues.sd });
		expect(fromSummary.interval!.low).toBeCloseTo(fromValues.interval!.low, 12);
		expect(fromSummary.interval!.high).toBeCloseTo(fromValues.interval!.high, 12);
	});

	it('widens to the 99% table value t(0.995; 9) = 3.250', () => {
		const m = meanInterval(drug1, 0.99);
		expectNear((m.interval!.high - m.mean!) / m.se!, 3.25, 0.0005);
		expect(m.interval!.level).toBe(0.99);
	});

	it('leaves missing values out, never counting them as 0', () => {
		const m = meanInterval([...drug1, null, undefined, Number.NaN, Infinity]);
		expect(m.n).toBe(10);
		expectNear(m.mean, 0.75, 1e-12);
	});

	it.each([
		{ name: 'n = 0', input: [], n: 0, mean: null },
		{ name: 'all missing', input: [null, undefined, Number.NaN], n: 0, mean: null },
		{ name: 'n = 1', input: [4.5], n: 1, mean: 4.5 },
		{ name: 'summary with n = 0', input: { n: 0, mean: null, sd: null }, n: 0, mean: null },
		{ name: 'summary with n = 1', input: { n: 1, mean: 7, sd: null }, n: 1, mean: 7 },
		{ name: 'summary without sd', input: { n: 40, mean: 7, sd: null }, n: 40, mean: 7 },
		{ name: 'summary with NaN sd', input: { n: 40, mean: 7, sd: Number.NaN }, n: 40, mean: 7 }
	])('gives no interval with $name', ({ input, n, mean }) => {
		const m = meanInterval(input);
		expect(m).toMatchObject({ n, mean, sd: null, se: null, df: null, interval: null });
		expectNoNaN(m);
	});

	it('gives a zero-width interval when all values are equal', () => {
		expect(meanInterval([3, 3, 3]).interval).toEqual({ low: 3, high: 3, level: 0.95 });
	});

	it.each([
		{ name: 'level 1', call: () => meanInterval([1, 2], 1) },
		{ name: 'level 0', call: () => meanInterval([1, 2], 0) },
		{ name: 'negative n', call: () => meanInterval({ n: -1, mean: 1, sd: 1 }) },
		{ name: 'fractional n', call: () => meanInterval({ n: 2.5, mean: 1, sd: 1 }) },
		{ name: 'negative sd', call: () => meanInterval({ n: 5, mean: 1, sd: -1 }) }
	])('throws on $name', ({ call }) => {
		expect(call).toThrow(RangeError);
	});
});

describe('summarise', () => {
	it('uses the n − 1 divisor', () => {
		// Two values 1 and 3: mean 2, Σ(x − 2)² = 2, s² = 2/1.
		expect(summarise([1, 3])).toEqual({ n: 2, mean: 2, sd: Math.SQRT2 });
	});

	it('gives nulls, not NaN, without data', () => {
		expect(summarise([])).toEqual({ n: 0, mean: null, sd: null });
		expect(summarise([5])).toEqual({ n: 1, mean: 5, sd: null });
	});
});
