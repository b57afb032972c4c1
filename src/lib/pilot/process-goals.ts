import { ALL, periodCounts, type ProcessData } from './process';
import type { ShownRow } from './goal-progress';
import type { HiddenReason } from './stats';

/**
 * A process target in Doelen shows counts the Proces view shows too. Proces hides its cells for
 * all measures of a period together (gestart = actief + afgerond + uitgevallen, and more), Doelen
 * one measure at a time; a count shown in one and hidden in the other would give a small group
 * away (gestart − actief − afgerond = uitgevallen). So Doelen also hides every value whose counts
 * Proces hides: hiding more never lets anything be computed back.
 */

/** The counts of people a process measure's value is made from. */
function countsOf(measure: string): string[] {
	if (measure === 'bereik') return ['gestart', 'doelgroep'];
	// A median and a mean over the people who started: hidden with their number.
	if (measure === 'doorlooptijd_dagen' || measure === 'tevredenheid') return ['gestart'];
	if (measure.startsWith('activiteiten_')) return [];
	return [measure];
}

export function hideAsProcess(
	rows: readonly ShownRow[],
	data: ProcessData,
	measure: string,
	threshold: number
): ShownRow[] {
	const counts = countsOf(measure);
	if (counts.length === 0) return [...rows];
	const byPeriod = new Map<string, ReturnType<typeof periodCounts>>();
	const cellsOf = (period: string) => {
		if (!byPeriod.has(period)) byPeriod.set(period, periodCounts(data, period, threshold));
		return byPeriod.get(period)!.cells;
	};
	return rows.map((row) => {
		if (row.hidden) return row;
		const area = cellsOf(row.period).get(row.total ? ALL : (row.areaCode ?? ALL));
		const hidden = counts
			.map((m) => area?.get(m)?.hidden ?? null)
			.find((h) => h !== null && h !== undefined);
		if (!hidden) return row;
		const reason: HiddenReason = hidden === 'klein' ? 'klein' : 'aanvullend';
		return { ...row, value: null, n: null, ciLow: null, ciHigh: null, date: null, hidden: reason };
	});
}
