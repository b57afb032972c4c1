import { describe, expect, it } from 'vitest';
import type { TrendTableRow } from './trend';
import { smallMultiples } from './small-multiples';

const row = (
	code: string,
	kind: TrendTableRow['kind'],
	values: (number | null)[],
	bounds: [number, number] | null = null
): TrendTableRow => ({
	code,
	name: code,
	kind,
	cells: values.map((value, i) => ({
		period: String(2020 + i),
		value,
		missing: value === null ? 'suppressed' : null,
		low: bounds && value !== null ? value - bounds[0] : null,
		high: bounds && value !== null ? value + bounds[1] : null
	}))
});

describe('smallMultiples', () => {
	it.each([
		{
			name: 'wijk bounds widen the shared range, gemeente bounds do not',
			table: [
				row('GM0001', 'gemeente', [50, 51], [40, 40]),
				row('NL00', 'nederland', [10, 90]),
				row('A', 'wijk', [30, 35], [5, 5]),
				row('B', 'wijk', [60, null], [2, 2])
			],
			domain: [25, 62]
		},
		{
			name: 'the gemeente counts when it lies outside every wijk',
			table: [row('GM0001', 'gemeente', [80, 81]), row('A', 'wijk', [30, 35])],
			domain: [30, 81]
		},
		{
			name: 'no values at all',
			table: [row('A', 'wijk', [null, null])],
			domain: null
		}
	])('smallMultiples gives one shared range: $name', ({ table, domain }) => {
		expect(smallMultiples(table).domain).toEqual(domain);
	});

	it('smallMultiples makes a panel per wijk in table order, each with the gemeente and no Nederland', () => {
		const { panels } = smallMultiples([
			row('GM0001', 'gemeente', [50, 51]),
			row('NL00', 'nederland', [48, 49]),
			row('A', 'wijk', [30, null]),
			row('B', 'wijk', [60, 61])
		]);
		expect(panels.map((p) => p.code)).toEqual(['A', 'B']);
		for (const p of panels) expect(p.series.map((s) => s.kind)).toEqual(['wijk', 'gemeente']);
		// A missing value stays null with its reason: a gap, never 0.
		expect(panels[0]!.series[0]!.points[1]).toMatchObject({ value: null, missing: 'suppressed' });
	});

	it('smallMultiples draws panels without a reference line when the gemeente has no row', () => {
		const { panels } = smallMultiples([row('A', 'wijk', [1, 2])]);
		expect(panels[0]!.series).toHaveLength(1);
	});

	it('smallMultiples leaves the gemeente out for counts, and its values out of the range', () => {
		const table = [row('GM0001', 'gemeente', [800_000, 810_000]), row('A', 'wijk', [4_000, 4_100])];
		const counts = smallMultiples(table, false);
		expect(counts.panels[0]!.series.map((s) => s.kind)).toEqual(['wijk']);
		expect(counts.domain).toEqual([4_000, 4_100]);
		expect(smallMultiples(table).domain).toEqual([4_000, 810_000]);
	});
});
