import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../../tests/helpers/files';
import { decode } from './decode';
import {
	decimalEvidence,
	missingMarkers,
	missingReason,
	parseNumber,
	suppressedMarkers,
	type DecimalMark
} from './number';
import { sniff } from './sniff';

const sharedRows = (name: string) => sniff(decode(sharedFile(`bad/${name}`), name).text);

describe('parseNumber', () => {
	it.each<{ raw: string; decimal: DecimalMark; expected: number | null }>([
		// Decimal comma: points group thousands.
		{ raw: '12,5', decimal: ',', expected: 12.5 },
		{ raw: '76,1', decimal: ',', expected: 76.1 },
		{ raw: '872.757', decimal: ',', expected: 872757 },
		{ raw: '31.400,50', decimal: ',', expected: 31400.5 },
		{ raw: '1.234.567,8', decimal: ',', expected: 1234567.8 },
		{ raw: '-3,25', decimal: ',', expected: -3.25 },
		{ raw: '+4', decimal: ',', expected: 4 },
		{ raw: '0', decimal: ',', expected: 0 },
		{ raw: '-0', decimal: ',', expected: 0 },
		{ raw: '-0,0', decimal: ',', expected: 0 },
		{ raw: '-0.0', decimal: '.', expected: 0 },
		{ raw: '  42  ', decimal: ',', expected: 42 },
		{ raw: '12.5', decimal: ',', expected: null },
		// A thousands group never starts with 0: 0.125 is a decimal point, not 125 (issue 3).
		{ raw: '0.125', decimal: ',', expected: null },
		{ raw: '-0.500', decimal: ',', expected: null },
		{ raw: '0,125', decimal: '.', expected: null },
		{ raw: '1.23.456', decimal: ',', expected: null },
		{ raw: '1,5,5', decimal: ',', expected: null },
		{ raw: '1e3', decimal: ',', expected: null },
		// Decimal point: commas group thousands; scientific notation is allowed.
		{ raw: '38.6253443657389', decimal: '.', expected: 38.6253443657389 },
		{ raw: '872,757', decimal: '.', expected: 872757 },
		{ raw: '31,400.50', decimal: '.', expected: 31400.5 },
		{ raw: '-0.5', decimal: '.', expected: -0.5 },
		{ raw: '1e3', decimal: '.', expected: 1000 },
		{ raw: '2.5E-2', decimal: '.', expected: 0.025 },
		{ raw: '0', decimal: '.', expected: 0 },
		{ raw: '12,5', decimal: '.', expected: null },
		{ raw: '31.400,50', decimal: '.', expected: null },
		// Not numbers at all.
		{ raw: '', decimal: ',', expected: null },
		{ raw: '.', decimal: ',', expected: null },
		{ raw: '.', decimal: '.', expected: null },
		{ raw: '-', decimal: '.', expected: null },
		{ raw: 'NA', decimal: '.', expected: null },
		{ raw: '12%', decimal: ',', expected: null },
		{ raw: '€ 12', decimal: ',', expected: null },
		{ raw: '1 234', decimal: ',', expected: null },
		// Beyond the range of a double: unreadable, never Infinity (issue 3).
		{ raw: '3e308', decimal: '.', expected: null },
		{ raw: '-1e999', decimal: '.', expected: null },
		{ raw: '1.7976931348623157e308', decimal: '.', expected: Number.MAX_VALUE },
		// Trimmed as JavaScript trims: tab, NBSP and U+FEFF too (issue 3).
		{ raw: '\t12,5\u00a0', decimal: ',', expected: 12.5 },
		{ raw: '\ufeff7\r\n', decimal: '.', expected: 7 }
	])(
		'parseNumber reads "$raw" with decimal "$decimal" as $expected',
		({ raw, decimal, expected }) => {
			expect(parseNumber(raw, decimal)).toBe(expected);
		}
	);

	it('parseNumber reads the shared thousands-separators file with its decimal comma', () => {
		const { decimal, rows } = sharedRows('thousands-separators.csv');
		expect(decimal).toBe(',');
		expect(rows.map((row) => parseNumber(row[3] ?? '', decimal))).toEqual([872757, 31400.5, 1.5]);
	});
});

describe('missingReason', () => {
	it.each<{ raw: string | null | undefined; expected: ReturnType<typeof missingReason> }>([
		{ raw: '.', expected: 'suppressed' },
		{ raw: '   .', expected: 'suppressed' },
		{ raw: 'x', expected: 'suppressed' },
		{ raw: 'X', expected: 'suppressed' },
		{ raw: '-99997', expected: 'suppressed' },
		{ raw: '-99999999', expected: 'suppressed' },
		{ raw: '', expected: 'not_available' },
		{ raw: '   ', expected: 'not_available' },
		{ raw: null, expected: 'not_available' },
		{ raw: undefined, expected: 'not_available' },
		{ raw: 'NA', expected: 'not_available' },
		{ raw: 'N/A', expected: 'not_available' },
		{ raw: '-', expected: 'not_available' },
		{ raw: '?', expected: 'not_available' },
		{ raw: 'n.v.t.', expected: 'not_available' },
		{ raw: 'nvt', expected: 'not_available' },
		{ raw: 'na', expected: 'not_available' },
		{ raw: 'n/a', expected: 'not_available' },
		{ raw: 'NVT', expected: 'not_available' },
		{ raw: 'N.v.t.', expected: 'not_available' },
		{ raw: '\tNA\u00a0', expected: 'not_available' },
		{ raw: '-99995', expected: 'not_available' },
		{ raw: '-99999', expected: 'not_available' },
		{ raw: '0', expected: null },
		{ raw: '0,0', expected: null },
		{ raw: '-1', expected: null },
		{ raw: '12,5', expected: null },
		{ raw: 'Amsterdam', expected: null }
	])('missingReason reads "$raw" as $expected', ({ raw, expected }) => {
		expect(missingReason(raw)).toBe(expected);
	});

	it('missingReason reads the shared missing-markers file, keeping the real 0', () => {
		const { decimal, rows } = sharedRows('missing-markers.csv');
		const cells = rows.map((row) => row[3] ?? '');
		expect(cells.map((cell) => missingReason(cell))).toEqual([
			'suppressed',
			'suppressed',
			'not_available',
			'not_available',
			'not_available',
			'suppressed',
			'suppressed',
			null
		]);
		expect(parseNumber(cells.at(-1)!, decimal)).toBe(0);
	});

	it('missingReason treats every suppressed marker as a missing marker too', () => {
		for (const marker of suppressedMarkers) {
			expect(missingMarkers).toContain(marker);
			expect(missingReason(marker)).toBe('suppressed');
		}
	});

	it('missingReason gives a reason for every missing marker', () => {
		for (const marker of missingMarkers) expect(missingReason(marker)).not.toBeNull();
	});
});

describe('decimalEvidence', () => {
	it.each<{ raw: string; expected: DecimalMark | null }>([
		{ raw: '71,5', expected: ',' },
		{ raw: '-3,25', expected: ',' },
		{ raw: '1234,567', expected: ',' },
		{ raw: '1,2345', expected: ',' },
		{ raw: '31.400,50', expected: ',' },
		{ raw: '1.234.567,8', expected: ',' },
		{ raw: '71.5', expected: '.' },
		{ raw: '0.125', expected: '.' },
		{ raw: '0,125', expected: ',' },
		{ raw: '38.6253443657389', expected: '.' },
		{ raw: '1234.567', expected: '.' },
		{ raw: '31,400.50', expected: '.' },
		// Two or more thousands groups read with one mark only (issue 3).
		{ raw: '1.000.000', expected: ',' },
		{ raw: '-12.345.678', expected: ',' },
		{ raw: '12,345,678', expected: '.' },
		{ raw: ' 71,5 ', expected: ',' },
		// A group of three digits reads either way: thousands or decimals.
		{ raw: '1,234', expected: null },
		{ raw: '872.757', expected: null },
		{ raw: '12', expected: null },
		{ raw: '', expected: null },
		{ raw: '.', expected: null },
		{ raw: 'WK036300', expected: null },
		{ raw: '2021-03', expected: null }
	])('decimalEvidence reads "$raw" as $expected', ({ raw, expected }) => {
		expect(decimalEvidence(raw)).toBe(expected);
	});
});
