import { describe, expect, it } from 'vitest';
import { codesWithData, mapModel, mapPalette, NO_DATA, SUPPRESSED, type MapShape } from './model';

const square = (code: string, x: number): MapShape => ({
	code,
	name: code,
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x, 52],
				[x, 52.01],
				[x + 0.01, 52.01],
				[x + 0.01, 52],
				[x, 52]
			]
		]
	}
});

describe('mapModel', () => {
	const shapes = [1, 2, 3, 4, 5, 6].map((i) => square(`WK00010${i}`, 5 + i * 0.01));
	const values = new Map([
		['WK000101', { value: 10, missing: null }],
		['WK000102', { value: 20, missing: null }],
		['WK000103', { value: 30, missing: null }],
		['WK000104', { value: 40, missing: null }],
		['WK000105', { value: null, missing: 'suppressed' as const }],
		['WK000199', { value: 50, missing: null }]
	]);
	const m = mapModel(shapes, values, { width: 400, height: 300 });

	it('fills shapes by class, lightest for the lowest value, and patterns shapes without a value', () => {
		const fill = (code: string) => m.areas.find((a) => a.code === code)!.fill;
		expect(fill('WK000101')).toBe(mapPalette[0]);
		expect(fill('WK000104')).not.toBe(mapPalette[0]);
		// not published by the source (dotted) is not the same as no figure at all (hatched)
		expect(fill('WK000105')).toBe(SUPPRESSED);
		expect(fill('WK000106')).toBe(NO_DATA);
		expect(m.anySuppressed).toBe(true);
		expect(m.areas.find((a) => a.code === 'WK000105')!.missing).toBe('suppressed');
	});

	it('says no shape is unpublished when none is, so the legend leaves that entry out', () => {
		const published = new Map([...values].filter(([code]) => code !== 'WK000105'));
		const plain = mapModel(shapes, published, { width: 400, height: 300 });
		expect(plain.anySuppressed).toBe(false);
		expect(plain.areas.find((a) => a.code === 'WK000105')!.fill).toBe(NO_DATA);
	});

	it('reports codes with data but no shape, and shapes without data', () => {
		expect(m.dataWithoutShape).toEqual(['WK000199']);
		expect(m.shapesWithoutData).toEqual(['WK000106']);
	});

	it('draws every shape inside the box', () => {
		for (const area of m.areas) {
			const numbers = area.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
			expect(Math.max(...numbers)).toBeLessThanOrEqual(400);
		}
		expect(m.classes).toHaveLength(5);
	});
});

describe('codesWithData', () => {
	it('counts a wijk whose figures were all left unpublished, but not one without figures', () => {
		const row = (code: string, level: string, value: number | null, missing: string | null) => ({
			code,
			level,
			value,
			missing
		});
		const codes = codesWithData([
			row('WK000101', 'WK', 12.5, null),
			row('WK000102', 'WK', null, 'suppressed'),
			row('WK000103', 'WK', null, 'not_available'),
			row('WK000104', 'WK', null, null),
			row('GM0001', 'GM', 10, null),
			row('WK000199', 'custom', 3, null)
		]);
		expect([...codes].sort()).toEqual(['WK000101', 'WK000102', 'WK000199']);
	});
});
