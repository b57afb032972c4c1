import type { Direction } from '$lib/catalog/indicators';
import {
	differenceFrom,
	intervalOf,
	judge,
	type Difference,
	type Judgement
} from '$lib/explore/compare';
import { judgementColor } from '../dots/model';
import { decimalsFor } from '../format';

/** One value of one indicator for the gemeente or one of its wijken. */
export interface HeatmapObservation {
	indicator: string;
	code: string;
	level: string;
	name: string;
	period: string;
	/** Start date of the period (JJJJ-MM-DD): orders the periods. */
	start: string;
	value: number | null;
	missing: 'suppressed' | 'not_available' | null;
	ci_low: number | null;
	ci_high: number | null;
	n: number | null;
	/** A model estimate (RIVM small-area estimation), not a direct measurement. */
	model: boolean;
}

export interface HeatmapIndicator {
	id: string;
	name: string;
	unit: string | null;
	direction: Direction;
}

export type CellStatus = Judgement | 'niet_gepubliceerd' | 'geen_gegevens';

export interface HeatmapCell {
	indicator: string;
	value: number | null;
	/** The 95% interval the test used (from the source or from n), if any. */
	low: number | null;
	high: number | null;
	status: CellStatus;
	/** Never colour alone: ▲ higher, ▼ lower, = no demonstrable difference, ? not testable. */
	symbol: string;
	model: boolean;
}

export interface HeatmapColumn extends HeatmapIndicator {
	/** The latest period with a value for the gemeente and a wijk; else the latest with a wijk. */
	period: string;
	reference: number | null;
	decimals: number;
	model: boolean;
}

export interface HeatmapRow {
	code: string;
	name: string;
	cells: HeatmapCell[];
}

export interface HeatmapModel {
	columns: HeatmapColumn[];
	rows: HeatmapRow[];
	/** Indicators without any wijk value: listed, not silently dropped. */
	withoutWijken: HeatmapIndicator[];
	counts: Record<CellStatus, number>;
}

export const cellStatuses: CellStatus[] = [
	'gunstiger',
	'ongunstiger',
	'hoger',
	'lager',
	'geen_verschil',
	'niet_getoetst',
	'niet_gepubliceerd',
	'geen_gegevens'
];

const stripes = 'repeating-linear-gradient(45deg, transparent 0 5px, #b0b0b0 5px 7px)';
const crossHatch =
	'repeating-linear-gradient(45deg, transparent 0 6px, #b0b0b0 6px 7px), ' +
	'repeating-linear-gradient(-45deg, transparent 0 6px, #b0b0b0 6px 7px)';
const plain = { fill: '#f2f2f2', ink: '#1a1a1a', pattern: null };

/**
 * Colours as in the Vergelijking (Okabe-Ito blue and vermillion, white text at 4.5:1 or more);
 * every other class is uncoloured, and missing values get a pattern (a CSS background-image)
 * instead of a colour.
 */
export const cellStyle: Record<CellStatus, { fill: string; ink: string; pattern: string | null }> =
	{
		gunstiger: { fill: judgementColor.gunstiger!, ink: '#ffffff', pattern: null },
		// The Vergelijking's #D55E00, darkened: white text on it reaches 4.8:1 instead of 3.9:1.
		ongunstiger: { fill: '#BF5000', ink: '#ffffff', pattern: null },
		hoger: plain,
		lager: plain,
		geen_verschil: plain,
		niet_getoetst: plain,
		niet_gepubliceerd: { fill: '#ffffff', ink: '#1a1a1a', pattern: crossHatch },
		geen_gegevens: { fill: '#ffffff', ink: '#1a1a1a', pattern: stripes }
	};

const symbols: Record<Difference | 'niet_gepubliceerd' | 'geen_gegevens', string> = {
	hoger: '▲',
	lager: '▼',
	geen_verschil: '=',
	niet_getoetst: '?',
	niet_gepubliceerd: '×',
	geen_gegevens: '–'
};

/** The symbol of each class in a legend: better and worse can point either way. */
export const legendSymbols: Record<CellStatus, string> = {
	...symbols,
	gunstiger: '▲▼',
	ongunstiger: '▲▼'
};

const isWijk = (o: HeatmapObservation) => o.level === 'WK' || o.level === 'custom';

/** Latest first: by start date, then by label so equal starts still order the same way. */
const later = (a: HeatmapObservation, b: HeatmapObservation) =>
	b.start.localeCompare(a.start) || b.period.localeCompare(a.period);

function columnPeriod(observations: HeatmapObservation[]): string | null {
	const gemeente = new Set(
		observations.filter((o) => o.level === 'GM' && o.value !== null).map((o) => o.period)
	);
	const wijk = observations.filter((o) => isWijk(o) && o.value !== null).sort(later);
	return (wijk.find((o) => gemeente.has(o.period)) ?? wijk[0])?.period ?? null;
}

function cellOf(
	row: HeatmapObservation | undefined,
	reference: number | null,
	indicator: HeatmapIndicator
): HeatmapCell {
	const base = { indicator: indicator.id, low: null, high: null, model: row?.model ?? false };
	if (!row || row.value === null) {
		const status = row?.missing === 'suppressed' ? 'niet_gepubliceerd' : 'geen_gegevens';
		return { ...base, value: null, status, symbol: symbols[status] };
	}
	const interval = intervalOf(
		{ value: row.value, low: row.ci_low, high: row.ci_high, n: row.n },
		indicator.unit
	);
	const difference = differenceFrom(interval, reference);
	return {
		...base,
		value: row.value,
		low: interval?.low ?? null,
		high: interval?.high ?? null,
		status: judge(difference, indicator.direction),
		symbol: symbols[difference]
	};
}

/**
 * Wijken (rows, by name) against their gemeente for every indicator (columns, in the given
 * order), each in its latest period where both have a value. A cell is better or worse only when
 * the wijk's 95% interval excludes the gemeente's value and the indicator has a direction;
 * without a direction it is just higher or lower, without an interval it is not tested.
 */
export function heatmapModel(
	observations: HeatmapObservation[],
	indicators: HeatmapIndicator[]
): HeatmapModel {
	const byIndicator = new Map<string, HeatmapObservation[]>();
	for (const o of observations) {
		const list = byIndicator.get(o.indicator);
		if (list) list.push(o);
		else byIndicator.set(o.indicator, [o]);
	}
	const wijken = new Map<string, string>();
	for (const o of observations) if (isWijk(o) && !wijken.has(o.code)) wijken.set(o.code, o.name);
	const nameCount = new Map<string, number>();
	for (const name of wijken.values()) nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
	const rowHeads = [...wijken]
		.map(([code, name]) => ({ code, name: nameCount.get(name)! > 1 ? `${name} (${code})` : name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.code.localeCompare(b.code));

	const columns: HeatmapColumn[] = [];
	const columnCells: Map<string, HeatmapCell>[] = [];
	const withoutWijken: HeatmapIndicator[] = [];
	for (const indicator of indicators) {
		const own = byIndicator.get(indicator.id) ?? [];
		const period = columnPeriod(own);
		if (period === null) {
			withoutWijken.push(indicator);
			continue;
		}
		const inPeriod = own.filter((o) => o.period === period);
		const reference = inPeriod.find((o) => o.level === 'GM' && o.value !== null)?.value ?? null;
		const cells = new Map<string, HeatmapCell>();
		for (const { code } of rowHeads) {
			const rows = inPeriod.filter((o) => o.code === code);
			const row = rows.find((o) => o.value !== null) ?? rows[0];
			cells.set(code, cellOf(row, reference, indicator));
		}
		const values = [...cells.values()].map((c) => c.value);
		columns.push({
			...indicator,
			period,
			reference,
			decimals: decimalsFor([...values, reference]),
			model: inPeriod.some((o) => o.model)
		});
		columnCells.push(cells);
	}

	const counts = Object.fromEntries(cellStatuses.map((s) => [s, 0])) as Record<CellStatus, number>;
	const rows = rowHeads.map(({ code, name }) => {
		const cells = columnCells.map((c) => c.get(code)!);
		for (const cell of cells) counts[cell.status]++;
		return { code, name, cells };
	});
	return { columns, rows, withoutWijken, counts };
}
