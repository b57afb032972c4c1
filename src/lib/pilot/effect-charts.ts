import { scaleLinear, scalePoint } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { tickFormatter } from '$lib/charts/format';
import { dashes, palette } from '$lib/charts/line/model';
import type { CurveSeries } from './effect-curves';
import type { Estimate } from './effect-estimates';
import type { HiddenReason } from './stats';

/**
 * Chart models of the Effect view (d3 computes, Svelte draws): a dot-and-whisker chart per
 * group over the meetmomenten, and step curves with bands per month since start. Each group has
 * a colour, a dash pattern and a marker shape, so groups never differ by colour alone.
 */

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';
const shapes: Shape[] = ['circle', 'square', 'triangle', 'diamond'];

export interface GroupStyle {
	color: string;
	dash: string;
	shape: Shape;
}

export function groupStyle(index: number): GroupStyle {
	return {
		color: palette[index % palette.length]!,
		dash: dashes[index % dashes.length]!,
		shape: shapes[index % shapes.length]!
	};
}

/** An SVG path for a marker of about `r` radius centred on (x, y). */
export function markerPath(shape: Shape, x: number, y: number, r = 5): string {
	if (shape === 'square') return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
	if (shape === 'triangle')
		return `M${x},${y - r - 1}L${x + r + 1},${y + r}L${x - r - 1},${y + r}Z`;
	if (shape === 'diamond')
		return `M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z`;
	return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

export interface Size {
	width: number;
	height: number;
}

export const momentMargin = { top: 16, right: 16, bottom: 40, left: 56 };

export interface MomentMark {
	x: number;
	y: number;
	/** Whisker ends; null without an interval. */
	y1: number | null;
	y2: number | null;
	estimate: Estimate;
}

export interface MomentGroup extends GroupStyle {
	grp: string;
	marks: MomentMark[];
	/** A dashed line joining the group's meetmomenten, with gaps where a value is hidden. */
	path: string | null;
	hidden: { x: number; moment: string; reason: HiddenReason }[];
}

/** Groups side by side around each meetmoment, so their whiskers do not overlap. */
export function momentChartModel(
	estimates: readonly Estimate[],
	groups: readonly string[],
	moments: readonly string[],
	size: Size
) {
	const { top, right, bottom, left } = momentMargin;
	const x = scalePoint<string>()
		.domain(moments)
		.range([left, size.width - right])
		.padding(0.5);
	const numbers = estimates.flatMap((e) => [e.value, e.interval?.low, e.interval?.high]);
	const present = numbers.filter((v): v is number => typeof v === 'number');
	const [lo, hi] = present.length ? [Math.min(...present), Math.max(...present)] : [0, 1];
	const y = scaleLinear()
		.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
		.nice()
		.range([size.height - bottom, top]);
	const step = Math.min(14, (x.step() * 0.6) / Math.max(1, groups.length));
	const dodge = (i: number) => (i - (groups.length - 1) / 2) * step;
	const join = line<{ x: number; y: number | null }>()
		.defined((p) => p.y !== null)
		.x((p) => p.x)
		.y((p) => p.y ?? 0);
	const ticks = y.ticks(5);
	const format = tickFormatter(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1);
	const drawn = groups.map((grp, i): MomentGroup => {
		const at = (m: string) => x(m)! + dodge(i);
		const own = moments.map((m) => ({
			m,
			e: estimates.find((e) => e.grp === grp && e.moment === m)
		}));
		const marks = own.flatMap(({ m, e }) =>
			e && e.value !== null
				? [
						{
							x: at(m),
							y: y(e.value),
							y1: e.interval && y(e.interval.low),
							y2: e.interval && y(e.interval.high),
							estimate: e
						}
					]
				: []
		);
		const hidden = own.flatMap(({ m, e }) =>
			e?.hidden ? [{ x: at(m), moment: m, reason: e.hidden }] : []
		);
		const points = own.map(({ m, e }) => ({ x: at(m), y: e?.value == null ? null : y(e.value) }));
		return { grp, ...groupStyle(i), marks, path: marks.length > 1 ? join(points) : null, hidden };
	});
	return {
		...size,
		xTicks: moments.map((m) => ({ x: x(m)!, moment: m })),
		yTicks: ticks.map((v) => ({ y: y(v), label: format(v) })),
		groups: drawn,
		empty: present.length === 0
	};
}

export type MomentChartModel = ReturnType<typeof momentChartModel>;

export const curveMargin = { top: 16, right: 16, bottom: 44, left: 48 };

export interface CurveLine extends GroupStyle {
	grp: string;
	path: string | null;
	band: string | null;
	/** Where the line stops early because too few people are still followed. */
	stop: { x: number; y: number; month: number } | null;
	points: { x: number; y: number; month: number; value: number; low: number; high: number }[];
}

/**
 * Step curves (the value holds until the next month) with their 95% band, over months since
 * start; y runs from 0 to 100% for the share still in the bijstand, otherwise from 0 up.
 */
export function curveChartModel(
	series: readonly CurveSeries[],
	groups: readonly string[],
	measure: 'survival' | 'cumulative',
	size: Size
) {
	const { top, right, bottom, left } = curveMargin;
	const lastMonth = Math.max(24, ...series.map((s) => s.points.at(-1)?.month ?? 0));
	const x = scaleLinear()
		.domain([0, lastMonth])
		.range([left, size.width - right]);
	const highest = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.high)));
	const y = scaleLinear()
		.domain([0, measure === 'survival' ? 100 : Math.min(100, highest)])
		.nice()
		.range([size.height - bottom, top]);
	type P = CurveSeries['points'][number];
	const path = line<P>()
		.x((p) => x(p.month))
		.y((p) => y(p.value))
		.curve(curveStepAfter);
	const band = area<P>()
		.x((p) => x(p.month))
		.y0((p) => y(p.low))
		.y1((p) => y(p.high))
		.curve(curveStepAfter);
	const lines = series.map((s): CurveLine => {
		const style = groupStyle(Math.max(0, groups.indexOf(s.grp)));
		const last = s.points.at(-1);
		// A step line ends at the start of its last month: carry it to the end of that month.
		const drawn = last
			? [...s.points, { ...last, month: Math.min(last.month + 1, lastMonth) }]
			: [];
		return {
			grp: s.grp,
			...style,
			path: drawn.length ? path(drawn) : null,
			band: drawn.length ? band(drawn) : null,
			stop:
				s.stoppedAt !== null && last
					? { x: x(last.month + 1), y: y(last.value), month: s.stoppedAt }
					: null,
			points: s.points.map((p) => ({ ...p, x: x(p.month), y: y(p.value) }))
		};
	});
	const ticks = y.ticks(5);
	const format = tickFormatter(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1);
	return {
		...size,
		xTicks: monthTicks(lastMonth).map((m) => ({ x: x(m), label: String(m) })),
		yTicks: ticks.map((v) => ({ y: y(v), label: `${format(v)}%` })),
		lines
	};
}

export type CurveChartModel = ReturnType<typeof curveChartModel>;

/** Every 6 months (every 12 beyond five years): the rhythm of the milestones. */
export function monthTicks(lastMonth: number): number[] {
	const step = lastMonth > 60 ? 12 : 6;
	return Array.from({ length: Math.floor(lastMonth / step) + 1 }, (_, i) => i * step);
}
