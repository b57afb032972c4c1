import { text } from '$lib/text.nl';
import { compareNl } from './order';

/**
 * An indicator can hold several values per wijk and period: one per group (a subgroup such as
 * "65 jaar en ouder") and per meetmoment (nulmeting, T1 …). Charts show one such slice at a time;
 * mixing them would draw one group's figure as if it were the whole wijk's.
 */
export interface Slice {
	subgroup: string | null;
	moment: string | null;
}

/** None (the whole population, no meetmoment) first, then in natural order: T2 before T10. */
function compareLabel(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return -1;
	if (b === null) return 1;
	return compareNl(a, b);
}

/** A stable text for a slice, for the URL and for option values. */
export function sliceKey(slice: Slice): string {
	return JSON.stringify([slice.subgroup, slice.moment]);
}

/** Every slice in the rows, the one without group and meetmoment first. */
export function slicesOf(rows: readonly Slice[]): Slice[] {
	const seen = new Map<string, Slice>();
	for (const { subgroup, moment } of rows) {
		// A cheap key per row (this runs over every row of a chart); sliceKey is for the URL.
		const key = `${subgroup === null ? '\u0001' : subgroup}\u0000${moment === null ? '\u0001' : moment}`;
		if (!seen.has(key)) seen.set(key, { subgroup, moment });
	}
	return [...seen.values()].sort(
		(a, b) => compareLabel(a.subgroup, b.subgroup) || compareLabel(a.moment, b.moment)
	);
}

/**
 * The slices to choose from: those of the gemeente and its wijken. Nederland's rows can come from
 * another file with other groups; they are shown only when they match the chosen slice.
 */
export function areaSlices(rows: readonly (Slice & { level: string })[]): Slice[] {
	return slicesOf(rows.filter((r) => r.level !== 'NL'));
}

/** The wanted slice when the rows have it, else the first; null when there are no rows. */
export function chooseSlice(slices: readonly Slice[], wanted: string | null): Slice | null {
	return slices.find((s) => sliceKey(s) === wanted) ?? slices[0] ?? null;
}

/** The rows of one slice; all rows when there is only one slice (the same array). */
export function rowsInSlice<T extends Slice>(rows: T[], slice: Slice | null): T[] {
	if (slice === null || slicesOf(rows).length <= 1) return rows;
	return rows.filter((r) => r.subgroup === slice.subgroup && r.moment === slice.moment);
}

/** The slice as the user reads it, naming only what varies (group, meetmoment or both). */
export function sliceLabel(slice: Slice, slices: readonly Slice[]): string {
	return text.explore.sliceLabel(slice.subgroup, slice.moment, {
		groups: slices.some((s) => s.subgroup !== null),
		moments: slices.some((s) => s.moment !== null)
	});
}
