import { describe, expect, it } from 'vitest';
import {
	areaSlices,
	chooseSlice,
	rowsInSlice,
	sliceKey,
	sliceLabel,
	slicesOf,
	type Slice
} from './slices';
import { oneSlicePerIndicator } from './one-per-indicator';

const row = (subgroup: string | null, moment: string | null, value: number) => ({
	subgroup,
	moment,
	value
});

describe('slicesOf', () => {
	it.each<{ name: string; rows: Slice[]; slices: [string | null, string | null][] }>([
		{ name: 'no rows', rows: [], slices: [] },
		{
			name: 'only the whole population',
			rows: [row(null, null, 1), row(null, null, 2)],
			slices: [[null, null]]
		},
		{
			name: 'the whole population before the groups',
			rows: [row('65 jaar en ouder', null, 1), row(null, null, 2), row('18-64 jaar', null, 3)],
			slices: [
				[null, null],
				['18-64 jaar', null],
				['65 jaar en ouder', null]
			]
		},
		{
			name: 'meetmomenten in natural order, per group',
			rows: [
				row('b', 'T10', 1),
				row('b', 'T2', 1),
				row('a', 'T10', 1),
				row('a', null, 1),
				row('a', 'T2', 1)
			],
			slices: [
				['a', null],
				['a', 'T2'],
				['a', 'T10'],
				['b', 'T2'],
				['b', 'T10']
			]
		}
	])('$name', ({ rows, slices }) => {
		expect(slicesOf(rows).map((s) => [s.subgroup, s.moment])).toEqual(slices);
	});
});

describe('chooseSlice', () => {
	const slices = slicesOf([row('a', 'T1', 1), row('a', 'T2', 1), row(null, null, 1)]);
	it('takes the wanted slice when it exists', () => {
		expect(chooseSlice(slices, sliceKey({ subgroup: 'a', moment: 'T2' }))).toEqual({
			subgroup: 'a',
			moment: 'T2'
		});
	});
	it('falls back to the first slice for an unknown or absent wish', () => {
		const first = { subgroup: null, moment: null };
		expect(chooseSlice(slices, sliceKey({ subgroup: 'b', moment: null }))).toEqual(first);
		expect(chooseSlice(slices, null)).toEqual(first);
	});
	it('is null without slices', () => {
		expect(chooseSlice([], null)).toBeNull();
	});
});

describe('rowsInSlice', () => {
	const rows = [row('a', 'T1', 1), row('b', 'T1', 2), row('a', 'T2', 3), row('a', 'T1', 4)];
	it('keeps only the rows of the slice', () => {
		expect(rowsInSlice(rows, { subgroup: 'a', moment: 'T1' }).map((r) => r.value)).toEqual([1, 4]);
		expect(rowsInSlice(rows, { subgroup: 'b', moment: 'T1' }).map((r) => r.value)).toEqual([2]);
	});
	it('returns the same array when there is only one slice', () => {
		const one = [row(null, null, 1), row(null, null, 2)];
		expect(rowsInSlice(one, { subgroup: null, moment: null })).toBe(one);
	});
	it('a null group is not the same as a group: the whole population stays apart', () => {
		const mixed = [row(null, null, 10), row('a', null, 1)];
		expect(rowsInSlice(mixed, { subgroup: null, moment: null }).map((r) => r.value)).toEqual([10]);
	});
});

describe('sliceLabel', () => {
	const groups = slicesOf([row(null, null, 1), row('65 jaar en ouder', null, 1)]);
	const moments = slicesOf([row(null, 'nulmeting', 1), row(null, 'T1', 1), row(null, null, 1)]);
	const both = slicesOf([row('a', 'T1', 1), row('b', null, 1)]);
	it.each<[Slice, Slice[], string]>([
		[{ subgroup: null, moment: null }, groups, 'Totaal (geen groep)'],
		[{ subgroup: '65 jaar en ouder', moment: null }, groups, '65 jaar en ouder'],
		[{ subgroup: null, moment: 'T1' }, moments, 'meetmoment T1'],
		[{ subgroup: null, moment: null }, moments, 'zonder meetmoment'],
		[{ subgroup: 'a', moment: 'T1' }, both, 'a · meetmoment T1'],
		[{ subgroup: 'b', moment: null }, both, 'b · zonder meetmoment']
	])('sliceLabel(%o) is %s', (slice, slices, expected) => {
		expect(sliceLabel(slice, slices)).toBe(expected);
	});
});

describe('oneSlicePerIndicator', () => {
	const rows = [
		{ indicator: 'x', ...row(null, null, 1) },
		{ indicator: 'x', ...row('65+', null, 2) },
		{ indicator: 'y', ...row('65+', null, 3) },
		{ indicator: 'y', ...row('18-64', null, 4) },
		{ indicator: 'z', ...row(null, null, 5) }
	];
	it('keeps the wanted slice where an indicator has it, else its first', () => {
		const { rows: kept, sliced } = oneSlicePerIndicator(
			rows,
			sliceKey({ subgroup: '65+', moment: null })
		);
		expect(kept.map((r) => r.value)).toEqual([2, 3, 5]);
		expect(sliced).toEqual(['x', 'y']);
	});
	it('without a wish takes each indicator’s first slice', () => {
		expect(oneSlicePerIndicator(rows, null).rows.map((r) => r.value)).toEqual([1, 4, 5]);
	});
	it('returns the rows untouched when no indicator has more than one slice', () => {
		const plain = rows.filter((r) => r.indicator === 'z');
		expect(oneSlicePerIndicator(plain, null)).toEqual({ rows: plain, sliced: [] });
	});
});

describe('areaSlices', () => {
	it('leaves out Nederland: its rows may come from a file without these groups', () => {
		const rows = [
			{ level: 'NL', ...row(null, null, 1) },
			{ level: 'GM', ...row('65+', null, 2) },
			{ level: 'WK', ...row('18-64', null, 3) }
		];
		expect(areaSlices(rows).map((s) => s.subgroup)).toEqual(['18-64', '65+']);
		// …and a Nederland row of another slice is not drawn as a reference for this one.
		expect(rowsInSlice(rows, areaSlices(rows)[1]!).map((r) => r.value)).toEqual([2]);
	});
});
