import {
	missingMarkers,
	numberPatterns,
	suppressedMarkers,
	whitespace,
	type DecimalMark
} from '$lib/ingest/number';
import { sqlString } from '../../sql';

export const col = (i: number) => `c${i}`;

/** The characters JavaScript's `trim()` strips, as an RE2 class: tab … CR, U+FEFF and \pZ. */
const space = '[\\t-\\r\\x{feff}\\pZ]';
const untrimmed = sqlString(`^${space}|${space}$`);

/**
 * Trims like JavaScript's `trim()`, so SQL reads a cell as `parseNumber` and `missingReason` do.
 * DuckDB's own `trim(x)` leaves tabs, line breaks and U+FEFF, and with a character list it is ten
 * times slower; cells without white space at either end (nearly all) pass through untouched.
 */
export function trimSql(expr: string) {
	return `(CASE WHEN regexp_matches(${expr}, ${untrimmed}) THEN trim(${expr}, ${sqlString(whitespace)}) ELSE ${expr} END)`;
}

/** A column's trimmed text, '' for an empty cell: the input of `cellFromText`. */
export const cellText = (i: number) => `coalesce(${trimSql(col(i))}, '')`;

/**
 * SQL for a cell whose trimmed text is `text` (a column or an expression): whether it is missing,
 * its number (null when missing or unreadable, never ±Infinity) and why it is missing. Pass a
 * column where the text is used more than once per row: DuckDB does not share work between the
 * branches of a CASE. `extra` are the file's own markers for "no value" (the mapping's `missing`),
 * read as not available.
 */
export function cellFromText(text: string, decimal: DecimalMark, extra: readonly string[] = []) {
	const markers = [...missingMarkers, ...extra];
	const missing = `(${text} IN (${markers.map(sqlString).join(', ')}))`;
	const suppressed = `(${text} IN (${suppressedMarkers.map(sqlString).join(', ')}))`;
	const cleaned =
		decimal === ',' ? `replace(replace(${text}, '.', ''), ',', '.')` : `replace(${text}, ',', '')`;
	const pattern = sqlString(numberPatterns[decimal].source);
	const cast = `try_cast(${cleaned} AS DOUBLE)`;
	// Only text with an exponent or 300+ characters can be beyond the range of a double.
	const finite = `nullif(nullif(${cast}, 'inf'::DOUBLE), '-inf'::DOUBLE)`;
	const small =
		decimal === ','
			? `length(${text}) < 300`
			: `length(${text}) < 300 AND NOT contains(${text}, 'e') AND NOT contains(${text}, 'E')`;
	// "+ 0" turns -0 into 0, as parseNumber does.
	const number = `((CASE WHEN ${missing} THEN NULL WHEN NOT regexp_full_match(${text}, ${pattern}) THEN NULL
		WHEN ${small} THEN ${cast} ELSE ${finite} END) + 0)`;
	const reason = `(CASE WHEN ${suppressed} THEN 'suppressed' WHEN ${missing} THEN 'not_available' END)`;
	return { text, missing, number, reason };
}

/** SQL for one cell of column i: trimmed text, whether it is missing, its number and why missing. */
export function cellSql(i: number, decimal: DecimalMark, extra: readonly string[] = []) {
	return cellFromText(cellText(i), decimal, extra);
}

/** Optional numeric column: NULL when the mapping has none. */
export function optionalNumber(index: number | null, decimal: DecimalMark) {
	return index === null ? 'NULL' : cellSql(index, decimal).number;
}

export function optionalText(index: number | null) {
	return index === null ? 'NULL::VARCHAR' : `nullif(${trimSql(col(index))}, '')`;
}
