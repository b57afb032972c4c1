import { formatValue } from '$lib/charts/format';
import { text } from '$lib/text.nl';
import type { TrendTableRow } from './trend';

/**
 * A cell of the trend table as a CSV download writes it: the number, or why there is none. A
 * value the source suppressed and one it did not measure are not the same, and neither is 0;
 * a period without any row stays empty.
 */
export function csvCell(cell: {
	value: number | null;
	missing?: TrendTableRow['cells'][number]['missing'];
}): number | string | null {
	if (cell.value !== null) return cell.value;
	if (cell.missing === 'suppressed') return text.values.suppressed;
	if (cell.missing === 'not_available') return text.values.missing;
	return null;
}

/** A value as the tables and texts show it: the number with its unit, or why there is none. */
export function cellText(
	cell: { value: number | null; missing?: string | null },
	unit: string | null,
	decimals: number
): string {
	if (cell.value !== null) return formatValue(cell.value, unit, decimals);
	return cell.missing === 'suppressed' ? text.explore.suppressed : text.explore.notAvailable;
}
