/** Loaded when the user switches the kind of period (see Dashboard.selectKind). */
import { ALL_PERIODS, chooseRange, periodsInRange, type PeriodRange } from './period-range';

/**
 * The range over `to` periods that covers the same time as `range` over `from` periods (each
 * ordered, with their start dates): another kind of period, such as quarters instead of years.
 * A period lasts until the next one of its kind starts (the last one has no end); a new period
 * is inside when it overlaps the old range, so 2021–2022 becomes 2021 K1–2022 K4 and 2022 K2–2022
 * K4 becomes 2022. An open end stays open; a range that covers none of `to` becomes all of it.
 */
export function carryRange(
	from: { periods: string[]; starts: ReadonlyMap<string, string> },
	to: { periods: string[]; starts: ReadonlyMap<string, string> },
	range: PeriodRange
): PeriodRange {
	const inside = periodsInRange(from.periods, range);
	if (to.periods.length === 0 || inside.length === from.periods.length) return ALL_PERIODS;
	const first = inside[0]!;
	const afterLast = from.periods[from.periods.indexOf(inside.at(-1)!) + 1];
	// An open end stays open, also where the other kind reaches further.
	const begin = range.from === null ? null : from.starts.get(first)!;
	const end = range.to === null || afterLast === undefined ? null : from.starts.get(afterLast)!;
	const next = (i: number) => to.starts.get(to.periods[i + 1] ?? '') ?? null;
	const covered = to.periods.filter((p, i) => {
		const endsAfterBegin = begin === null || next(i) === null || next(i)! > begin;
		return endsAfterBegin && (end === null || to.starts.get(p)! < end);
	});
	if (covered.length === 0) return ALL_PERIODS;
	return chooseRange(to.periods, covered[0]!, covered.at(-1)!);
}
