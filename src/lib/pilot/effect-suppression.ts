import type { EffectCount } from '$lib/db/queries/pilot/views';
import { suppress, type HiddenReason } from './stats';

/** How many people stand behind one number of one group in one wijk. */
export interface AreaCount {
	areaCode: string;
	grp: string;
	n: number;
}

/** Why a number of a group is hidden in one wijk, or in all wijken together (areaCode null). */
export type HiddenLookup = (areaCode: string | null, grp: string) => HiddenReason | null;

/**
 * Small-cell suppression of one kind of number (e.g. "measured at the eindmeting") across all
 * wijken at once. The view shows one wijk at a time or all wijken together, so anyone can add
 * up what the wijken show and subtract it from the total: the wijk × group table is suppressed
 * with the totals shown, which hides a second wijk where one alone would give a small one away.
 *
 * `totals` are the numbers shown for all wijken together. People without a wijk (or, in a
 * delivered table, the part of the total not split by wijk) form a rest row that is never shown
 * on its own but does count as "known" here: that can hide more, never less.
 */
export function suppressAcrossAreas(
	counts: readonly AreaCount[],
	totals: ReadonlyMap<string, number>,
	groups: readonly string[],
	threshold: number
): HiddenLookup {
	if (groups.length === 0) return () => null;
	const areas = [...new Set(counts.map((c) => c.areaCode))].sort();
	const count = (area: string, grp: string) =>
		counts.find((c) => c.areaCode === area && c.grp === grp)?.n ?? 0;
	const cells = areas.map((area) => groups.map((grp) => count(area, grp)));
	const rest = groups.map((grp, j) =>
		Math.max(0, (totals.get(grp) ?? 0) - cells.reduce((sum, row) => sum + row[j]!, 0))
	);
	const table = suppress({ cells: [...cells, rest], columnTotals: true }, threshold);
	return (areaCode, grp) => {
		const j = groups.indexOf(grp);
		if (j < 0) return null;
		if (areaCode === null) {
			// A delivered total that does not match its wijken is judged on its own count too.
			const total = totals.get(grp) ?? 0;
			return table.columnTotals![j]!.hidden ?? (total > 0 && total < threshold ? 'klein' : null);
		}
		const i = areas.indexOf(areaCode);
		return i < 0 ? null : table.cells[i]![j]!.hidden;
	};
}

/** Sums counts per group: the totals when every person has at most one wijk. */
export function totalsOf(counts: readonly { grp: string; n: number }[]): Map<string, number> {
	const totals = new Map<string, number>();
	for (const c of counts) totals.set(c.grp, (totals.get(c.grp) ?? 0) + c.n);
	return totals;
}

export interface Suppression {
	/** The group's number at this meetmoment. */
	cell(grp: string, moment: string): HiddenReason | null;
	/** Person data: the people measured at this meetmoment and at the nulmeting. */
	pair(grp: string, moment: string): HiddenReason | null;
}

/** Suppression of the shown wijk (null = all wijken), decided across all wijken at once. */
export function effectSuppression(
	counts: readonly EffectCount[],
	basis: 'person' | 'table',
	groups: readonly string[],
	areaCode: string | null,
	threshold: number
): Suppression {
	const cache = new Map<string, HiddenLookup>();
	const at = (moment: string, measure: 'n' | 'pairs', grp: string) => {
		const key = `${moment}|${measure}`;
		let lookup = cache.get(key);
		if (!lookup) {
			const rows = counts
				.filter((c) => c.moment === moment)
				.map((c) => ({ ...c, n: measure === 'n' ? c.n : (c.pairs ?? 0) }));
			const byArea = rows.filter((r): r is AreaCount & EffectCount => r.areaCode !== null);
			// Person data: the total is everyone; tables: the delivered row for all wijken.
			const totals = totalsOf(basis === 'table' ? rows.filter((r) => r.areaCode === null) : rows);
			lookup = suppressAcrossAreas(byArea, totals, groups, threshold);
			cache.set(key, lookup);
		}
		return lookup(areaCode, grp);
	};
	return { cell: (g, m) => at(m, 'n', g), pair: (g, m) => at(m, 'pairs', g) };
}
