import { describe, expect, it } from 'vitest';
import { cellText, csvCell } from './csv-cells';

const cell = (value: number | null, missing: 'suppressed' | 'not_available' | null) => ({
	period: '2020',
	value,
	missing,
	low: null,
	high: null
});

describe('csvCell', () => {
	it.each([
		{ value: 12.5, missing: null, written: 12.5 },
		{ value: 0, missing: null, written: 0 },
		{ value: null, missing: 'suppressed' as const, written: 'niet gepubliceerd' },
		{ value: null, missing: 'not_available' as const, written: 'geen gegevens' },
		{ value: null, missing: null, written: null }
	])('($value, $missing) is written as $written', ({ value, missing, written }) => {
		expect(csvCell(cell(value, missing))).toBe(written);
	});
});

describe('cellText', () => {
	it.each([
		[{ value: 12.5, missing: null }, '12,5%'],
		[{ value: 0, missing: null }, '0,0%'],
		[{ value: null, missing: 'suppressed' }, 'niet gepubliceerd (te weinig gegevens)'],
		[{ value: null, missing: 'not_available' }, 'geen gegevens'],
		[{ value: null }, 'geen gegevens']
	])('writes %j as "%s", never a missing value as 0', (cell, shown) => {
		expect(cellText(cell, '%', 1)).toBe(shown);
	});
});
