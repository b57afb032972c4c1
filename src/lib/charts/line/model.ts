import { extent } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { tickFormatter } from '../format';
import { shorten } from '../wrap';

export type SeriesKind = 'wijk' | 'gemeente' | 'nederland';

export interface LinePoint {
	period: string;
	value: number | null;
	missing?: 'suppressed' | 'not_available' | null;
	/** 95% interval, when the source gives one; drawn as a band around the line. */
	low?: number | null;
	high?: number | null;
}

export interface LineSeries {
	key: string;
	label: string;
	kind: SeriesKind;
	points: LinePoint[];
}

export interface LineSize {
	width: number;
	height: number;
}

import { dashes, labelInk, palette } from './palette';

export { dashes, labelInk, MAX_WIJK_LINES, palette } from './palette';

const reference: Record<
	Exclude<SeriesKind, 'wijk'>,
	{ color: string; ink: string; dash: string; width: number }
> = {
	gemeente: { color: '#1a1a1a', ink: '#1a1a1a', dash: '', width: 3.5 },
	nederland: { color: '#595959', ink: '#595959', dash: '10 5', width: 2.5 }
};

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The default margin leaves room on the right for the end-of-line labels. */
export const margin: Margin = { top: 16, right: 140, bottom: 36, left: 64 };

/** Pixels of one character of a tick label (0.8rem), a generous average. */
const TICK_CHAR = 7.5;

/** Below this width (a phone) the lines get the room of the labels at their ends. */
const NARROW = 480;

/**
 * The margin for a chart `width` pixels wide. On a phone the names at the lines' ends would
 * leave the lines a third of the width: they go, and the legend under the chart names the lines.
 */
export function marginFor(width: number): Margin {
	return width < NARROW ? { top: 16, right: 16, bottom: 36, left: 52 } : margin;
}

/** Right margins narrower than this have no names at the lines' ends (endLabel is ''). */
const END_LABEL_ROOM = 60;

export interface LineOptions {
	margin?: Margin;
	/** A fixed value range instead of the data's own, e.g. one shared by small multiples. */
	yDomain?: [number, number] | null;
	yTickCount?: number;
	/**
	 * Where each period starts (JJJJ-MM-DD). With it the periods stand at their distance in time,
	 * so 2016, 2020, 2022 are not drawn as evenly spaced; without it (or when two periods share a
	 * start) they stand evenly spaced in the given order.
	 */
	starts?: ReadonlyMap<string, string> | null;
}

export interface DrawnPoint {
	x: number;
	y: number;
	period: string;
	value: number;
	/** The 95% interval around the value where the band is drawn, so it can be said too. */
	low: number | null;
	high: number | null;
}

export interface DrawnLine {
	key: string;
	label: string;
	kind: SeriesKind;
	color: string;
	/** The colour of its text: `color`, darkened where needed for 4.5:1. */
	ink: string;
	dash: string;
	strokeWidth: number;
	/** SVG path with a gap wherever a value is missing; null when there is no value at all. */
	path: string | null;
	/** The interval band, with gaps where bounds are missing; null without any bounds. */
	band: string | null;
	points: DrawnPoint[];
	/**
	 * Periods without a value, with the reason when the source gave one. `markX`: where the ×
	 * of a suppressed value stands; several series suppressed in one period stand side by side.
	 */
	gaps: {
		x: number;
		markX: number;
		period: string;
		reason: 'suppressed' | 'not_available' | null;
	}[];
	labelY: number | null;
	/** The label at the line's end, shortened to fit (endLabels); '' when there is no room. */
	endLabel: string;
}

export interface LineModel {
	width: number;
	height: number;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	/** The value range of the y axis after rounding to nice numbers. */
	yDomain: [number, number];
	lines: DrawnLine[];
	empty: boolean;
	/** The margin the chart was laid out with. */
	margin: Margin;
}

export interface SeriesStyle {
	color: string;
	ink: string;
	dash: string;
	width: number;
}

/** The colour, dash and width of each series: wijken take palette slots in order. */
export function seriesStyles(series: LineSeries[]): SeriesStyle[] {
	let wijkIndex = 0;
	return series.map((s) => {
		if (s.kind !== 'wijk') return reference[s.kind];
		const i = wijkIndex++;
		const slot = i % palette.length;
		return {
			color: palette[slot]!,
			ink: labelInk[slot]!,
			dash: dashes[i % dashes.length]!,
			width: 2
		};
	});
}

/** Space between the × marks of series suppressed in the same period. */
const MARK_STEP = 9;

/** Puts the × marks of one period side by side, centred on the period, in series order. */
function placeMarks(lines: Pick<DrawnLine, 'gaps'>[]) {
	const suppressed = lines.flatMap((l) => l.gaps.filter((g) => g.reason === 'suppressed'));
	const count = new Map<string, number>();
	for (const g of suppressed) count.set(g.period, (count.get(g.period) ?? 0) + 1);
	const placed = new Map<string, number>();
	for (const g of suppressed) {
		const k = placed.get(g.period) ?? 0;
		placed.set(g.period, k + 1);
		g.markX = g.x + (k - (count.get(g.period)! - 1) / 2) * MARK_STEP;
	}
}

/** How far in from the ends of the x range the first and last period stand, in steps. */
const X_PADDING = 0.3;

/**
 * A date (JJJJ-MM-DD) as a number of years, every year equally long: 1 January is the year
 * itself, so yearly periods stand evenly apart also across leap years. NaN when unreadable.
 */
function inYears(iso: string | undefined): number {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
	if (!m) return NaN;
	const year = Number(m[1]);
	const day = Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - Date.UTC(year, 0, 1);
	return year + day / (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1));
}

/**
 * The x position of each period: at its distance in time when every period has a start and the
 * starts rise strictly in the given order, else evenly spaced. Either way the first and last
 * period stand X_PADDING steps (of the even spacing) in from the ends.
 */
export function periodX(
	periods: string[],
	range: [number, number],
	starts?: ReadonlyMap<string, string> | null
): (period: string) => number | undefined {
	const even = scalePoint<string>().domain(periods).range(range).padding(X_PADDING);
	const times = periods.map((p) => inYears(starts?.get(p)));
	const rising = times.every((t, i) => Number.isFinite(t) && (i === 0 || t > times[i - 1]!));
	if (!starts || periods.length < 3 || !rising) return (p) => even(p);
	const pad = X_PADDING * even.step();
	const at = scaleLinear()
		.domain([times[0]!, times.at(-1)!])
		.range([range[0] + pad, range[1] - pad]);
	const positions = new Map(periods.map((p, i) => [p, at(times[i]!)]));
	return (p) => positions.get(p);
}

/** About the width of one character of an axis label (0.8rem), to keep labels apart. */
const LABEL_CHAR = 7;

/**
 * The x-axis labels that fit side by side: from the first on, each label that keeps a small
 * space to the one before; the last period always gets its label (a label before it that would
 * touch it is left out). Monthly data over some years would otherwise print over each other.
 */
export function thinTicks(ticks: { x: number; label: string }[], space = 8) {
	const half = (t: { label: string }) => (t.label.length * LABEL_CHAR) / 2;
	const apart = (a: { x: number; label: string }, b: { x: number; label: string }) =>
		b.x - a.x >= half(a) + half(b) + space;
	const kept: typeof ticks = [];
	for (const t of ticks) if (kept.length === 0 || apart(kept.at(-1)!, t)) kept.push(t);
	const last = ticks.at(-1);
	if (last && kept.at(-1) !== last) {
		while (kept.length > 1 && !apart(kept.at(-1)!, last)) kept.pop();
		kept.push(last);
	}
	return kept;
}

/**
 * Characters of a label at a line's end (bold) that fit in a right margin: 14 in the default
 * 140 pixels; more would run past the chart's edge.
 */
const endLabelChars = (right: number) => Math.max(6, Math.floor((right - 14) / 9));
const END_LABEL = endLabelChars(margin.right);

/**
 * The labels at the ends of the lines, shortened to fit: the start of a long name, or, where two
 * names start alike ("Belgisch Park en Oostduinen", "Belgisch Park en Oostbroek"), its start and
 * its end, so that no two lines carry the same label ("Benoordenhout en Haagse Bos (WK051804)"
 * and "… (WK051824)" become "Beno…WK051804)" and "Beno…WK051824)").
 */
export function endLabels(labels: string[], max = END_LABEL): string[] {
	const both = (l: string) => {
		if (l.length <= max) return l;
		// Most of the room for the end: names made unique with their code differ only there.
		const start = Math.floor((max - 1) / 3);
		return `${l.slice(0, start).trimEnd()}…${l.slice(l.length - (max - 1 - start)).trimStart()}`;
	};
	const short = labels.map((l) => shorten(l, max));
	const count = new Map<string, number>();
	for (const s of short) count.set(s, (count.get(s) ?? 0) + 1);
	return labels.map((l, i) => (count.get(short[i]!)! > 1 ? both(l) : short[i]!));
}

/** Spreads end-of-line labels vertically so they do not overlap (at least `gap` px apart). */
export function spreadLabels(ys: (number | null)[], gap: number, min: number, max: number) {
	const order = ys
		.map((y, i) => ({ y, i }))
		.filter((d): d is { y: number; i: number } => d.y !== null);
	order.sort((a, b) => a.y - b.y);
	for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
	const overflow = (order.at(-1)?.y ?? max) - max;
	if (overflow > 0) for (const d of order) d.y = Math.max(min, d.y - overflow);
	const result: (number | null)[] = ys.map(() => null);
	for (const d of order) result[d.i] = d.y;
	return result;
}

/** The lowest and highest value or interval bound of all series; null when none has a value. */
export function valueExtent(series: LineSeries[]): [number, number] | null {
	const values = series
		.flatMap((s) => s.points.flatMap((p) => [p.value, p.low ?? null, p.high ?? null]))
		.filter((v): v is number => v !== null);
	const [lo, hi] = extent(values);
	return lo === undefined || hi === undefined ? null : [lo, hi];
}

/**
 * Scales, ticks and paths for a line chart over ordered periods. A missing value is a gap in the
 * line and is listed in `gaps`; it is never drawn as 0.
 */
export function lineModel(
	series: LineSeries[],
	periods: string[],
	size: LineSize,
	options: LineOptions = {}
): LineModel {
	const { width, height } = size;
	const given = options.margin ?? margin;
	const { top, right, bottom } = given;
	const own = valueExtent(series);
	const [lo, hi] = options.yDomain ?? own ?? [0, 1];
	const y = scaleLinear()
		.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
		// With a tick count given, round the ends to that count's steps so the axis ends on a tick.
		.nice(options.yTickCount)
		.range([height - bottom, top]);
	const yTickValues = y.ticks(options.yTickCount ?? 5);
	const format = tickFormatter(yTickValues.length > 1 ? yTickValues[1]! - yTickValues[0]! : 1);
	// Room for the longest tick label ("17.500.000" next to a wijk's 12.000), so none is cut off.
	const widest = Math.max(0, ...yTickValues.map((v) => format(v).length));
	const left = Math.max(given.left, Math.ceil(widest * TICK_CHAR) + 10);
	const used = { ...given, left };
	const x = periodX(periods, [left, width - right], options.starts);
	const path = line<LinePoint>()
		.defined((p) => p.value !== null)
		.x((p) => x(p.period) ?? 0)
		.y((p) => y(p.value ?? 0));

	const bandPath = area<LinePoint>()
		.defined((p) => p.low != null && p.high != null)
		.x((p) => x(p.period) ?? 0)
		.y0((p) => y(p.low ?? 0))
		.y1((p) => y(p.high ?? 0));
	const styles = seriesStyles(series);
	const shortLabels =
		right < END_LABEL_ROOM
			? series.map(() => '')
			: endLabels(
					series.map((s) => s.label),
					endLabelChars(right)
				);
	const lines = series.map((s, i) => {
		const style = styles[i]!;
		const byPeriod = new Map(s.points.map((p) => [p.period, p]));
		const aligned = periods.map(
			(period) => byPeriod.get(period) ?? { period, value: null, missing: null }
		);
		const points = aligned
			.filter((p) => p.value !== null && x(p.period) !== undefined)
			.map((p) => ({
				x: x(p.period)!,
				y: y(p.value!),
				period: p.period,
				value: p.value!,
				low: p.low != null && p.high != null ? p.low : null,
				high: p.low != null && p.high != null ? p.high : null
			}));
		const gaps = aligned
			.filter((p) => p.value === null)
			.map((p) => ({
				x: x(p.period)!,
				markX: x(p.period)!,
				period: p.period,
				reason: p.missing ?? null
			}));
		return {
			key: s.key,
			label: s.label,
			kind: s.kind,
			color: style.color,
			ink: style.ink,
			dash: style.dash,
			strokeWidth: style.width,
			path: points.length > 0 ? path(aligned) : null,
			band: aligned.some((p) => p.low != null && p.high != null) ? bandPath(aligned) : null,
			points,
			gaps,
			labelY: points.at(-1)?.y ?? null,
			endLabel: shortLabels[i]!
		};
	});
	placeMarks(lines);
	const spread = spreadLabels(
		lines.map((l) => l.labelY),
		14,
		top,
		height - bottom
	);
	lines.forEach((l, i) => (l.labelY = spread[i] ?? null));

	return {
		width,
		height,
		xTicks: thinTicks(periods.map((p) => ({ x: x(p)!, label: p }))),
		yTicks: yTickValues.map((v) => ({ y: y(v), label: format(v) })),
		yDomain: y.domain() as [number, number],
		lines,
		empty: own === null,
		margin: used
	};
}
