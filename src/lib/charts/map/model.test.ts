import { describe, expect, it } from 'vitest';
import {
	codesWithData,
	mapModel,
	mapPalette,
	NO_DATA,
	sameArea,
	SUPPRESSED,
	type MapShape
} from './model';

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

	it.each([
		{ unit: null, first: /^\d+,\d$/ },
		{ unit: '%', first: /^\d+,\d%$/ },
		{ unit: 'km', first: /^\d+,\d km$/ }
	])('writes the legend classes with their unit ($unit)', ({ unit, first }) => {
		const withUnit = mapModel(shapes, values, { width: 400, height: 300 }, undefined, unit);
		expect(withUnit.classes[0]!.from).toMatch(first);
		expect(withUnit.classes.at(-1)!.to).toMatch(first);
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

describe('sameArea: a shape and the figures with its code', () => {
	it.each([
		{ shape: 'Wijk 01 Oostduinen', data: ' Wijk 01 Oostduinen', same: true },
		{ shape: 'Wijk 01 Oostduinen', data: 'Oostduinen', same: true },
		{ shape: 'Belgisch Park', data: 'Belgisch Park en Oostduinen', same: true },
		{ shape: 'Café-eiland', data: 'Cafe eiland', same: true },
		// ELAN: the figures say "Wijk" twice and cut the name off at 40 characters.
		{
			shape: 'Wijk 06 Van Stolkpark en Scheveningse Bosjes',
			data: 'Wijk Wijk 06 Van Stolkpark en Scheveningse Bo',
			same: true
		},
		// Amsterdam: the 2014 map calls WK036300 a stadsdeel, the 2020 figures a small wijk.
		{ shape: 'Stadsdeel Centrum', data: 'Burgwallen-Oude Zijde', same: false },
		{ shape: 'Stadsdeel Noord', data: 'Volewijck', same: false },
		// Without a name on one side nothing can be compared: the code decides, as before.
		{ shape: null, data: 'Burgwallen-Oude Zijde', same: true },
		{ shape: 'Stadsdeel Centrum', data: 'WK036300', same: true }
	])('$shape and $data: same area $same', ({ shape, data, same }) => {
		expect(sameArea(shape, data, 'WK036300')).toBe(same);
	});

	it('leaves a shape of another area uncoloured and reports it', () => {
		const shapes = [
			{
				...square('WK036300', 5),
				shapeName: 'Stadsdeel Centrum',
				dataName: 'Burgwallen-Oude Zijde'
			},
			{
				...square('WK036301', 5.01),
				shapeName: 'Grachtengordel-West',
				dataName: 'Grachtengordel-West'
			}
		];
		const values = new Map([
			['WK036300', { value: 84.6, missing: null }],
			['WK036301', { value: 80.4, missing: null }]
		]);
		const m = mapModel(shapes, values, { width: 400, height: 300 });
		const [old, kept] = m.areas;
		expect(old).toMatchObject({
			fill: NO_DATA,
			value: null,
			otherArea: { shape: 'Stadsdeel Centrum', data: 'Burgwallen-Oude Zijde' }
		});
		expect(kept).toMatchObject({ value: 80.4, otherArea: null });
		expect(kept!.fill).not.toBe(NO_DATA);
		expect(m.otherAreas).toEqual([
			{ code: 'WK036300', shape: 'Stadsdeel Centrum', data: 'Burgwallen-Oude Zijde' }
		]);
		expect(m.shapesWithoutData).toEqual([]);
	});
});
