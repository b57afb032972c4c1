import {
	missingMarkers,
	numberPatterns,
	suppressedMarkers,
	type DecimalMark
} from '$lib/ingest/number';
import { sqlString } from '../../sql';

export const col = (i: number) => `c${i}`;

/** SQL for one cell of column i: trimmed text, whether it is missing, its number and why missing. */
export function cellSql(i: number, decimal: DecimalMark) {
	const text = `coalesce(trim(${col(i)}), '')`;
	const missing = `(${text} IN (${missingMarkers.map(sqlString).join(', ')}))`;
	const suppressed = `(${text} IN (${suppressedMarkers.map(sqlString).join(', ')}))`;
	const cleaned =
		decimal === ',' ? `replace(replace(${text}, '.', ''), ',', '.')` : `replace(${text}, ',', '')`;
	const pattern = sqlString(numberPatterns[decimal].source);
	const number = `(CASE WHEN ${missing} THEN NULL WHEN regexp_full_match(${text}, ${pattern}) THEN try_cast(${cleaned} AS DOUBLE) END)`;
	const reason = `(CASE WHEN ${suppressed} THEN 'suppressed' WHEN ${missing} THEN 'not_available' END)`;
	return { text, missing, number, reason };
}

/** Optional numeric column: NULL when the mapping has none. */
export function optionalNumber(index: number | null, decimal: DecimalMark) {
	return index === null ? 'NULL' : cellSql(index, decimal).number;
}

export function optionalText(index: number | null) {
	return index === null ? 'NULL::VARCHAR' : `nullif(trim(${col(index)}), '')`;
}
