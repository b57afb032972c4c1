import { describe, expect, it } from 'vitest';
import { decimalsFor, formatSigned, formatStored, formatValue, tickFormatter } from './format';

describe('formatValue', () => {
	it.each([
		{ value: 12.5, unit: '%', decimals: 1, expected: '12,5%' },
		{ value: 28975.18, unit: null, decimals: 0, expected: '28.975' },
		{ value: 1975.43, unit: 'euro', decimals: 0, expected: '€ 1.975' },
		{ value: 0, unit: '%', decimals: 1, expected: '0,0%' },
		{ value: -3.25, unit: null, decimals: 2, expected: '-3,25' },
		{ value: null, unit: '%', decimals: 1, expected: 'geen gegevens' },
		// Units as the catalogue, a file or a user spells them.
		{ value: 17.5, unit: 'procent', decimals: 1, expected: '17,5%' },
		{ value: 245, unit: 'x 1.000 euro', decimals: 0, expected: '€ 245.000' },
		{ value: 24.5, unit: 'x 1.000 euro', decimals: 1, expected: '€ 24.500' },
		{ value: 1.4, unit: 'km', decimals: 1, expected: '1,4 km' },
		{ value: 4567, unit: 'per km²', decimals: 0, expected: '4.567 per km²' },
		{ value: 3.2, unit: ' per 1.000 inwoners ', decimals: 1, expected: '3,2 per 1.000 inwoners' },
		{ value: 872757, unit: 'aantal', decimals: 0, expected: '872.757' },
		{ value: 3, unit: 'klasse 1-5', decimals: 0, expected: '3' },
		{ value: -0.588, unit: 'Getal', decimals: 3, expected: '-0,588' },
		{ value: 7.2, unit: '', decimals: 1, expected: '7,2' }
	])('formatValue($value, $unit) is "$expected"', ({ value, unit, decimals, expected }) => {
		expect(formatValue(value, unit, decimals)).toBe(expected);
	});
});

describe('decimalsFor', () => {
	it.each([
		{ values: [0.0625, 0.09], expected: 3 },
		{ values: [0.06, 0.09], expected: 2 },
		{ values: [3.75, 4.1], expected: 2 },
		{ values: [3.7, 4.1], expected: 1 },
		{ values: [1 / 3, 2], expected: 2 },
		{ values: [38.6, 71.2, null], expected: 1 },
		{ values: [38.65, 71.2], expected: 1 },
		{ values: [12, 14], expected: 0 },
		{ values: [28975, 31443.5], expected: 0 },
		// one outlier does not round the rest: 42,5 stays 42,5
		{ values: [42.5, 38.2, 1050.5, 44.1], expected: 1 },
		{ values: [1200, 3400.5, 12.5], expected: 0 },
		{ values: [null], expected: 1 }
	])('decimalsFor($values) is $expected', ({ values, expected }) => {
		expect(decimalsFor(values)).toBe(expected);
	});
});

describe('tickFormatter', () => {
	it('shows as many decimals as the step needs', () => {
		expect(tickFormatter(0.05)(0.15)).toBe('0,15');
		expect(tickFormatter(5)(1500)).toBe('1.500');
	});
});

describe('formatSigned', () => {
	it.each([
		{ value: 0.1449, decimals: 2, shown: '+0,14' },
		{ value: -0.07, decimals: 2, shown: '-0,07' },
		{ value: -0.004, decimals: 2, shown: '0,00' },
		{ value: 0.004, decimals: 2, shown: '0,00' },
		{ value: -0, decimals: 1, shown: '0,0' },
		{ value: 1234.5, decimals: 1, shown: '+1.234,5' }
	])('formatSigned($value, $decimals) is $shown', ({ value, decimals, shown }) => {
		expect(formatSigned(value, decimals)).toBe(shown);
	});
});

describe('formatStored', () => {
	it.each([
		{ value: 71.5, expected: '71,5' },
		{ value: 72, expected: '72' },
		{ value: 1234.25, expected: '1.234,25' },
		{ value: 0.1234567, expected: '0,123457' },
		{ value: -3.1, expected: '-3,1' },
		{ value: 0, expected: '0' }
	])('formatStored($value) is "$expected"', ({ value, expected }) => {
		expect(formatStored(value)).toBe(expected);
	});
});
