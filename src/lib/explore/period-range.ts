import { compareNl } from './order';

/**
 * The period range the user chose: `from` and `to` are period labels, `null` is an open end.
 * A range is kept as the user set it, also when another indicator has other periods: it is then
 * applied by comparing labels ("2015" lies between "2012" and "2020").
 */
export interface PeriodRange {
	from: string | null;
	to: string | null;
}

export const ALL_PERIODS: PeriodRange = { from: null, to: null };

/** ISO dates (JJJJ-MM-DD) sort as plain text, without the cost of a locale comparison. */
const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The start date (JJJJ-MM-DD) of each period label, the earliest when rows differ. */
export function periodStarts(rows: { period: string; start: string }[]): Map<string, string> {
	const starts = new Map<string, string>();
	for (const r of rows)
		if (!starts.has(r.period) || r.start < starts.get(r.period)!) starts.set(r.period, r.start);
	return starts;
}

/** Distinct periods ordered by their start date (JJJJ-MM-DD), the earliest start per label. */
export function orderedPeriods(
	rows: { period: string; start: string }[],
	starts = periodStarts(rows)
): string[] {
	return [...starts.keys()].sort((a, b) => compareIso(starts.get(a)!, starts.get(b)!));
}

function fromIndex(periods: string[], from: string | null): number {
	if (from === null) return 0;
	const exact = periods.indexOf(from);
	if (exact >= 0) return exact;
	const after = periods.findIndex((p) => compareNl(p, from) >= 0);
	return after >= 0 ? after : periods.length;
}

function toIndex(periods: string[], to: string | null): number {
	if (to === null) return periods.length - 1;
	const exact = periods.indexOf(to);
	if (exact >= 0) return exact;
	let last = -1;
	periods.forEach((p, i) => {
		if (compareNl(p, to) <= 0) last = i;
	});
	return last;
}

/** The range the right way round: by position when both ends are known periods, else by label. */
function rightWayRound(periods: string[], range: PeriodRange): PeriodRange {
	const { from, to } = range;
	if (from === null || to === null) return range;
	const [i, j] = [periods.indexOf(from), periods.indexOf(to)];
	const reversed = i >= 0 && j >= 0 ? i > j : compareNl(from, to) > 0;
	return reversed ? { from: to, to: from } : range;
}

/**
 * The ordered periods inside the range. A range the wrong way round is read the right way round.
 * A range that holds none of these periods gives all of them: an empty chart would hide the data
 * without saying why, while the range pickers then show what is really on screen.
 */
export function periodsInRange(periods: string[], range: PeriodRange): string[] {
	const { from, to } = rightWayRound(periods, range);
	const inside = periods.slice(fromIndex(periods, from), toIndex(periods, to) + 1);
	return inside.length > 0 ? inside : periods;
}

/**
 * The range to store for what the user picked: the right way round, and an end that equals the
 * first or last period left open, so "all periods" stays all when newer data is added.
 */
export function chooseRange(periods: string[], from: string, to: string): PeriodRange {
	const range = rightWayRound(periods, { from, to });
	return {
		from: range.from === periods[0] ? null : range.from,
		to: range.to === periods.at(-1) ? null : range.to
	};
}

/** The rows whose period is one of `periods`; the same array when nothing is left out. */
export function rowsInPeriods<T extends { period: string }>(rows: T[], periods: string[]): T[] {
	const keep = new Set(periods);
	return rows.every((r) => keep.has(r.period)) ? rows : rows.filter((r) => keep.has(r.period));
}

/** Start dates that bound the chosen periods, for views over other indicators (the Overzicht). */
export interface StartWindow {
	from: string;
	to: string;
}

/** The window from the first to the last chosen period's start; null when every period is chosen. */
export function startWindow(
	rows: { period: string; start: string }[],
	chosen: string[],
	all: string[]
): StartWindow | null {
	if (chosen.length === 0 || chosen.length === all.length) return null;
	const starts = rows.filter((r) => chosen.includes(r.period)).map((r) => r.start);
	if (starts.length === 0) return null;
	return {
		from: starts.reduce((a, b) => (a < b ? a : b)),
		to: starts.reduce((a, b) => (a > b ? a : b))
	};
}

/** The rows whose period starts inside the window; all rows when there is no window. */
export function rowsInWindow<T extends { start: string }>(
	rows: T[],
	window: StartWindow | null
): T[] {
	if (!window) return rows;
	return rows.filter((r) => r.start >= window.from && r.start <= window.to);
}
