import type { TrendRow } from '$lib/db/queries/explore';
import type { LineSeries } from '$lib/charts/line/model';
import { compareNl } from './order';
import { orderedPeriods, periodStarts } from './period-range';

export interface TrendTableRow {
	code: string;
	name: string;
	kind: LineSeries['kind'];
	cells: {
		period: string;
		value: number | null;
		missing: TrendRow['missing'];
		low: number | null;
		high: number | null;
	}[];
}

export interface TrendData {
	periods: string[];
	/** Where each period starts (JJJJ-MM-DD): the charts space the periods by it. */
	starts: ReadonlyMap<string, string>;
	wijken: { code: string; name: string }[];
	gemeente: { code: string; name: string } | null;
	series: LineSeries[];
	table: TrendTableRow[];
}

const kindOf = (level: TrendRow['level']): LineSeries['kind'] =>
	level === 'NL' ? 'nederland' : level === 'GM' ? 'gemeente' : 'wijk';

/**
 * Turns query rows into chart series and table rows: the chosen wijken as lines, the gemeente and
 * Nederland as reference lines (unless `references` is false, as for counts), every area in the
 * table. Periods are ordered by their start date.
 */
export function buildTrend(rows: TrendRow[], chosenWijken: string[], references = true): TrendData {
	const starts = periodStarts(rows);
	const periods = orderedPeriods(rows, starts);

	const areas = new Map<
		string,
		{ code: string; name: string; kind: LineSeries['kind']; rows: TrendRow[] }
	>();
	for (const r of rows) {
		const area = areas.get(r.code) ?? {
			code: r.code,
			name: r.name,
			kind: kindOf(r.level),
			rows: []
		};
		area.rows.push(r);
		areas.set(r.code, area);
	}
	const all = [...areas.values()];
	// Some exports give several wijk codes the same name: add the code so rows stay distinguishable.
	const nameCount = new Map<string, number>();
	for (const a of all) nameCount.set(a.name, (nameCount.get(a.name) ?? 0) + 1);
	for (const a of all) if (nameCount.get(a.name)! > 1) a.name = `${a.name} (${a.code})`;
	const wijken = all.filter((a) => a.kind === 'wijk').sort((a, b) => compareNl(a.name, b.name));
	const gemeente = all.find((a) => a.kind === 'gemeente') ?? null;
	const nederland = all.find((a) => a.kind === 'nederland') ?? null;
	const cells = (area: (typeof all)[number]) => {
		const byPeriod = new Map(area.rows.map((r) => [r.period, r]));
		return periods.map((period) => {
			const row = byPeriod.get(period);
			return {
				period,
				value: row?.value ?? null,
				missing: row?.missing ?? null,
				low: row?.ci_low ?? null,
				high: row?.ci_high ?? null
			};
		});
	};
	const chosen = new Set(chosenWijken);
	const shownReferences = references ? [gemeente, nederland] : [];
	const lineAreas = [...wijken.filter((w) => chosen.has(w.code)), ...shownReferences].filter(
		(a): a is (typeof all)[number] => a !== null
	);
	const series: LineSeries[] = lineAreas.map((a) => ({
		key: a.code,
		label: a.name,
		kind: a.kind,
		points: cells(a)
	}));
	// Built when read: a chart needs only its lines, the table every area (work on each switch).
	let table: TrendData['table'] | undefined;
	return {
		periods,
		starts,
		wijken: wijken.map(({ code, name }) => ({ code, name })),
		gemeente: gemeente ? { code: gemeente.code, name: gemeente.name } : null,
		series,
		get table() {
			return (table ??= [gemeente, nederland, ...wijken]
				.filter((a): a is (typeof all)[number] => a !== null)
				.map((a) => ({ code: a.code, name: a.name, kind: a.kind, cells: cells(a) })));
		}
	};
}
