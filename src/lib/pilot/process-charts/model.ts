import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { tickFormatter } from '$lib/charts/format';

/**
 * Layout of the Proces charts as pure functions: d3 computes scales and ticks, the Svelte
 * components draw. A value that is null (missing or hidden) gets no bar or dot at all: it is
 * never drawn as 0.
 */

export interface Tick {
	at: number;
	label: string;
}

function ticksOf(
	scale: ReturnType<typeof scaleLinear<number, number>>,
	count: number,
	suffix = '',
	whole = false
): Tick[] {
	// Counts of people have no fractions, so their axis has none either.
	const values = scale.ticks(count).filter((v) => !whole || Number.isInteger(v));
	const format = tickFormatter(values.length > 1 ? values[1]! - values[0]! : 1);
	return values.map((v) => ({ at: scale(v), label: format(v) + suffix }));
}

export const barLayout = { labelWidth: 170, noteWidth: 250, row: 30, top: 8, bottom: 28 };

export interface HBar {
	key: string;
	label: string;
	/** null: hidden or missing; no bar is drawn and the note says why. */
	value: number | null;
	/** The text after the bar: the exact number(s), or "verborgen". */
	note: string;
	strong?: boolean;
}

export interface BarInput {
	key: string;
	value: number | null;
}

export interface BarOptions {
	/** Fixes the end of the axis (e.g. at the doelgroep); null: the largest value. */
	max?: number | null;
	/** '%' for shares; '' for counts, whose axis then shows whole numbers only. */
	suffix?: string;
}

/** Horizontal bars from 0, one row each. */
export function barModel(rows: BarInput[], width: number, options: BarOptions = {}) {
	const { max = null, suffix = '' } = options;
	const { labelWidth, noteWidth, row, top, bottom } = barLayout;
	const height = top + bottom + row * Math.max(1, rows.length);
	const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
	const end = max ?? Math.max(1, ...values);
	const x = scaleLinear()
		.domain([0, end])
		.nice()
		.range([labelWidth, Math.max(labelWidth + 60, width - noteWidth)]);
	const y = scaleBand<string>()
		.domain(rows.map((r) => r.key))
		.range([top, height - bottom])
		.padding(0.25);
	return {
		width,
		height,
		x0: labelWidth,
		axisY: height - bottom,
		ticks: ticksOf(x, 5, suffix, suffix === ''),
		bars: rows.map((r) => ({
			key: r.key,
			y: y(r.key) ?? 0,
			thickness: y.bandwidth(),
			length: r.value === null ? null : x(r.value) - labelWidth,
			noteX: (r.value === null ? labelWidth : x(r.value)) + 6
		}))
	};
}

export const pairedLayout = { top: 28, right: 16, bottom: 36, left: 56 };

export interface PairInput {
	period: string;
	first: number | null;
	second: number | null;
}

/** Two bars per period side by side (e.g. planned and realised), on one axis from 0. */
export function pairedModel(rows: PairInput[], width: number, height: number) {
	const { top, right, bottom, left } = pairedLayout;
	const values = rows.flatMap((r) => [r.first, r.second]).filter((v): v is number => v !== null);
	const y = scaleLinear()
		.domain([0, Math.max(1, ...values)])
		.nice()
		.range([height - bottom, top]);
	const x = scaleBand<string>()
		.domain(rows.map((r) => r.period))
		.range([left, width - right])
		.padding(0.25);
	const half = x.bandwidth() / 2;
	const bar = (v: number | null, at: number) =>
		v === null ? null : { x: at, y: y(v), width: half - 1, height: y(0) - y(v) };
	return {
		width,
		height,
		baseline: y(0),
		ticks: ticksOf(y, 5),
		groups: rows.map((r) => {
			const x0 = x(r.period) ?? 0;
			return {
				period: r.period,
				x: x0,
				center: x0 + half,
				top: y(Math.max(r.first ?? 0, r.second ?? 0)),
				first: bar(r.first, x0),
				second: bar(r.second, x0 + half + 1)
			};
		})
	};
}

export const rangeLayout = { top: 16, right: 24, bottom: 36, left: 56 };

export interface RangeInput {
	period: string;
	points: { key: string; label: string; value: number | null }[];
}

/** Per period a dot per area and a line from the lowest to the highest; no dot for null. */
export function rangeModel(columns: RangeInput[], width: number, height: number) {
	const { top, right, bottom, left } = rangeLayout;
	const values = columns.flatMap((c) =>
		c.points.flatMap((p) => (p.value === null ? [] : [p.value]))
	);
	const lo = values.length ? Math.min(...values) : 0;
	const hi = values.length ? Math.max(...values) : 1;
	const y = scaleLinear()
		.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
		.nice()
		.range([height - bottom, top]);
	const x = scalePoint<string>()
		.domain(columns.map((c) => c.period))
		.range([left, width - right])
		.padding(0.5);
	return {
		width,
		height,
		ticks: ticksOf(y, 5),
		columns: columns.map((c) => {
			const present = c.points.filter((p) => p.value !== null);
			const ys = present.map((p) => y(p.value!));
			return {
				period: c.period,
				x: x(c.period) ?? 0,
				low: ys.length ? Math.max(...ys) : null,
				high: ys.length ? Math.min(...ys) : null,
				dots: present.map((p) => ({ key: p.key, label: p.label, value: p.value!, y: y(p.value!) }))
			};
		}),
		empty: values.length === 0
	};
}
