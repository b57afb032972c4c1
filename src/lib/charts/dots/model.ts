import { scaleBand, scaleLinear } from 'd3-scale';
import type { Difference } from '$lib/explore/compare';
import { tickFormatter } from '../format';
import { shorten } from '../wrap';

export interface DotRow {
	key: string;
	label: string;
	value: number | null;
	low: number | null;
	high: number | null;
	/** Category for colour and legend: gunstiger, ongunstiger, hoger, lager, geen_verschil, niet_getoetst. */
	judgement: string;
	/** Higher or lower than the gemeente (the marker's shape), whichever of the two is better. */
	difference: Difference;
	missing: 'suppressed' | 'not_available' | null;
}

export interface DotReference {
	key: string;
	label: string;
	value: number;
}

export type MarkShape = 'circle' | 'up' | 'down' | 'diamond';

/** The shape says where a wijk lies against the gemeente: above, below, no difference, not tested. */
export const differenceShape: Record<Difference, MarkShape> = {
	hoger: 'up',
	lager: 'down',
	geen_verschil: 'circle',
	niet_getoetst: 'diamond'
};

/** The colour says better (Okabe-Ito blue) or worse (vermillion); anything else is grey. */
export const judgementColor: Record<string, string> = {
	gunstiger: '#0072B2',
	ongunstiger: '#D55E00'
};
const GREY = '#5A5A5A';

/** Colour and shape of a wijk's marker, also for the legend. */
export const markStyle = (row: Pick<DotRow, 'judgement' | 'difference'>) => ({
	color: judgementColor[row.judgement] ?? GREY,
	shape: differenceShape[row.difference]
});

/** The SVG path of a marker centred on (x, y); a circle is drawn as <circle> and has none. */
export const markPath = (shape: MarkShape, x: number, y: number) =>
	shape === 'up'
		? `M${x},${y - 6}L${x + 6},${y + 4}L${x - 6},${y + 4}Z`
		: shape === 'down'
			? `M${x},${y + 6}L${x + 6},${y - 4}L${x - 6},${y - 4}Z`
			: shape === 'diamond'
				? `M${x},${y - 5}L${x + 5},${y}L${x},${y + 5}L${x - 5},${y}Z`
				: '';

export const dotMargin = { top: 44, right: 24, bottom: 32, left: 200 };
const ROW = 22;

/**
 * Room for the wijk names left of the dots: 200 pixels, or on a phone a third of the width, so
 * that the dots keep about two thirds. Names longer than the room are shortened (`labelChars`);
 * each row's text alternative and tooltip keep the whole name.
 */
function labelRoom(width: number): number {
	return width < 560 ? Math.max(96, Math.round(width * 0.36)) : dotMargin.left;
}

/**
 * Characters of a wijk name that fit in `left` pixels: 24 in the default 200. Eight pixels a
 * character is generous for the chart's 0.8rem, also in bold (a focused row) and in wide fonts.
 */
const labelChars = (left: number) => Math.max(8, Math.floor((left - 8) / 8));

/** Pixels of one character of a reference line's (bold) label, a generous average. */
const REFERENCE_CHAR = 9;

/**
 * Where a reference line's label stands: centred over its line, but moved inward as far as
 * needed to stay inside the chart (on a phone "Gemeente Voorbeeldstad" is wider than the room
 * right of its line), and shortened when it is wider than the whole chart.
 */
function referenceLabel(x: number, label: string, width: number) {
	const fits = Math.floor((width - 4) / REFERENCE_CHAR);
	const text = shorten(label, fits);
	const half = (text.length * REFERENCE_CHAR) / 2;
	return { text, x: Math.min(Math.max(x, half + 2), width - half - 2) };
}

/**
 * A sorted dot chart: one row per area (highest value on top, areas without a value at the
 * bottom, never drawn at 0), whiskers for the 95% interval, and vertical reference lines.
 */
export function dotModel(rows: DotRow[], references: DotReference[], width: number) {
	const sorted = [...rows].sort((a, b) => {
		if (a.value === null || b.value === null)
			return a.value === null ? (b.value === null ? 0 : 1) : -1;
		return b.value - a.value;
	});
	const height = dotMargin.top + dotMargin.bottom + ROW * Math.max(1, sorted.length);
	const y = scaleBand<string>()
		.domain(sorted.map((r) => r.key))
		.range([dotMargin.top, height - dotMargin.bottom])
		.padding(0.2);
	const numbers = [
		...sorted.flatMap((r) => [r.value, r.low, r.high]),
		...references.map((r) => r.value)
	].filter((v): v is number => v !== null);
	const lo = numbers.length ? Math.min(...numbers) : 0;
	const hi = numbers.length ? Math.max(...numbers) : 1;
	const left = labelRoom(width);
	const chars = labelChars(left);
	const x = scaleLinear()
		.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
		.nice()
		.range([left, width - dotMargin.right]);
	// About one tick per 45 pixels (six at most): on a phone the labels would run together.
	const ticks = x.ticks(
		Math.max(2, Math.min(6, Math.floor((width - left - dotMargin.right) / 45)))
	);
	const format = tickFormatter(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1);
	return {
		width,
		height,
		left,
		xTicks: ticks.map((v) => ({ x: x(v), label: format(v) })),
		references: references.map((r) => ({
			...r,
			x: x(r.value),
			labelAt: referenceLabel(x(r.value), r.label, width)
		})),
		rows: sorted.map((r) => ({
			...r,
			shortLabel: shorten(r.label, chars),
			y: (y(r.key) ?? 0) + y.bandwidth() / 2,
			x: r.value === null ? null : x(r.value),
			x1: r.low === null ? null : x(r.low),
			x2: r.high === null ? null : x(r.high),
			...markStyle(r)
		}))
	};
}

export type DotModel = ReturnType<typeof dotModel>;
