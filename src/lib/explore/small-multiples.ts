import { valueExtent, type LineSeries } from '$lib/charts/line/model';
import type { TrendTableRow } from './trend';

export interface Panel {
	code: string;
	name: string;
	/** The wijk first, then its gemeente as reference line. */
	series: LineSeries[];
}

export interface SmallMultiples {
	panels: Panel[];
	/** One value range for every panel, so heights compare across wijken; null without values. */
	domain: [number, number] | null;
}

const toSeries = (row: TrendTableRow, withBounds: boolean): LineSeries => ({
	key: row.code,
	label: row.name,
	kind: row.kind,
	points: row.cells.map((c) => ({
		period: c.period,
		value: c.value,
		missing: c.missing,
		low: withBounds ? c.low : null,
		high: withBounds ? c.high : null
	}))
});

/**
 * One small line chart per wijk, in the order of the table (by name), each with the gemeente as
 * reference unless `reference` is false (counts). Only the wijk's own interval is drawn: a second
 * band would hide the first.
 */
export function smallMultiples(table: TrendTableRow[], reference = true): SmallMultiples {
	const gemeente = reference ? table.find((r) => r.kind === 'gemeente') : undefined;
	const gemeenteLine = gemeente ? [toSeries(gemeente, false)] : [];
	const panels = table
		.filter((r) => r.kind === 'wijk')
		.map((r) => ({ code: r.code, name: r.name, series: [toSeries(r, true), ...gemeenteLine] }));
	return { panels, domain: valueExtent(panels.flatMap((p) => p.series)) };
}
