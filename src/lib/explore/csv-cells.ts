import { text } from '$lib/text.nl';
import type { TrendTableRow } from './trend';

/**
 * A cell of the trend table as a CSV download writes it: the number, or why there is none. A
 * value the source suppressed and one it did not measure are not the same, and neither is 0;
 * a period without any row stays empty.
 */
export function csvCell(cell: TrendTableRow['cells'][number]): number | string | null {
	if (cell.value !== null) return cell.value;
	if (cell.missing === 'suppressed') return text.values.suppressed;
	if (cell.missing === 'not_available') return text.values.missing;
	return null;
}
