import type { GroupChange, GroupMoment } from '$lib/db/queries/pilot/views';
import { intervalOf } from '$lib/explore/compare';
import { NULMETING, type OutcomeInfo } from './effect-design';
import type { Suppression } from './effect-suppression';
import {
	meanInterval,
	shareInterval,
	type HiddenReason,
	type Interval,
	type SampleSummary
} from './stats';
import { normalQuantile, normalTwoSidedP, tQuantile, tTwoSidedP } from './stats/distributions';

/** A number as shown: everything null when hidden (then `hidden` says why) or unknown. */
export interface Estimate {
	grp: string;
	moment: string;
	n: number | null;
	/** Mean, or share in %; for changes: points, or percentage points for shares. */
	value: number | null;
	interval: Interval | null;
	hidden: HiddenReason | null;
}

const hiddenEstimate = (grp: string, moment: string, hidden: HiddenReason): Estimate => ({
	grp,
	moment,
	n: null,
	value: null,
	interval: null,
	hidden
});

/** Mean with its t interval, or share with its Wilson interval (or the table's own bounds). */
export function momentEstimate(row: GroupMoment, info: OutcomeInfo): Estimate {
	const base = { grp: row.grp, moment: row.moment, n: row.n, hidden: null };
	const delivered =
		row.ciLow !== null && row.ciHigh !== null && row.ciLow <= row.ciHigh
			? { low: row.ciLow, high: row.ciHigh, level: 0.95 }
			: null;
	if (info.kind === 'share' && info.basis === 'person') {
		const s = shareInterval(row.successes ?? 0, row.n);
		return { ...base, value: s.percentage, interval: s.interval };
	}
	if (info.kind === 'share') {
		const wilson = intervalOf({ value: row.share, low: null, high: null, n: row.n }, '%');
		const interval = delivered ?? (wilson && { low: wilson.low, high: wilson.high, level: 0.95 });
		return { ...base, value: row.share, interval: row.share === null ? null : interval };
	}
	if (info.basis === 'table' && row.sd === null)
		return { ...base, value: row.mean, interval: row.mean === null ? null : delivered };
	const m = meanInterval({ n: row.n, mean: row.mean, sd: row.sd });
	return { ...base, value: m.mean, interval: m.interval };
}

export function momentEstimates(
	rows: readonly GroupMoment[],
	info: OutcomeInfo,
	hidden: Suppression
): Estimate[] {
	return rows.map((row) => {
		const why = hidden.cell(row.grp, row.moment);
		return why ? hiddenEstimate(row.grp, row.moment, why) : momentEstimate(row, info);
	});
}

/** Person data: mean within-person change (paired t interval); shares in percentage points. */
export function personChanges(
	rows: readonly GroupChange[],
	info: OutcomeInfo,
	hidden: Suppression
): Estimate[] {
	const scale = info.kind === 'share' ? 100 : 1;
	return rows.map((row) => {
		const why =
			hidden.cell(row.grp, NULMETING) ??
			hidden.cell(row.grp, row.moment) ??
			hidden.pair(row.grp, row.moment);
		if (why) return hiddenEstimate(row.grp, row.moment, why);
		const m = meanInterval(changeSummary(row, scale));
		return {
			grp: row.grp,
			moment: row.moment,
			n: row.n,
			value: m.mean,
			interval: m.interval,
			hidden: null
		};
	});
}

export const changeSummary = (row: GroupChange, scale: number): SampleSummary => ({
	n: row.n,
	mean: row.meanChange === null ? null : row.meanChange * scale,
	sd: row.sdChange === null ? null : row.sdChange * scale
});

/**
 * Tables: change = later mean (or share) minus nulmeting, the two moments taken as independent
 * samples (the table has no person link). The interval is wider than a within-person one.
 */
export function tableChanges(
	rows: readonly GroupMoment[],
	info: OutcomeInfo,
	hidden: Suppression
): Estimate[] {
	return rows.flatMap((later) => {
		const start = rows.find((r) => r.grp === later.grp && r.moment === NULMETING);
		if (later.moment === NULMETING || !start) return [];
		const why = hidden.cell(later.grp, NULMETING) ?? hidden.cell(later.grp, later.moment);
		if (why) return [hiddenEstimate(later.grp, later.moment, why)];
		const d = linearCombination([spread(later, info, 1), spread(start, info, -1)]);
		return [
			{
				grp: later.grp,
				moment: later.moment,
				// A table does not say who was measured at both moments.
				n: null,
				value: d.estimate,
				interval: d.interval,
				hidden: null
			}
		];
	});
}

export interface Term {
	sign: number;
	value: number | null;
	se: number | null;
	/** null: normal approximation. */
	df: number | null;
}

/** One table cell as a term: sd/√n for means, √(p(100 − p)/n) for shares (Wald). */
export function spread(row: GroupMoment, info: OutcomeInfo, sign: number): Term {
	if (info.kind === 'share') {
		const p = row.share;
		const se = p === null || row.n < 1 ? null : Math.sqrt((p * (100 - p)) / row.n);
		return { sign, value: p, se, df: null };
	}
	if (row.sd !== null && row.n > 1)
		return { sign, value: row.mean, se: row.sd / Math.sqrt(row.n), df: row.n - 1 };
	const z = normalQuantile(0.975);
	const se = row.ciLow !== null && row.ciHigh !== null ? (row.ciHigh - row.ciLow) / (2 * z) : null;
	return { sign, value: row.mean, se, df: null };
}

/**
 * Σ signᵢ · valueᵢ of independent estimates: variance Σ seᵢ², Welch–Satterthwaite degrees of
 * freedom when every term has them (t interval), else the normal approximation.
 */
export function linearCombination(terms: readonly Term[]): {
	estimate: number | null;
	interval: Interval | null;
	p: number | null;
} {
	if (terms.some((t) => t.value === null)) return { estimate: null, interval: null, p: null };
	const estimate = terms.reduce((sum, t) => sum + t.sign * t.value!, 0);
	if (terms.some((t) => t.se === null)) return { estimate, interval: null, p: null };
	const variance = terms.reduce((sum, t) => sum + t.se! ** 2, 0);
	const se = Math.sqrt(variance);
	if (se === 0) return { estimate, interval: null, p: null };
	const dfs = terms.map((t) => t.df);
	const df = dfs.every((d): d is number => d !== null && d > 0)
		? variance ** 2 / terms.reduce((sum, t, i) => sum + t.se! ** 4 / dfs[i]!, 0)
		: null;
	const half = (df === null ? normalQuantile(0.975) : tQuantile(0.975, df)) * se;
	const p = df === null ? normalTwoSidedP(estimate / se) : tTwoSidedP(estimate / se, df);
	return { estimate, interval: { low: estimate - half, high: estimate + half, level: 0.95 }, p };
}
