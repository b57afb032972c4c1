import { describe, expect, it } from 'vitest';
import {
	labelInk,
	lineModel,
	palette,
	endLabels,
	marginFor,
	periodX,
	seriesStyles,
	spreadLabels,
	thinTicks,
	valueExtent,
	type LineSeries
} from './model';

const periods = ['2019', '2020', '2021', '2022'];
const size = { width: 600, height: 300 };
const wijk = (key: string, values: (number | null)[]): LineSeries => ({
	key,
	label: key,
	kind: 'wijk',
	points: values.map((value, i) => ({ period: periods[i]!, value }))
});

describe('lineModel', () => {
	it('breaks the line at a missing value instead of drawing it at 0', () => {
		const m = lineModel([wijk('A', [10, null, 12, 14])], periods, size);
		const line = m.lines[0]!;
		// d3's line generator starts a new sub-path (M) after a gap: two segments, no zero point.
		expect(line.path!.match(/M/g)).toHaveLength(2);
		expect(line.points.map((p) => p.period)).toEqual(['2019', '2021', '2022']);
		expect(line.gaps).toEqual([
			{ x: expect.any(Number), markX: expect.any(Number), period: '2020', reason: null }
		]);
		const zeroY = m.yTicks.find((t) => t.label === '0');
		expect(zeroY).toBeUndefined();
	});

	it('aligns a series that lacks a period altogether as a gap', () => {
		const partial: LineSeries = {
			key: 'B',
			label: 'B',
			kind: 'wijk',
			points: [{ period: '2022', value: 5 }]
		};
		const m = lineModel([partial], periods, size);
		expect(m.lines[0]!.gaps.map((g) => g.period)).toEqual(['2019', '2020', '2021']);
		expect(m.lines[0]!.points).toHaveLength(1);
	});

	it('keeps the reason of a suppressed value', () => {
		const s: LineSeries = {
			key: 'C',
			label: 'C',
			kind: 'wijk',
			points: [
				{ period: '2019', value: 1 },
				{ period: '2020', value: null, missing: 'suppressed' }
			]
		};
		expect(lineModel([s], periods, size).lines[0]!.gaps[0]!.reason).toBe('suppressed');
	});

	it('puts the × marks of series suppressed in one period side by side, centred on it', () => {
		const suppressedIn2020 = (key: string): LineSeries => ({
			...wijk(key, [1, null, 2, 3]),
			points: wijk(key, [1, null, 2, 3]).points.map((p) =>
				p.value === null ? { ...p, missing: 'suppressed' } : p
			)
		});
		const m = lineModel(
			[suppressedIn2020('A'), wijk('B', [1, null, 2, 3]), suppressedIn2020('C')],
			periods,
			size
		);
		const [a, b, c] = m.lines.map((l) => l.gaps[0]!);
		expect(a!.markX).toBeLessThan(c!.markX);
		expect((a!.markX + c!.markX) / 2).toBeCloseTo(a!.x, 9);
		// A gap without a reason has no mark of its own to place.
		expect(b!.markX).toBe(b!.x);
	});

	it.each([
		{ name: 'values around 70', values: [68.2, 71.5, 73.9, 70], low: 68, high: 74 },
		{ name: 'values below 1', values: [0.062, 0.07, 0.081, 0.09], low: 0.06, high: 0.09 },
		{ name: 'one constant value', values: [5, 5, 5, 5], low: 4, high: 6 }
	])('lineModel puts the y axis around $name', ({ values, low, high }) => {
		const m = lineModel([wijk('A', values)], periods, size);
		const ys = m.lines[0]!.points.map((p) => p.y);
		for (const y of ys) {
			expect(y).toBeGreaterThanOrEqual(16);
			expect(y).toBeLessThanOrEqual(300 - 36);
		}
		const labels = m.yTicks.map((t) => Number(t.label.replaceAll('.', '').replace(',', '.')));
		expect(Math.min(...labels)).toBeGreaterThanOrEqual(low - 1e-9);
		expect(Math.max(...labels)).toBeLessThanOrEqual(high + 1e-9);
	});

	it('formats tick labels the Dutch way', () => {
		const m = lineModel([wijk('A', [1000, 20000, 30000, 41000])], periods, size);
		expect(m.yTicks.map((t) => t.label)).toContain('20.000');
	});

	it('reports an empty chart when no value exists', () => {
		expect(lineModel([wijk('A', [null, null, null, null])], periods, size).empty).toBe(true);
	});

	it('lineModel with a fixed yDomain gives panels with different values the same axis', () => {
		const options = { yDomain: [0, 100] as [number, number], yTickCount: 3 };
		const low = lineModel([wijk('A', [10, 12, 11, 13])], periods, size, options);
		const high = lineModel([wijk('B', [80, 82, 85, 90])], periods, size, options);
		expect(low.yTicks).toEqual(high.yTicks);
		expect(low.yDomain).toEqual([0, 100]);
		expect(low.yTicks.map((t) => t.label)).toEqual(['0', '50', '100']);
		expect(low.lines[0]!.points[0]!.y).toBeGreaterThan(high.lines[0]!.points[0]!.y);
	});

	it('lineModel with a tick count ends the axis on a tick, so the range it states is drawn', () => {
		const m = lineModel([wijk('A', [32.4, 40, 50, 58.1])], periods, size, { yTickCount: 3 });
		expect(m.yDomain).toEqual([30, 60]);
		expect([m.yTicks[0]!.label, m.yTicks.at(-1)!.label]).toEqual(['30', '60']);
	});

	it('lineModel keeps points inside a custom margin', () => {
		const inset = { top: 8, right: 10, bottom: 20, left: 30 };
		const m = lineModel([wijk('A', [1, 5, 3, 4])], periods, size, { margin: inset });
		const xs = m.lines[0]!.points.map((p) => p.x);
		expect(Math.min(...xs)).toBeGreaterThan(30);
		expect(Math.max(...xs)).toBeLessThan(600 - 10);
		for (const p of m.lines[0]!.points) {
			expect(p.y).toBeGreaterThanOrEqual(8);
			expect(p.y).toBeLessThanOrEqual(300 - 20);
		}
	});
});

describe('periodX: periods at their distance in time', () => {
	const range: [number, number] = [0, 1000];
	const starts = (pairs: [string, string][]) => new Map(pairs);

	it('spaces a monitor of 2012, 2016, 2020 and 2022 by the years between them', () => {
		const periods = ['2012', '2016', '2020', '2022'];
		const x = periodX(
			periods,
			range,
			starts(periods.map((p) => [p, `${p}-01-01`] as [string, string]))
		);
		const [a, b, c, d] = periods.map((p) => x(p)!);
		expect(b! - a!).toBeCloseTo(c! - b!, 0);
		// 2020 → 2022 is half of 2016 → 2020 (within a day of leap years)
		expect((d! - c!) / (c! - b!)).toBeCloseTo(0.5, 2);
	});

	it.each([
		{
			name: 'evenly spaced starts',
			pairs: [
				['2019', '2019-01-01'],
				['2020', '2020-01-01'],
				['2021', '2021-01-01']
			]
		},
		{
			name: 'two periods with the same start (a year and its first quarter)',
			pairs: [
				['2020', '2020-01-01'],
				['2020KW01', '2020-01-01'],
				['2022', '2022-01-01']
			]
		},
		{
			name: 'a period without a start',
			pairs: [
				['2019', '2019-01-01'],
				['2020', ''],
				['2022', '2022-01-01']
			]
		},
		{ name: 'no starts at all', pairs: null }
	])('stands evenly spaced, as without starts, with $name', ({ pairs }) => {
		const periods = (pairs ?? [['a'], ['b'], ['c']]).map(([p]) => p!);
		const even = periodX(periods, range);
		const x = periodX(periods, range, pairs ? starts(pairs as [string, string][]) : null);
		for (const p of periods) expect(x(p)).toBeCloseTo(even(p)!, 6);
		const steps = periods.slice(1).map((p, i) => even(p)! - even(periods[i]!)!);
		expect(steps[0]).toBeCloseTo(steps[1]!, 6);
	});

	it('keeps the first and last period the same distance in from the ends either way', () => {
		const periods = ['2012', '2016', '2017'];
		const timed = periodX(
			periods,
			range,
			starts(periods.map((p) => [p, `${p}-01-01`] as [string, string]))
		);
		const even = periodX(periods, range);
		expect(timed('2012')).toBeCloseTo(even('2012')!, 6);
		expect(timed('2017')).toBeCloseTo(even('2017')!, 6);
		expect(timed('2016')!).toBeGreaterThan(even('2016')!);
	});

	it('lineModel draws the points of uneven years at their distance', () => {
		const years = ['2016', '2020', '2022'];
		const series: LineSeries = {
			key: 'A',
			label: 'A',
			kind: 'wijk',
			points: years.map((period, i) => ({ period, value: 10 + i }))
		};
		const m = lineModel([series], years, size, {
			starts: new Map(years.map((y) => [y, `${y}-01-01`]))
		});
		const [a, b, c] = m.lines[0]!.points.map((p) => p.x);
		expect((c! - b!) / (b! - a!)).toBeCloseTo(0.5, 2);
		expect(m.xTicks.map((t) => t.x)).toEqual([a, b, c]);
	});
});

describe('thinTicks', () => {
	const months = Array.from({ length: 36 }, (_, i) => ({
		x: 40 + i * 15,
		label: `${2021 + Math.floor(i / 12)}MM${String((i % 12) + 1).padStart(2, '0')}`
	}));

	it('leaves out labels that would print over each other, keeping the first and the last', () => {
		const kept = thinTicks(months);
		expect(kept.length).toBeLessThan(months.length);
		expect(kept[0]).toBe(months[0]);
		expect(kept.at(-1)).toBe(months.at(-1));
		for (let i = 1; i < kept.length; i++) {
			const width = (t: { label: string }) => t.label.length * 7;
			expect(kept[i]!.x - kept[i - 1]!.x).toBeGreaterThanOrEqual(
				(width(kept[i - 1]!) + width(kept[i]!)) / 2
			);
		}
	});

	it('keeps every label when they fit', () => {
		const years = ['2019', '2020', '2021'].map((label, i) => ({ x: 50 + i * 100, label }));
		expect(thinTicks(years)).toEqual(years);
	});
});

describe('valueExtent', () => {
	it.each([
		{ name: 'values and interval bounds', series: [wijk('A', [5, 7, null, 6])], extent: [5, 7] },
		{
			name: 'interval bounds beyond the values',
			series: [
				{
					key: 'A',
					label: 'A',
					kind: 'wijk' as const,
					points: [{ period: '2019', value: 5, low: 2, high: 9 }]
				},
				wijk('B', [null, 4, null, 6])
			],
			extent: [2, 9]
		},
		{ name: 'only missing values', series: [wijk('A', [null, null, null, null])], extent: null },
		{ name: 'no series', series: [], extent: null }
	])('valueExtent over $name', ({ series, extent }) => {
		expect(valueExtent(series)).toEqual(extent);
	});
});

describe('seriesStyles', () => {
	it('gives wijken distinct colour-and-dash pairs and the references fixed styles', () => {
		const series: LineSeries[] = [
			wijk('A', []),
			{ key: 'GM', label: 'G', kind: 'gemeente', points: [] },
			wijk('B', []),
			{ key: 'NL', label: 'N', kind: 'nederland', points: [] }
		];
		const [a, gemeente, b, nederland] = seriesStyles(series);
		expect(a!.color).not.toBe(b!.color);
		expect(a!.dash).not.toBe(b!.dash);
		expect(gemeente!.width).toBeGreaterThan(a!.width);
		expect(nederland!.dash).not.toBe('');
	});
});

describe('spreadLabels', () => {
	it.each([
		{ ys: [100, 102, 104], expected: [100, 114, 128] },
		{ ys: [50, null, 200], expected: [50, null, 200] },
		{ ys: [295, 296], expected: [286, 300] }
	])('spreadLabels($ys) keeps labels 14 px apart inside the plot', ({ ys, expected }) => {
		expect(spreadLabels(ys, 14, 0, 300)).toEqual(expected);
	});
});

describe('line colours', () => {
	/** WCAG 2.1 contrast ratio of a #RRGGBB colour against white. */
	const onWhite = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
	};

	it.each(palette.map((color, i) => [color, labelInk[i]!]))(
		'line %s reaches 3:1 and its label colour %s 4.5:1 on white',
		(color, ink) => {
			expect(onWhite(color)).toBeGreaterThanOrEqual(3);
			expect(onWhite(ink)).toBeGreaterThanOrEqual(4.5);
		}
	);

	it('gives every wijk its label colour with its line colour', () => {
		const styles = seriesStyles(palette.map((_, i) => wijk(`WK${i}`, [1, 2, 3, 4])));
		expect(styles.map((s) => s.ink)).toEqual(labelInk);
	});
});

describe('endLabels', () => {
	it('keeps short names and shortens long ones to their start', () => {
		expect(endLabels(['Centrum', 'Bezuidenhout-Oost en West'])).toEqual([
			'Centrum',
			'Bezuidenhout-…'
		]);
	});

	it('gives names that start alike their start and end, so no two lines read the same', () => {
		const labels = endLabels([
			'Benoordenhout en Haagse Bos (WK051804)',
			'Benoordenhout en Haagse Bos (WK051824)',
			'Belgisch Park en Oostduinen',
			'Belgisch Park en Westbroekpark',
			'Bezuidenhout'
		]);
		expect(labels).toEqual([
			'Beno…WK051804)',
			'Beno…WK051824)',
			'Belg…ostduinen',
			'Belg…broekpark',
			'Bezuidenhout'
		]);
		for (const l of labels) expect(l.length).toBeLessThanOrEqual(14);
	});
});

describe('lineModel on a phone', () => {
	const names = ['Oosterweide', 'Voorbeeldstad (gemeente)'];
	const series = names.map((label, i) => ({ ...wijk(`W${i}`, [10 + i, 11, 12, 13]), label }));

	it('gives the lines the room of their end labels below 480 px: the legend names them', () => {
		expect(marginFor(320).right).toBeLessThan(marginFor(720).right);
		const narrow = lineModel(
			series,
			periods,
			{ width: 238, height: 300 },
			{ margin: marginFor(238) }
		);
		const wide = lineModel(
			series,
			periods,
			{ width: 720, height: 300 },
			{ margin: marginFor(720) }
		);
		expect(narrow.lines.map((l) => l.endLabel)).toEqual(['', '']);
		expect(wide.lines.map((l) => l.endLabel)).toEqual(['Oosterweide', 'Voorbeeldstad…']);
		expect(narrow.margin).toEqual(marginFor(238));
		// The lines keep more than half of the chart (with names at their ends: under a third).
		const xs = narrow.lines[0]!.points.map((p) => p.x);
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(238 / 2);
	});

	it('shortens end labels to the room a margin gives', () => {
		const m = lineModel(series, periods, size, { margin: { ...marginFor(720), right: 100 } });
		expect(m.lines.map((l) => l.endLabel)).toEqual(['Oosterwe…', 'Voorbeel…']);
	});
});

describe('lineModel points and their margins', () => {
	it('gives a point its 95% margin only where both bounds are known', () => {
		const s: LineSeries = {
			key: 'A',
			label: 'A',
			kind: 'wijk',
			points: [
				{ period: '2019', value: 10, low: 8, high: 12 },
				{ period: '2020', value: 11, low: 9, high: null },
				{ period: '2021', value: 12 }
			]
		};
		const points = lineModel([s], periods, size).lines[0]!.points;
		expect(points.map((p) => [p.low, p.high])).toEqual([
			[8, 12],
			[null, null],
			[null, null]
		]);
	});
});

describe('lineModel y-axis labels', () => {
	it('makes room on the left for long tick labels, such as Nederland’s number of inhabitants', () => {
		const big = {
			...wijk('NL', [17_300_000, 17_400_000, 17_450_000, 17_500_000]),
			kind: 'nederland' as const
		};
		const m = lineModel([wijk('W', [12_000, 12_100, 12_200, 12_300]), big], periods, size);
		const widest = Math.max(...m.yTicks.map((t) => t.label.length));
		expect(widest).toBeGreaterThanOrEqual(10);
		expect(m.margin.left).toBeGreaterThanOrEqual(widest * 7.5);
		expect(Math.min(...m.lines[0]!.points.map((p) => p.x))).toBeGreaterThan(m.margin.left);
		// Small numbers keep the usual margin.
		expect(lineModel([wijk('W', [10, 11, 12, 13])], periods, size).margin.left).toBe(64);
	});
});
