import { direction, goalLevel, type TargetFields } from './goals';
import { meanInterval, shareInterval, suppressList, type HiddenReason } from './stats';
import { moments } from './templates';

/**
 * Progress against a target: the indicator's values per wijk and period (or meetmoment) as
 * series rows, small-cell suppression, the latest value per wijk and the status rule. Pure.
 */

/** One value of an indicator for one wijk (or all wijken together) and one period or meetmoment. */
export interface SeriesRow {
	/** The wijk; for a total row the gemeente (context) or null (all wijken of the pilot). */
	areaCode: string | null;
	total: boolean;
	/** Period label (`2025-Q4`, `2023`) or meetmoment (`eindmeting`). */
	period: string;
	/** Sorts periods and meetmomenten in time order. */
	order: string;
	/** When the value was measured: end of the period, or the middle measurement date. */
	date: string | null;
	value: number | null;
	/** People the value is based on; null when it is not a count of people. */
	n: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

/** A row as it may be shown: value, n, interval and date are null when `hidden` is set. */
export interface ShownRow extends SeriesRow {
	hidden: HiddenReason | null;
}

export interface ProcessRecord {
	periodLabel: string;
	periodStart: string;
	periodEnd: string;
	areaCode: string | null;
	measure: string;
	value: number | null;
}

/** Measures that are not counts of people: no suppression on their own numbers. */
const notPeople = new Set(['activiteiten_gepland', 'activiteiten_gerealiseerd']);
/** A median and a mean: they cannot be added up over wijken; they are about the people who started. */
const notAdditive = new Set(['doorlooptijd_dagen', 'tevredenheid']);

const rowKey = (areaCode: string | null, period: string) => `${period}|${areaCode ?? ''}`;

/**
 * Process registration as series. `bereik` is gestart / doelgroep (%), based on the people who
 * started. All wijken together: the rows without wijk when the file has them, otherwise the sum
 * over the wijken (only for counts; a median or mean of wijken cannot be summed).
 */
export function processSeries(records: readonly ProcessRecord[], measure: string): SeriesRow[] {
	const at = new Map<string, number | null>();
	for (const r of records) at.set(`${rowKey(r.areaCode, r.periodLabel)}|${r.measure}`, r.value);
	const lookup = (r: SeriesRow, m: string) =>
		at.get(`${rowKey(r.areaCode, r.period)}|${m}`) ?? null;
	const reach = (gestart: number | null, doelgroep: number | null) =>
		gestart !== null && doelgroep ? (100 * gestart) / doelgroep : null;
	const base = measure === 'bereik' ? 'gestart' : measure;
	const rows: SeriesRow[] = records
		.filter((r) => r.measure === base)
		.map((r) => ({
			areaCode: r.areaCode,
			total: r.areaCode === null,
			period: r.periodLabel,
			order: r.periodStart,
			date: r.periodEnd,
			value: r.value,
			n: r.value,
			ciLow: null,
			ciHigh: null
		}))
		.map((row) => {
			const gestart = lookup(row, 'gestart');
			if (measure === 'bereik') return { ...row, value: reach(gestart, lookup(row, 'doelgroep')) };
			if (notPeople.has(measure)) return { ...row, n: null };
			return notAdditive.has(measure) ? { ...row, n: gestart } : row;
		});
	if (notAdditive.has(measure)) return rows;
	const totals: SeriesRow[] = [];
	for (const inPeriod of byPeriod(rows).values()) {
		if (inPeriod.some((r) => r.total)) continue;
		const sum = (values: (number | null)[]) =>
			values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
		// Bereik over the wijken that have both numbers.
		const paired = inPeriod.filter((r) => r.value !== null);
		const value =
			measure === 'bereik'
				? reach(sum(paired.map((r) => r.n)), sum(paired.map((r) => lookup(r, 'doelgroep'))))
				: sum(inPeriod.map((r) => r.value));
		const n = sum(inPeriod.map((r) => r.n));
		totals.push({ ...inPeriod[0]!, areaCode: null, total: true, value, n });
	}
	return [...rows, ...totals];
}

function byPeriod<T extends SeriesRow>(rows: readonly T[]): Map<string, T[]> {
	const periods = new Map<string, T[]>();
	for (const row of rows) periods.set(row.order, [...(periods.get(row.order) ?? []), row]);
	return periods;
}

/** Per group × meetmoment × wijk: counts, mean, sd (person data or outcome tables). */
export interface OutcomeMoment {
	moment: string;
	areaCode: string | null;
	total: boolean;
	n: number;
	mean: number | null;
	sd: number | null;
	/** Person data of a 0/1 outcome: people with 1. */
	successes: number | null;
	/** Tables: the share in % as delivered. */
	share: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	date: string | null;
}

/**
 * Outcome values as series: a share (percentage with Wilson interval) or a mean (t interval), or
 * the interval a table delivered. A table share without interval gets a Wilson interval from the
 * share and n (successes rounded to whole people).
 */
export function effectSeries(rows: readonly OutcomeMoment[], kind: 'mean' | 'share'): SeriesRow[] {
	return rows.map((r) => {
		const order = String(moments.indexOf(r.moment as (typeof moments)[number]) + 1).padStart(
			2,
			'0'
		);
		let value: number | null;
		let interval: { low: number; high: number } | null;
		if (kind === 'share' && r.successes !== null) {
			const estimate = shareInterval(r.successes, r.n);
			[value, interval] = [estimate.percentage, estimate.interval];
		} else if (kind === 'share' && r.share !== null) {
			value = r.share;
			interval = shareInterval(Math.round((r.share / 100) * r.n), r.n).interval;
		} else {
			value = kind === 'share' && r.mean !== null ? 100 * r.mean : r.mean;
			interval = kind === 'mean' ? meanInterval({ n: r.n, mean: r.mean, sd: r.sd }).interval : null;
		}
		const given = r.ciLow !== null && r.ciHigh !== null;
		return {
			areaCode: r.areaCode,
			total: r.total,
			period: r.moment,
			order,
			date: r.date,
			value,
			n: r.n,
			ciLow: given ? r.ciLow : (interval?.low ?? null),
			ciHigh: given ? r.ciHigh : (interval?.high ?? null)
		};
	});
}

/**
 * Hides values based on fewer than `threshold` people. Process and effect values of wijken add up
 * to the total shown beside them, so they get complementary suppression per period (stats/
 * suppress); when the wijken shown do not cover the total, the people in the others form one
 * more (never shown) cell. Context values are published figures of whole wijken: only the primary rule applies
 * to them, when the source gives n.
 */
export function suppressSeries(
	rows: readonly SeriesRow[],
	threshold: number,
	kind: 'pilot' | 'public'
): ShownRow[] {
	const hiddenAt = new Map<SeriesRow, HiddenReason>();
	const small = (n: number | null) => n !== null && n > 0 && n < threshold;
	for (const inPeriod of byPeriod(rows).values()) {
		const total = inPeriod.find((r) => r.total && r.n !== null);
		const cells = inPeriod.filter((r) => !r.total && r.n !== null);
		if (kind === 'pilot' && total && cells.length > 0) {
			const counts = cells.map((r) => Math.max(0, Math.round(r.n!)));
			// People in no wijk shown (a table that gives only some wijken) form one more cell, which
			// is never shown itself.
			const rest = Math.round(total.n!) - counts.reduce((sum, n) => sum + n, 0);
			const result = suppressList(rest > 0 ? [...counts, rest] : counts, threshold);
			cells.forEach((r, i) => {
				const hidden = result.cells[i]!.hidden;
				if (hidden) hiddenAt.set(r, hidden);
			});
			if (result.total.hidden) hiddenAt.set(total, result.total.hidden);
		}
		for (const r of inPeriod) if (!hiddenAt.has(r) && small(r.n)) hiddenAt.set(r, 'klein');
	}
	return rows.map((row) => {
		const hidden = hiddenAt.get(row) ?? null;
		return hidden
			? { ...row, value: null, n: null, ciLow: null, ciHigh: null, date: null, hidden }
			: { ...row, hidden: null };
	});
}

/**
 * The latest row per wijk (and for the total) that has a value or was hidden: a hidden latest
 * value is never replaced by an older one. Total first, then wijken by code.
 */
export function latestRows(rows: readonly ShownRow[]): ShownRow[] {
	const latest = new Map<string, ShownRow>();
	for (const row of rows) {
		if (row.value === null && row.hidden === null) continue;
		const key = row.total ? '' : `wk:${row.areaCode ?? ''}`;
		const seen = latest.get(key);
		if (!seen || row.order > seen.order) latest.set(key, row);
	}
	return [...latest.values()].sort(
		(a, b) =>
			Number(b.total) - Number(a.total) || (a.areaCode ?? '~').localeCompare(b.areaCode ?? '~')
	);
}

/** The row for a target's wijk; `areaCode` null means the total row. */
export function scopeRow(rows: readonly ShownRow[], areaCode: string | null): ShownRow | null {
	return (
		rows.find((r) => (areaCode === null ? r.total : !r.total && r.areaCode === areaCode)) ?? null
	);
}

/** The earliest value for a target's wijk, offered as beginwaarde; null when none may be shown. */
export function earliestRow(rows: readonly ShownRow[], areaCode: string | null): ShownRow | null {
	const own = rows.filter((r) =>
		areaCode === null ? r.total : !r.total && r.areaCode === areaCode
	);
	const first = [...own]
		.filter((r) => r.value !== null || r.hidden !== null)
		.sort((a, b) => a.order.localeCompare(b.order))[0];
	return first && first.hidden === null ? first : null;
}

export type Status = 'gehaald' | 'op_koers' | 'achter' | 'onbekend';
export type UnknownReason = 'geen_gegevens' | 'te_weinig' | 'geen_begin' | 'geen_datum';

export interface Progress {
	status: Status;
	reason: UnknownReason | null;
	/** The level aimed for (see goalLevel). */
	goal: number | null;
	/** Share of the way from beginwaarde to goal covered so far (1 = there). */
	achieved: number | null;
	/** Share of the time from baseline date to target date passed at the latest value's date. */
	expected: number | null;
	/**
	 * The level the status compares the latest value with (the goal, or for op koers and achter
	 * the level due by the latest value's date) lies within that value's 95% interval: the
	 * status could as well be the other one.
	 */
	uncertain: boolean;
}

/** Whether `level` lies within the row's 95% interval (a row without one has no margin). */
const withinMargin = (row: ShownRow, level: number) =>
	row.ciLow !== null && row.ciHigh !== null && row.ciLow <= level && level <= row.ciHigh;

const dayNumber = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 86_400_000;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The status rule.
 * - onbekend: no latest value, or it is hidden (te weinig personen);
 * - gehaald: the latest value is at the goal level or beyond it, in the target's direction
 *   (a goal below the beginwaarde means lower is better; a minimal bereik means higher is better);
 * - otherwise the beginwaarde, its date, the target date and the latest value's date are needed
 *   (else onbekend). With expected = time passed since the baseline date / time from baseline date
 *   to target date (at most 1) and achieved = (latest − beginwaarde) / (goal − beginwaarde):
 *   op koers when achieved ≥ expected, achter when it is less.
 * A status is marked uncertain when the level it compares with (the goal; for op koers and
 * achter the level due now, beginwaarde + expected × (goal − beginwaarde)) lies within the latest
 * value's 95% interval: the data do not support the status over its neighbour.
 */
export function progressOf(target: TargetFields, latest: ShownRow | null): Progress {
	const goal = goalLevel(target);
	const unknown = (reason: UnknownReason): Progress => ({
		status: 'onbekend',
		reason,
		goal,
		achieved: null,
		expected: null,
		uncertain: false
	});
	if (latest?.hidden) return unknown('te_weinig');
	if (!latest || latest.value === null) return unknown('geen_gegevens');
	const dir = direction(target);
	if (goal === null || dir === null) return unknown('geen_begin');
	const { baseline, baselineDate, targetDate } = target;
	const achieved =
		baseline === null || goal === baseline ? null : (latest.value - baseline) / (goal - baseline);
	if (dir * (latest.value - goal) >= 0) {
		const uncertain = withinMargin(latest, goal);
		return { status: 'gehaald', reason: null, goal, achieved, expected: null, uncertain };
	}
	if (baseline === null || baselineDate === null || achieved === null) return unknown('geen_begin');
	if (latest.date === null || targetDate === null) return unknown('geen_datum');
	const span = dayNumber(targetDate) - dayNumber(baselineDate);
	const expected =
		span > 0 ? clamp01((dayNumber(latest.date) - dayNumber(baselineDate)) / span) : 1;
	const status = achieved >= expected - 1e-9 ? 'op_koers' : 'achter';
	const due = baseline + expected * (goal - baseline);
	return { status, reason: null, goal, achieved, expected, uncertain: withinMargin(latest, due) };
}

/** An explorer value for a wijk (or the gemeente: the total row) and period. */
export interface ContextValue {
	areaCode: string;
	total: boolean;
	periodLabel: string;
	periodStart: string;
	periodEnd: string;
	value: number | null;
	n: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

export function contextSeries(rows: readonly ContextValue[]): SeriesRow[] {
	return rows.map((r) => ({
		areaCode: r.areaCode,
		total: r.total,
		period: r.periodLabel,
		order: r.periodStart,
		date: r.periodEnd,
		value: r.value,
		n: r.n,
		ciLow: r.ciLow,
		ciHigh: r.ciHigh
	}));
}
