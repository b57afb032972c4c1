import { describe, expect, it } from 'vitest';
import { differenceFrom, intervalOf, judge } from './compare';

describe('intervalOf', () => {
	it('uses the bounds the source gives', () => {
		expect(intervalOf({ value: 70, low: 65, high: 75, n: null }, '%')).toEqual({
			low: 65,
			high: 75,
			origin: 'bron'
		});
	});

	it.each([
		// Published reference values: Newcombe RG (1998), "Two-sided confidence intervals for the
		// single proportion", Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score).
		{ x: 81, n: 263, low: 25.53, high: 36.62 },
		{ x: 15, n: 148, low: 6.24, high: 16.05 },
		{ x: 0, n: 20, low: 0, high: 16.11 },
		{ x: 1, n: 29, low: 0.61, high: 17.18 }
	])('computes the Wilson interval for $x of $n', ({ x, n, low, high }) => {
		const interval = intervalOf({ value: (100 * x) / n, low: null, high: null, n }, '%')!;
		expect(interval.origin).toBe('wilson');
		expect(interval.low).toBeCloseTo(low, 1);
		expect(interval.high).toBeCloseTo(high, 1);
	});

	it.each([
		{ name: 'no n', row: { value: 30, low: null, high: null, n: null }, unit: '%' },
		{ name: 'not a percentage', row: { value: 30, low: null, high: null, n: 200 }, unit: 'euro' },
		{ name: 'missing value', row: { value: null, low: null, high: null, n: 200 }, unit: '%' },
		{ name: 'reversed bounds', row: { value: 30, low: 40, high: 20, n: null }, unit: null }
	])('gives no interval with $name', ({ row, unit }) => {
		expect(intervalOf(row, unit)).toBeNull();
	});
});

describe('differenceFrom and judge', () => {
	const interval = { low: 60, high: 70, origin: 'bron' as const };
	it.each([
		{
			reference: 55,
			difference: 'hoger',
			better: 'gunstiger',
			lower: 'ongunstiger',
			neutral: 'hoger'
		},
		{
			reference: 75,
			difference: 'lager',
			better: 'ongunstiger',
			lower: 'gunstiger',
			neutral: 'lager'
		},
		{
			reference: 65,
			difference: 'geen_verschil',
			better: 'geen_verschil',
			lower: 'geen_verschil',
			neutral: 'geen_verschil'
		},
		{
			reference: 70,
			difference: 'geen_verschil',
			better: 'geen_verschil',
			lower: 'geen_verschil',
			neutral: 'geen_verschil'
		}
	])('reference $reference: $difference', ({ reference, difference, better, lower, neutral }) => {
		const d = differenceFrom(interval, reference);
		expect(d).toBe(difference);
		expect(judge(d, 'hoger_is_beter')).toBe(better);
		expect(judge(d, 'lager_is_beter')).toBe(lower);
		expect(judge(d, 'neutraal')).toBe(neutral);
	});

	it('does not test without an interval or without a reference', () => {
		expect(differenceFrom(null, 50)).toBe('niet_getoetst');
		expect(differenceFrom(interval, null)).toBe('niet_getoetst');
		expect(judge('niet_getoetst', 'hoger_is_beter')).toBe('niet_getoetst');
	});
});
