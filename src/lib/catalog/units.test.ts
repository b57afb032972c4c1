import { describe, expect, it } from 'vitest';
import { isCount, isPercent, unitKind } from './units';

describe('unitKind', () => {
	it.each([
		{ unit: '%', kind: 'procent' },
		{ unit: ' Procent ', kind: 'procent' },
		{ unit: 'percentage', kind: 'procent' },
		{ unit: '€', kind: 'euro' },
		{ unit: 'euro', kind: 'euro' },
		{ unit: 'x 1.000 euro', kind: 'duizend_euro' },
		{ unit: 'x1000 euro', kind: 'duizend_euro' },
		{ unit: 'aantal', kind: 'aantal' },
		{ unit: 'Aantallen', kind: 'aantal' },
		{ unit: 'klasse 1-5', kind: 'schaal' },
		{ unit: 'rapportcijfer', kind: 'schaal' },
		{ unit: 'Getal', kind: 'geen' },
		{ unit: '1 000 euro', kind: 'duizend_euro' },
		{ unit: 'km', kind: 'anders' },
		{ unit: 'per 1.000 inwoners', kind: 'anders' },
		{ unit: '', kind: 'geen' },
		{ unit: null, kind: 'geen' }
	])('"$unit" is $kind', ({ unit, kind }) => {
		expect(unitKind(unit)).toBe(kind);
	});

	it('counts and percentages are recognised in every spelling, and only they', () => {
		expect(['aantal', ' AANTAL ', 'absoluut'].map(isCount)).toEqual([true, true, true]);
		expect(['%', 'km', null].map(isCount)).toEqual([false, false, false]);
		expect(['%', 'procent', 'aantal'].map(isPercent)).toEqual([true, true, false]);
	});
});
