import type { SurvivalRecord } from '$lib/db/queries/pilot/views';
import { CONTROL, comparedGroups } from './effect-design';
import { verdictOf, type Verdict } from './effect-did';
import { kaplanMeier, monthOf, type HiddenReason, type Interval, type SurvivalRow } from './stats';
import { normalQuantile } from './stats/distributions';
import { exitTypes, type ExitType } from './templates';

/**
 * Outflow curves per group, Kaplan–Meier style: per month since start, the share still in the
 * bijstand, or the share that has found work by then. Built from per-person dates that stay in
 * here: only the curves leave, cut off where fewer than `threshold` people are still followed.
 */

export type CurveId = 'werk12' | 'werk27' | 'bijstand';

export interface CurveKind {
	id: CurveId;
	/** uitstroom_types that count as the event; other exits end follow-up (censored). */
	events: readonly string[];
	/** survival: share without the event (still in the bijstand); cumulative: share with it. */
	measure: 'survival' | 'cumulative';
}

/**
 * Leaving the bijstand: work, an opleiding (studiefinanciering) or another reason for uitstroom.
 * Moving away or stopping with the pilot ends what we know of someone, not their bijstand: those
 * are censored, as the view says.
 */
const bijstandExits: readonly ExitType[] = exitTypes.filter(
	(type) => type !== 'verhuisd' && type !== 'gestopt'
);

export const curveKinds: CurveKind[] = [
	{ id: 'werk12', events: ['werk_12', 'werk_27'], measure: 'cumulative' },
	{ id: 'werk27', events: ['werk_27'], measure: 'cumulative' },
	{ id: 'bijstand', events: bijstandExits, measure: 'survival' }
];

/** Months since start shown in the table. */
export const MILESTONES = [6, 12, 18, 24];
const MAX_MONTHS = 120;

/** `kort`: fewer than `threshold` people were still followed this long. */
export type CurveHidden = HiddenReason | 'kort';

export interface CurvePoint {
	month: number;
	/** Percent. */
	value: number;
	low: number;
	high: number;
	atRisk: number;
}

export interface CurveSeries {
	grp: string;
	/** Participants in the curve; null when the group is hidden. */
	n: number | null;
	hidden: HiddenReason | null;
	/** Months 0 … the last month with enough people followed. */
	points: CurvePoint[];
	/** The first month left out because too few people were followed; null when none is. */
	stoppedAt: number | null;
	/** Records left out for inconsistent dates. */
	excluded: number;
}

export interface CurveCell {
	grp: string;
	value: number | null;
	interval: Interval | null;
	atRisk: number | null;
	hidden: CurveHidden | null;
}

export interface CurveDifference {
	grp: string;
	/** Percentage points, group minus control. */
	estimate: number;
	interval: Interval | null;
	verdict: Verdict;
}

export interface Milestone {
	month: number;
	cells: CurveCell[];
	differences: CurveDifference[];
}

export interface CurveModel {
	kind: CurveKind;
	series: CurveSeries[];
	milestones: Milestone[];
	/** The last month any curve reaches. */
	lastMonth: number;
}

/** The longest follow-up in months (at least the last milestone, at most ten years). */
export function horizonOf(records: readonly SurvivalRecord[]): number {
	const months = records.map((r) => monthOf(r.start, r.exitDate ?? r.censorDate) ?? 0);
	return Math.min(MAX_MONTHS, Math.max(MILESTONES.at(-1)!, ...months));
}

/**
 * The curves of one kind for each group. `groupHidden` says which groups are hidden by the
 * participant-count suppression across wijken; `compare` adds differences with the control group.
 */
export function curveModel(
	records: readonly SurvivalRecord[],
	kind: CurveKind,
	groups: readonly string[],
	threshold: number,
	groupHidden: (grp: string) => HiddenReason | null,
	compare: boolean
): CurveModel {
	const horizon = horizonOf(records);
	const curves = groups.map((grp) => {
		const own = records.filter((r) => r.grp === grp);
		const curve = kaplanMeier(own, kind.events, horizon);
		return { grp, curve, hidden: groupHidden(grp) };
	});
	const series = curves.map(({ grp, curve, hidden }): CurveSeries => {
		if (hidden) return { grp, n: null, hidden, points: [], stoppedAt: null, excluded: 0 };
		const stop = curve.rows.findIndex((r) => r.atRisk < threshold || valueOf(r, kind) === null);
		const shown = stop < 0 ? curve.rows : curve.rows.slice(0, stop);
		const points = shown.map((r) => pointOf(r, kind));
		const stoppedAt = stop < 0 ? null : stop;
		return { grp, n: curve.n, hidden: null, points, stoppedAt, excluded: curve.excluded };
	});
	const milestones = MILESTONES.map((month) => {
		const cells = series.map((s) => cellAt(s, month));
		const control = cells.find((c) => c.grp === CONTROL);
		const differences = compare && control ? differencesAt(cells, control, curves, month) : [];
		return { month, cells, differences };
	});
	const lastMonth = Math.max(0, ...series.map((s) => s.points.at(-1)?.month ?? 0));
	return { kind, series, milestones, lastMonth };
}

function valueOf(row: SurvivalRow, kind: CurveKind): number | null {
	return kind.measure === 'survival' ? row.survival : row.cumulative;
}

function pointOf(row: SurvivalRow, kind: CurveKind): CurvePoint {
	const value = valueOf(row, kind)!;
	const interval = kind.measure === 'survival' ? row.survivalInterval : row.cumulativeInterval;
	// No interval while nobody had the event yet: the band is then the value itself.
	return {
		month: row.month,
		value,
		low: interval?.low ?? value,
		high: interval?.high ?? value,
		atRisk: row.atRisk
	};
}

function cellAt(series: CurveSeries, month: number): CurveCell {
	const base = { grp: series.grp, value: null, interval: null, atRisk: null };
	if (series.hidden) return { ...base, hidden: series.hidden };
	const point = series.points.find((p) => p.month === month);
	if (!point) return { ...base, hidden: 'kort' };
	const interval =
		point.low === point.high ? null : { low: point.low, high: point.high, level: 0.95 };
	return { grp: series.grp, value: point.value, interval, atRisk: point.atRisk, hidden: null };
}

/**
 * Group minus control at one month, with a normal interval from the two Greenwood standard
 * errors (independent groups): D ± z · √(se₁² + se₂²).
 */
function differencesAt(
	cells: CurveCell[],
	control: CurveCell,
	curves: { grp: string; curve: { rows: SurvivalRow[] } }[],
	month: number
): CurveDifference[] {
	const seOf = (grp: string) =>
		curves.find((c) => c.grp === grp)?.curve.rows[month]?.standardError ?? null;
	const z = normalQuantile(0.975);
	const compared = comparedGroups(cells.map((c) => c.grp));
	return cells.flatMap((cell) => {
		if (!compared.includes(cell.grp) || cell.value === null || control.value === null) return [];
		const estimate = cell.value - control.value;
		const [a, b] = [seOf(cell.grp), seOf(CONTROL)];
		const se = a === null || b === null ? 0 : Math.hypot(a, b);
		const interval =
			se > 0 ? { low: estimate - z * se, high: estimate + z * se, level: 0.95 } : null;
		return [{ grp: cell.grp, estimate, interval, verdict: verdictOf(interval) }];
	});
}
