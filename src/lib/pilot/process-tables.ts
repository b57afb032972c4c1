import { nl } from '$lib/charts/format';
import { text } from '$lib/text.nl';
import { pilotText } from '$lib/pilot/text.nl';
import {
	ALL,
	cellOf,
	FUNNEL,
	MISSING,
	reach,
	shareOf,
	type Dropout,
	type FunnelStep,
	type Hidden,
	type PeriodCounts,
	type ProcessData,
	type Shown
} from './process';
import { personValues, rangeOf, type ActivityRow, type PersonMeasure } from './process-series';

/**
 * The exact numbers behind each Proces chart, as tables of shown (suppressed) cells: the view
 * renders them, the CSV download writes them, and the text alternatives are read from them.
 */

export type Unit = 'aantal' | 'procent' | 'dagen' | 'cijfer';

export interface TableColumn {
	label: string;
	unit: Unit;
}

export interface TableRow {
	key: string;
	label: string;
	cells: Shown[];
	/** A total (alle wijken, totaal): set in bold. */
	total?: boolean;
}

export interface ShownTable {
	caption: string;
	rowHeader: string;
	columns: TableColumn[];
	rows: TableRow[];
}

const t = pilotText.process;
const formats: Record<Unit, (n: number) => string> = {
	aantal: nl.format(',.0f'),
	procent: (n) => nl.format(',.1f')(n) + '%',
	dagen: nl.format(',.0f'),
	cijfer: nl.format(',.1f')
};
const csvDecimals: Record<Unit, number> = { aantal: 0, procent: 1, dagen: 0, cijfer: 1 };

/** "verborgen", "geen gegevens" or the number in Dutch notation. */
export function formatShown(cell: Shown, unit: Unit): string {
	if (cell.hidden) return pilotText.suppressed;
	if (cell.notApplicable) return '–';
	if (cell.value === null) return text.values.missing;
	return formats[unit](cell.value);
}

export function hiddenReason(reason: Hidden, threshold: number): string {
	if (reason === 'onbekend') return t.hiddenUnknown;
	return reason === 'klein'
		? pilotText.suppressedReason.klein(threshold)
		: pilotText.suppressedReason.aanvullend;
}

/** The hidden reasons that occur in a table, in a fixed order (for the notes below it). */
export function reasonsIn(table: ShownTable): Hidden[] {
	const found = new Set(table.rows.flatMap((r) => r.cells.map((c) => c.hidden)));
	return (['klein', 'aanvullend', 'onbekend'] as const).filter((r) => found.has(r));
}

/** CSV rows of exactly what is shown: hidden cells say "verborgen", missing cells stay empty. */
export function tableCsv(table: ShownTable, threshold: number): (string | number | null)[][] {
	const round = (v: number, unit: Unit) => Number(v.toFixed(csvDecimals[unit]));
	return [
		[table.rowHeader, ...table.columns.map((c) => c.label)],
		...table.rows.map((r) => [
			r.label,
			...r.cells.map((c, i) =>
				c.hidden
					? pilotText.suppressed
					: c.value === null
						? null
						: round(c.value, table.columns[i]!.unit)
			)
		]),
		...reasonsIn(table).map((r) => [hiddenReason(r, threshold)])
	];
}

export const measureLabel = (m: string) => t.measures[m] ?? m;

/** A reason's label; a custom column uitval_schulden reads "Schulden". */
export function reasonLabel(measure: string): string {
	const known = t.reasons[measure];
	if (known) return known;
	const words = measure.replace(/^uitval_/, '').replaceAll('_', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

export function areaLabel(data: ProcessData, area: string): string {
	if (area === ALL) return t.allAreas;
	return data.wijken.find((w) => w.code === area)?.name ?? area;
}

export function funnelTable(steps: FunnelStep[], caption: string): ShownTable {
	return {
		caption,
		rowHeader: t.step,
		columns: [
			{ label: t.funnel.count, unit: 'aantal' },
			{ label: t.funnel.ofPrevious, unit: 'procent' },
			{ label: t.funnel.ofDoelgroep, unit: 'procent' }
		],
		rows: steps.map((s) => ({
			key: s.measure,
			label: measureLabel(s.measure),
			cells: [s.count, s.ofPrevious, s.ofDoelgroep]
		}))
	};
}

/** Doelgroep, gestart and bereik per wijk; alle wijken first. */
export function reachTable(data: ProcessData, counts: PeriodCounts): ShownTable {
	const areas = [ALL, ...data.wijken.map((w) => w.code)];
	return {
		caption: t.reach.caption(counts.period),
		rowHeader: t.area,
		columns: [
			{ label: measureLabel('doelgroep'), unit: 'aantal' },
			{ label: measureLabel('gestart'), unit: 'aantal' },
			{ label: t.reach.column, unit: 'procent' }
		],
		rows: areas.map((area) => {
			const r = reach(counts, area);
			return {
				key: area || 'alle',
				label: areaLabel(data, area),
				cells: [r.doelgroep, r.gestart, r.bereik],
				total: area === ALL
			};
		})
	};
}

/** Per period the steps of the funnel and the bereik of one area (or alle wijken). */
export function reachTrendTable(data: ProcessData, all: PeriodCounts[], area: string): ShownTable {
	return {
		caption: t.trend.caption(areaLabel(data, area)),
		rowHeader: t.periodColumn,
		columns: [
			...FUNNEL.map((m): TableColumn => ({ label: measureLabel(m), unit: 'aantal' })),
			{ label: t.reach.column, unit: 'procent' }
		],
		rows: all.map((counts) => ({
			key: counts.period,
			label: counts.period,
			cells: [...FUNNEL.map((m) => cellOf(counts, area, m)), reach(counts, area).bereik]
		}))
	};
}

export function activityTable(rows: ActivityRow[], areaName: string): ShownTable {
	const cell = (v: number | null): Shown => (v === null ? MISSING : { value: v, hidden: null });
	return {
		caption: t.activities.caption(areaName),
		rowHeader: t.periodColumn,
		columns: [
			{ label: t.activities.planned, unit: 'aantal' },
			{ label: t.activities.realised, unit: 'aantal' },
			{ label: t.activities.share, unit: 'procent' }
		],
		rows: rows.map((r) => ({
			key: r.period,
			label: r.period,
			cells: [cell(r.planned), cell(r.realised), cell(r.share)]
		}))
	};
}

export function dropoutTable(d: Dropout, caption: string): ShownTable {
	return {
		caption,
		rowHeader: t.dropout.reason,
		columns: [
			{ label: t.dropout.count, unit: 'aantal' },
			{ label: t.dropout.share, unit: 'procent' },
			{ label: t.dropout.ofGestart, unit: 'procent' }
		],
		rows: [
			...d.reasons.map((r) => ({
				key: r.measure,
				label: reasonLabel(r.measure),
				cells: [r.count, r.share, r.ofGestart]
			})),
			{
				key: 'totaal',
				label: t.dropout.total,
				cells: [d.uitgevallen, shareOf(d.uitgevallen, d.uitgevallen), d.rate],
				total: true
			}
		]
	};
}

/**
 * Medians or means per period (only periods with a number): one row for a single area (a wijk, or the rows without wijkcode);
 * for alle wijken without such rows a row per wijk plus the lowest and highest wijk shown.
 */
export function personTable(
	data: ProcessData,
	measure: PersonMeasure,
	area: string,
	threshold: number,
	perWijk: boolean
): ShownTable {
	const unit: Unit = measure === 'doorlooptijd_dagen' ? 'dagen' : 'cijfer';
	const labels = t.person[measure];
	const rows: TableRow[] = perWijk
		? data.wijken.map((w) => ({
				key: w.code,
				label: w.name,
				cells: personValues(data, measure, w.code, threshold)
			}))
		: [
				{
					key: area || 'alle',
					label: areaLabel(data, area),
					cells: personValues(data, measure, area, threshold)
				}
			];
	if (perWijk) {
		const ranges = data.periods.map((_, i) => rangeOf(rows.map((r) => r.cells[i]!)));
		const row = (key: string, label: string, pick: 'low' | 'high') => ({
			key,
			label,
			cells: ranges.map((r): Shown => (r ? { value: r[pick], hidden: null } : MISSING)),
			total: true
		});
		rows.push(row('laagste', t.person.lowest, 'low'), row('hoogste', t.person.highest, 'high'));
	}
	// Periods without any number (nobody started, no ratings) are left out; the card names them.
	const keep = data.periods.flatMap((_, i) =>
		rows.some((r) => r.cells[i]!.value !== null || r.cells[i]!.hidden) ? [i] : []
	);
	return {
		caption: t.person.caption(labels.title, areaLabel(data, area)),
		rowHeader: t.area,
		columns: keep.map((i) => ({ label: data.periods[i]!, unit })),
		rows: rows.map((r) => ({ ...r, cells: keep.map((i) => r.cells[i]!) }))
	};
}

/** What every Proces card needs: the data, the suppressed counts of each period, the choices. */
export interface ProcessContext {
	data: ProcessData;
	/** Suppressed counts per period, in the order of data.periods. */
	all: PeriodCounts[];
	period: string;
	area: string;
	pilot: string;
	threshold: number;
}

export const countsAt = (ctx: ProcessContext) =>
	ctx.all.find((c) => c.period === ctx.period) ?? ctx.all.at(-1)!;

/** "132 (41,7% van de doelgroep)"-style parts for the text alternatives. */
export const funnelParts = (steps: FunnelStep[]) =>
	steps
		.filter((s) => s.count.value !== null || s.count.hidden)
		.map((s) => {
			const n = `${measureLabel(s.measure).toLowerCase()} ${formatShown(s.count, 'aantal')}`;
			return s.ofDoelgroep.value === null
				? n
				: `${n} (${t.shareOf(formatShown(s.ofDoelgroep, 'procent'), t.funnel.doelgroep)})`;
		})
		.join(', ');

/** "Centrum 13,9%, Oude Haven …" from the rows of a table and one column. */
export function columnParts(table: ShownTable, column: number): string {
	const unit = table.columns[column]!.unit;
	return table.rows.map((r) => `${r.label} ${formatShown(r.cells[column]!, unit)}`).join(', ');
}
