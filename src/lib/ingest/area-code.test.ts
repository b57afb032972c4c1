import { describe, expect, it } from 'vitest';
import { isAreaCode, normalizeAreaCode, normalizeGemeenteNumber, type AreaCode } from './area-code';

describe('normalizeAreaCode', () => {
	it.each<{ raw: string; expected: AreaCode }>([
		{ raw: 'NL00', expected: { code: 'NL00', level: 'NL', gemeente: null } },
		{ raw: 'NL01', expected: { code: 'NL00', level: 'NL', gemeente: null } },
		{ raw: 'NL', expected: { code: 'NL00', level: 'NL', gemeente: null } },
		{ raw: 'nl01 ', expected: { code: 'NL00', level: 'NL', gemeente: null } },
		{ raw: 'GM0363', expected: { code: 'GM0363', level: 'GM', gemeente: 'GM0363' } },
		{ raw: 'GM3', expected: { code: 'GM0003', level: 'GM', gemeente: 'GM0003' } },
		{ raw: 'GM363', expected: { code: 'GM0363', level: 'GM', gemeente: 'GM0363' } },
		{ raw: 'gm0599', expected: { code: 'GM0599', level: 'GM', gemeente: 'GM0599' } },
		{ raw: 'WK036300', expected: { code: 'WK036300', level: 'WK', gemeente: 'GM0363' } },
		{ raw: '  wk036300 ', expected: { code: 'WK036300', level: 'WK', gemeente: 'GM0363' } },
		{ raw: 'WK178304', expected: { code: 'WK178304', level: 'WK', gemeente: 'GM1783' } },
		{ raw: 'WK051800\t', expected: { code: 'WK051800', level: 'WK', gemeente: 'GM0518' } },
		{ raw: 'BU03630000', expected: { code: 'BU03630000', level: 'BU', gemeente: 'GM0363' } },
		{ raw: 'bu05180123', expected: { code: 'BU05180123', level: 'BU', gemeente: 'GM0518' } },
		// ELAN's "wijk onbekend": the gemeente's own area, kept as it is.
		{ raw: 'WK1916--', expected: { code: 'WK1916--', level: 'custom', gemeente: 'GM1916' } },
		{ raw: 'BU1916----', expected: { code: 'BU1916----', level: 'custom', gemeente: 'GM1916' } }
	])('normalizeAreaCode reads "$raw" as $expected.code', ({ raw, expected }) => {
		expect(normalizeAreaCode(raw)).toEqual(expected);
	});

	it.each([
		{ raw: '', why: 'it is empty' },
		{ raw: 'NL02', why: 'it is no spelling of Nederland' },
		{ raw: 'GM', why: 'it has no number' },
		{ raw: 'GM12345', why: 'a gemeente number has at most 4 digits' },
		{ raw: 'WK0363', why: 'a wijk code has 6 digits' },
		{ raw: 'WK03630', why: 'a wijk code has 6 digits' },
		{ raw: 'WK0363000', why: 'a wijk code has 6 digits' },
		{ raw: 'BU036300', why: 'a buurt code has 8 digits' },
		{ raw: 'XX036300', why: 'the prefix is unknown' },
		{ raw: '036300', why: 'it has no prefix' },
		{ raw: 'Amsterdam', why: 'it is a name' },
		{ raw: '2020', why: 'it is a year' },
		{ raw: 'WK1916-', why: 'the placeholder is too short' },
		{ raw: 'GM0', why: 'gemeente numbers start at 1' },
		{ raw: 'GM0000', why: 'gemeente numbers start at 1' },
		{ raw: 'WK000012', why: 'gemeente numbers start at 1' },
		{ raw: 'BU00000001', why: 'gemeente numbers start at 1' },
		{ raw: 'WK0000--', why: 'gemeente numbers start at 1' }
	])('normalizeAreaCode reads "$raw" as null: $why', ({ raw }) => {
		expect(normalizeAreaCode(raw)).toBeNull();
	});
});

describe('normalizeGemeenteNumber', () => {
	it.each<{ raw: string; expected: AreaCode | null }>([
		{ raw: '3', expected: { code: 'GM0003', level: 'GM', gemeente: 'GM0003' } },
		{ raw: '363', expected: { code: 'GM0363', level: 'GM', gemeente: 'GM0363' } },
		{ raw: ' 0363 ', expected: { code: 'GM0363', level: 'GM', gemeente: 'GM0363' } },
		{ raw: 'GM0363', expected: { code: 'GM0363', level: 'GM', gemeente: 'GM0363' } },
		{ raw: 'WK036300', expected: { code: 'WK036300', level: 'WK', gemeente: 'GM0363' } },
		{ raw: '12345', expected: null },
		{ raw: 'Utrecht', expected: null }
	])('normalizeGemeenteNumber reads "$raw" as $expected.code', ({ raw, expected }) => {
		expect(normalizeGemeenteNumber(raw)).toEqual(expected);
	});
});

describe('isAreaCode', () => {
	it.each([
		{ raw: 'WK036300', expected: true },
		{ raw: ' gm3', expected: true },
		{ raw: 'NL01', expected: true },
		{ raw: 'WK1916--', expected: true },
		{ raw: 'WKC', expected: false },
		{ raw: 'Westland', expected: false },
		{ raw: '2009', expected: false }
	])('isAreaCode says $expected for "$raw"', ({ raw, expected }) => {
		expect(isAreaCode(raw)).toBe(expected);
	});
});
