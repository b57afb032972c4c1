import { describe, expect, it } from 'vitest';
import {
	chooseRange,
	orderedPeriods,
	periodsInRange,
	rowsInPeriods,
	rowsInWindow,
	startWindow,
	type PeriodRange
} from './period-range';
import { carryRange } from './period-carry';

const years = ['2012', '2014', '2016', '2018', '2020', '2022'];

describe('orderedPeriods', () => {
	it('orders labels by their earliest start date, not alphabetically', () => {
		const rows = [
			{ period: '2020', start: '2020-01-01' },
			{ period: 'najaar 2019', start: '2019-09-01' },
			{ period: '2020', start: '2020-01-01' },
			{ period: 'voorjaar 2019', start: '2019-03-01' }
		];
		expect(orderedPeriods(rows)).toEqual(['voorjaar 2019', 'najaar 2019', '2020']);
	});
});

describe('periodsInRange', () => {
	const cases: { name: string; range: PeriodRange; periods?: string[]; expected: string[] }[] = [
		{ name: 'an open range gives all periods', range: { from: null, to: null }, expected: years },
		{
			name: 'both ends are inclusive',
			range: { from: '2014', to: '2018' },
			expected: ['2014', '2016', '2018']
		},
		{ name: 'an open start', range: { from: null, to: '2014' }, expected: ['2012', '2014'] },
		{ name: 'an open end', range: { from: '2020', to: null }, expected: ['2020', '2022'] },
		{ name: 'a single period', range: { from: '2016', to: '2016' }, expected: ['2016'] },
		{
			name: 'a range the wrong way round is turned',
			range: { from: '2018', to: '2014' },
			expected: ['2014', '2016', '2018']
		},
		{
			name: 'ends that are not periods of this indicator are compared as labels',
			range: { from: '2015', to: '2019' },
			expected: ['2016', '2018']
		},
		{
			name: 'numbers in labels are compared by value',
			range: { from: '2020K2', to: '2020K10' },
			periods: ['2020K1', '2020K2', '2020K3', '2020K10', '2020K11'],
			expected: ['2020K2', '2020K3', '2020K10']
		},
		{
			name: 'a range without any of these periods gives all of them, not an empty chart',
			range: { from: '2001', to: '2005' },
			expected: years
		},
		{
			name: 'no periods stay no periods',
			range: { from: '2014', to: null },
			periods: [],
			expected: []
		}
	];
	it.each(cases)('periodsInRange: $name', ({ range, periods, expected }) => {
		expect(periodsInRange(periods ?? years, range)).toEqual(expected);
	});
});

describe('chooseRange', () => {
	it.each([
		['2014', '2018', { from: '2014', to: '2018' }],
		['2018', '2014', { from: '2014', to: '2018' }],
		['2012', '2018', { from: null, to: '2018' }],
		['2014', '2022', { from: '2014', to: null }],
		['2012', '2022', { from: null, to: null }],
		['2022', '2012', { from: null, to: null }]
	])('chooseRange(%s, %s) stores %j', (from, to, expected) => {
		expect(chooseRange(years, from, to)).toEqual(expected);
	});
});

describe('rowsInPeriods', () => {
	const rows = years.map((period) => ({ period, value: Number(period) }));
	it('keeps the rows of the chosen periods', () => {
		expect(rowsInPeriods(rows, ['2014', '2016']).map((r) => r.value)).toEqual([2014, 2016]);
	});
	it('returns the same array when every row is kept, so nothing is recomputed', () => {
		expect(rowsInPeriods(rows, years)).toBe(rows);
	});
});

describe('startWindow and rowsInWindow', () => {
	const rows = years.map((period) => ({ period, start: `${period}-01-01` }));
	it('bounds the chosen periods by their start dates', () => {
		expect(startWindow(rows, ['2014', '2016'], years)).toEqual({
			from: '2014-01-01',
			to: '2016-01-01'
		});
	});
	it('is null when every period is chosen', () => {
		expect(startWindow(rows, years, years)).toBeNull();
	});
	it('filters rows of other indicators by start date, ends included', () => {
		const other = [
			{ id: 'a', start: '2013-07-01' },
			{ id: 'b', start: '2014-01-01' },
			{ id: 'c', start: '2015-06-01' },
			{ id: 'd', start: '2016-01-01' },
			{ id: 'e', start: '2016-01-02' }
		];
		const window = { from: '2014-01-01', to: '2016-01-01' };
		expect(rowsInWindow(other, window).map((r) => r.id)).toEqual(['b', 'c', 'd']);
		expect(rowsInWindow(other, null)).toBe(other);
	});
});

describe('carryRange', () => {
	const kind = (periods: [string, string][]) => ({
		periods: periods.map(([p]) => p),
		starts: new Map(periods)
	});
	const years = kind([
		['2020', '2020-01-01'],
		['2021', '2021-01-01'],
		['2022', '2022-01-01'],
		['2023', '2023-01-01']
	]);
	const quarters = kind(
		['2021', '2022', '2023'].flatMap((y) =>
			[1, 2, 3, 4].map((q): [string, string] => [
				`${y} K${q}`,
				`${y}-${String(q * 3 - 2).padStart(2, '0')}-01`
			])
		)
	);

	it.each([
		[
			'years 2021–2022 to quarters',
			years,
			quarters,
			{ from: '2021', to: '2022' },
			{ from: null, to: '2022 K4' }
		],
		[
			'years 2022–2022 to quarters',
			years,
			quarters,
			{ from: '2022', to: '2022' },
			{ from: '2022 K1', to: '2022 K4' }
		],
		[
			'quarters 2022 K2–K4 to years',
			quarters,
			years,
			{ from: '2022 K2', to: '2022 K4' },
			{ from: '2022', to: '2022' }
		],
		[
			'an open start stays open',
			years,
			quarters,
			{ from: null, to: '2021' },
			{ from: null, to: '2021 K4' }
		],
		[
			'an open end stays open',
			quarters,
			years,
			{ from: '2023 K2', to: null },
			{ from: '2023', to: null }
		],
		['all stays all', years, quarters, { from: null, to: null }, { from: null, to: null }],
		[
			'a range before every new period becomes all',
			years,
			kind([
				['2024 K1', '2024-01-01'],
				['2024 K2', '2024-04-01']
			]),
			{ from: '2020', to: '2021' },
			{ from: null, to: null }
		]
	])('%s', (_, from, to, range, expected) => {
		expect(carryRange(from, to, range)).toEqual(expected);
	});
});
