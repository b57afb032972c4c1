import { describe, expect, it } from 'vitest';
import {
	curveChartModel,
	groupStyle,
	markerPath,
	momentChartModel,
	monthTicks
} from './effect-charts';
import type { CurveSeries } from './effect-curves';
import type { Estimate } from './effect-estimates';

const estimate = (grp: string, moment: string, value: number | null, hidden = false): Estimate => ({
	grp,
	moment,
	n: value === null ? null : 50,
	value,
	interval: value === null ? null : { low: value - 4, high: value + 4, level: 0.95 },
	hidden: hidden ? 'klein' : null
});
const moments = ['nulmeting', 'tussenmeting', 'eindmeting'];
const size = { width: 600, height: 300 };

describe('groupStyle', () => {
	it('groupStyle gives the first four groups their own colour, dash and shape', () => {
		const styles = [0, 1, 2, 3].map(groupStyle);
		for (const key of ['color', 'dash', 'shape'] as const)
			expect(new Set(styles.map((s) => s[key])).size).toBe(4);
	});
});

describe('markerPath', () => {
	it.each([
		{ shape: 'circle', starts: 'M5,10a5,5' },
		{ shape: 'square', starts: 'M5,5h10' },
		{ shape: 'triangle', starts: 'M10,4L16,15' },
		{ shape: 'diamond', starts: 'M10,4L16,10' }
	] as const)('markerPath draws a $shape around its centre', ({ shape, starts }) =>
		expect(markerPath(shape, 10, 10)).toMatch(new RegExp(`^${starts}`))
	);
});

describe('momentChartModel', () => {
	const estimates = [
		estimate('pilot', 'nulmeting', 50),
		estimate('pilot', 'tussenmeting', null, true),
		estimate('pilot', 'eindmeting', 57),
		estimate('controle', 'nulmeting', 50),
		estimate('controle', 'tussenmeting', 51),
		estimate('controle', 'eindmeting', 52)
	];
	const m = momentChartModel(estimates, ['pilot', 'controle'], moments, size);

	it('momentChartModel leaves a hidden value out, as a gap with its reason', () => {
		const pilot = m.groups[0]!;
		expect(pilot.marks.map((k) => k.estimate.moment)).toEqual(['nulmeting', 'eindmeting']);
		expect(pilot.hidden.map((h) => [h.moment, h.reason])).toEqual([['tussenmeting', 'klein']]);
		expect(pilot.path!.match(/M/g)).toHaveLength(2);
		expect(m.groups[1]!.path!.match(/M/g)).toHaveLength(1);
	});

	it('momentChartModel puts the groups side by side and the whiskers inside the axis', () => {
		const [pilot, control] = m.groups;
		expect(pilot!.marks[0]!.x).toBeLessThan(control!.marks[0]!.x);
		const ys = m.groups.flatMap((g) => g.marks.flatMap((k) => [k.y1!, k.y2!]));
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(16);
		expect(Math.max(...ys)).toBeLessThanOrEqual(size.height - 40);
		// Whisker ends lie around the dot: 4 points either side.
		const k = pilot!.marks[0]!;
		expect(k.y2!).toBeLessThan(k.y);
		expect(k.y1!).toBeGreaterThan(k.y);
	});

	it('momentChartModel says it is empty when every value is hidden', () => {
		const hidden = momentChartModel(
			[estimate('pilot', 'nulmeting', null, true)],
			['pilot'],
			moments,
			size
		);
		expect(hidden.empty).toBe(true);
		expect(hidden.groups[0]!.marks).toEqual([]);
	});
});

describe('curveChartModel', () => {
	const series = (grp: string, months: number, stoppedAt: number | null): CurveSeries => ({
		grp,
		n: 40,
		hidden: null,
		excluded: 0,
		stoppedAt,
		points: Array.from({ length: months + 1 }, (_, month) => ({
			month,
			value: 100 - month,
			low: 96 - month,
			high: Math.min(100, 104 - month),
			atRisk: 40 - month
		}))
	});

	it('curveChartModel runs the share still in the bijstand from 0 to 100%', () => {
		const m = curveChartModel([series('pilot', 24, null)], ['pilot'], 'survival', size);
		expect(m.yTicks[0]!.label).toBe('0%');
		expect(m.yTicks.at(-1)!.label).toBe('100%');
		expect(m.xTicks.map((t) => t.label)).toEqual(['0', '6', '12', '18', '24']);
		expect(m.lines[0]!.path).toMatch(/^M/);
		expect(m.lines[0]!.stop).toBeNull();
	});

	it('curveChartModel marks where a curve stops early', () => {
		const m = curveChartModel(
			[series('pilot', 24, null), series('controle', 10, 11)],
			['pilot', 'controle'],
			'cumulative',
			size
		);
		const control = m.lines[1]!;
		expect(control.stop?.month).toBe(11);
		expect(control.points.at(-1)!.month).toBe(10);
		expect(control.dash).not.toBe(m.lines[0]!.dash);
	});
});

describe('monthTicks', () => {
	it.each([
		{ last: 24, ticks: [0, 6, 12, 18, 24] },
		{ last: 25, ticks: [0, 6, 12, 18, 24] },
		{ last: 72, ticks: [0, 12, 24, 36, 48, 60, 72] }
	])('monthTicks($last) is $ticks', ({ last, ticks }) => expect(monthTicks(last)).toEqual(ticks));
});
