/**
 * The Overzicht shows many indicators side by side, each with one group and meetmoment and one
 * kind of period. Loaded with that view only (see db/queries/overview.ts).
 */
import { chooseKind, periodKinds, rowsOfKind, type KindRow } from './period-kinds';
import { chooseSlice, rowsInSlice, slicesOf, type Slice } from './slices';

/**
 * Applies `pick` to each indicator's own rows: the rows it keeps, in indicator order, and the
 * indicators where it had a choice to make (more than one group, or kind of period).
 */
function perIndicator<T extends { indicator: string }>(
	rows: T[],
	pick: (own: T[]) => { kept: T[]; choice: boolean }
): { kept: T[]; chosen: string[] } {
	const byIndicator = new Map<string, T[]>();
	for (const r of rows) {
		const own = byIndicator.get(r.indicator);
		if (own) own.push(r);
		else byIndicator.set(r.indicator, [r]);
	}
	const kept: T[] = [];
	const chosen: string[] = [];
	for (const [indicator, own] of byIndicator) {
		const picked = pick(own);
		if (picked.choice) chosen.push(indicator);
		for (const r of picked.kept) kept.push(r);
	}
	return { kept, chosen };
}

/**
 * The Overzicht shows one slice per indicator: the wanted one (as chosen for the current
 * indicator) where the indicator has it, else its first. `sliced` lists the indicators that had
 * more than one, so the view can say so.
 */
export function oneSlicePerIndicator<T extends Slice & { indicator: string }>(
	rows: T[],
	wanted: string | null
): { rows: T[]; sliced: string[] } {
	const { kept, chosen } = perIndicator(rows, (own) => {
		const slices = slicesOf(own);
		return { kept: rowsInSlice(own, chooseSlice(slices, wanted)), choice: slices.length > 1 };
	});
	return chosen.length === 0 ? { rows, sliced: chosen } : { rows: kept, sliced: chosen };
}

/**
 * The Overzicht shows one kind of period per indicator: the wanted one (as chosen for the current
 * indicator) where the indicator has it, else the kind with the most periods.
 */
export function oneKindPerIndicator<T extends KindRow & { indicator: string }>(
	rows: T[],
	wanted: string | null
): T[] {
	const { kept, chosen } = perIndicator(rows, (own) => {
		const kinds = periodKinds(own);
		return { kept: rowsOfKind(own, chooseKind(kinds, wanted)), choice: kinds.length > 1 };
	});
	return chosen.length === 0 ? rows : kept;
}
