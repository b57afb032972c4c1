/**
 * The Overzicht shows many indicators side by side, each with one group and meetmoment and one
 * kind of period. Loaded with that view only (see db/queries/overview.ts).
 */
import { chooseKind, periodKinds, rowsOfKind, type KindRow } from './period-kinds';
import { chooseSlice, rowsInSlice, slicesOf, type Slice } from './slices';

/**
 * The Overzicht shows one slice per indicator: the wanted one (as chosen for the current
 * indicator) where the indicator has it, else its first. `sliced` lists the indicators that had
 * more than one, so the view can say so.
 */
export function oneSlicePerIndicator<T extends Slice & { indicator: string }>(
	rows: T[],
	wanted: string | null
): { rows: T[]; sliced: string[] } {
	const byIndicator = new Map<string, T[]>();
	for (const r of rows) {
		const own = byIndicator.get(r.indicator);
		if (own) own.push(r);
		else byIndicator.set(r.indicator, [r]);
	}
	const sliced: string[] = [];
	const kept: T[] = [];
	for (const [indicator, own] of byIndicator) {
		const slices = slicesOf(own);
		if (slices.length > 1) sliced.push(indicator);
		for (const r of rowsInSlice(own, chooseSlice(slices, wanted))) kept.push(r);
	}
	return sliced.length === 0 ? { rows, sliced } : { rows: kept, sliced };
}

/**
 * The Overzicht shows one kind of period per indicator: the wanted one (as chosen for the current
 * indicator) where the indicator has it, else the kind with the most periods.
 */
export function oneKindPerIndicator<T extends KindRow & { indicator: string }>(
	rows: T[],
	wanted: string | null
): T[] {
	const byIndicator = new Map<string, T[]>();
	for (const r of rows) {
		const own = byIndicator.get(r.indicator);
		if (own) own.push(r);
		else byIndicator.set(r.indicator, [r]);
	}
	const kept: T[] = [];
	let mixed = false;
	for (const own of byIndicator.values()) {
		const kinds = periodKinds(own);
		if (kinds.length > 1) mixed = true;
		for (const r of rowsOfKind(own, chooseKind(kinds, wanted))) kept.push(r);
	}
	return mixed ? kept : rows;
}
