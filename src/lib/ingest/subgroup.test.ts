import { describe, expect, it } from 'vitest';
import { subgroupOf } from './subgroup';

describe('subgroupOf', () => {
	it.each([
		{ name: 'a StatLine age code as its label', cells: ['  20300 '], expected: '18 jaar of ouder' },
		{ name: 'a group as the file writes it, trimmed', cells: [' jongeren '], expected: 'jongeren' },
		{
			name: 'two group columns joined',
			cells: ['80200', 'T009002'],
			expected: '65 jaar of ouder; totaal'
		},
		{ name: 'empty cells as no subgroup', cells: ['', ' '], expected: null },
		{ name: 'no group column as no subgroup', cells: [], expected: null }
	])('subgroupOf reads $name', ({ cells, expected }) => {
		expect(subgroupOf(cells)).toBe(expected);
	});
});
