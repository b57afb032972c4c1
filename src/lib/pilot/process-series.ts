import {
	ALL,
	MISSING,
	shown,
	sum,
	type ProcessArea,
	type ProcessData,
	type Shown
} from './process';

/**
 * The Proces figures about a period itself rather than counts of people up to it: activities,
 * doorlooptijd (a median) and tevredenheid (a mean), and a check that the cumulative counts
 * really add up over time.
 */

export interface ActivityRow {
	period: string;
	planned: number | null;
	realised: number | null;
	/** realised as a share of planned, in %. */
	share: number | null;
	/** Alle wijken: wijken left out because they lack one of the two numbers. */
	left: ProcessArea[];
}

/** Activities are not people: they are not suppressed. Alle wijken adds up wijken with both. */
export function activities(data: ProcessData, area: string): ActivityRow[] {
	return data.periods.map((period) => {
		const byArea = data.values.get(period);
		const pair = (v: Map<string, number> | undefined) =>
			v?.has('activiteiten_gepland') && v.has('activiteiten_gerealiseerd')
				? [v.get('activiteiten_gepland')!, v.get('activiteiten_gerealiseerd')!]
				: null;
		const useWijken = area === ALL && !byArea?.has(ALL);
		const pairs = useWijken
			? data.wijken.map((w) => pair(byArea?.get(w.code)))
			: [pair(byArea?.get(area))];
		const found = pairs.filter((p) => p !== null);
		const planned = found.length > 0 ? sum(found.map((p) => p[0]!)) : null;
		const realised = found.length > 0 ? sum(found.map((p) => p[1]!)) : null;
		return {
			period,
			planned,
			realised,
			share: planned && realised !== null ? (100 * realised) / planned : null,
			left: useWijken ? data.wijken.filter((_, i) => pairs[i] === null) : []
		};
	});
}

export type PersonMeasure = 'doorlooptijd_dagen' | 'tevredenheid';

/**
 * The people behind a median or mean of one period, from the cumulative counts: for doorlooptijd
 * the people who started in the period (gestart now minus gestart the period before), for
 * tevredenheid everyone who took part in it (gestart now minus those who had ended before). Before
 * the first period nothing was counted yet. null when a count is missing.
 */
export function basisOf(data: ProcessData, measure: PersonMeasure, area: string, i: number) {
	const at = (j: number, m: string): number | null =>
		j < 0 ? 0 : (data.values.get(data.periods[j]!)?.get(area)?.get(m) ?? null);
	const before =
		measure === 'doorlooptijd_dagen'
			? [at(i - 1, 'gestart')]
			: [at(i - 1, 'afgerond'), at(i - 1, 'uitgevallen')];
	const now = at(i, 'gestart');
	if (now === null || before.some((b) => b === null)) return null;
	return now - sum(before as number[]);
}

/**
 * Per period the value of one area, hidden when fewer than `threshold` people are behind it
 * (`klein`) or when that number cannot be known (`onbekend`).
 */
export function personValues(
	data: ProcessData,
	measure: PersonMeasure,
	area: string,
	threshold: number
): Shown[] {
	return data.periods.map((period, i) => {
		const value = data.values.get(period)?.get(area)?.get(measure);
		if (value === undefined) return MISSING;
		const n = basisOf(data, measure, area, i);
		if (n === null || n <= 0) return { value: null, hidden: 'onbekend' };
		return n < threshold ? { value: null, hidden: 'klein' } : shown(value);
	});
}

/** Medians (or means) of several wijken do not combine: the range of the wijken shown instead. */
export function rangeOf(values: Shown[]): { low: number; high: number } | null {
	const present = values.flatMap((v) => (v.value === null ? [] : [v.value]));
	return present.length === 0 ? null : { low: Math.min(...present), high: Math.max(...present) };
}

/** Whether any figure for alle wijken comes from rows without wijkcode. */
export const hasWholeRows = (data: ProcessData) =>
	[...data.values.values()].some((byArea) => byArea.has(ALL));

/** Cumulative counts that go down over time: the file may hold per-period numbers instead. */
export function decreasing(data: ProcessData): { area: string; measure: string; period: string }[] {
	const found: { area: string; measure: string; period: string }[] = [];
	const areas = [ALL, ...data.wijken.map((w) => w.code)];
	for (const area of areas)
		for (const measure of ['benaderd', 'aangemeld', 'gestart', 'afgerond', 'uitgevallen']) {
			let last: number | null = null;
			for (const period of data.periods) {
				const v = data.values.get(period)?.get(area)?.get(measure);
				if (v === undefined) continue;
				if (last !== null && v < last - 1e-9) found.push({ area, measure, period });
				last = v;
			}
		}
	return found;
}
