export type DecimalMark = ',' | '.';

/**
 * Cell texts that mean "no value". CBS writes `.` for a figure it does not publish (unknown,
 * unreliable or secret) and `x` for a secret one; its shape files use negative codes.
 */
export const suppressedMarkers = ['.', 'x', 'X', '-99997', '-99999999', '-99999997'] as const;
export const missingMarkers = [
	...suppressedMarkers,
	'',
	'-',
	'?',
	'NA',
	'na',
	'N/A',
	'n/a',
	'n.v.t.',
	'N.v.t.',
	'nvt',
	'NVT',
	'-99995',
	'-99996',
	'-99998',
	'-99999'
] as const;

export type MissingReason = 'suppressed' | 'not_available';

/**
 * Every character JavaScript's `trim()` strips (ECMAScript WhiteSpace and LineTerminator). DuckDB's
 * own `trim(x)` strips fewer (not tab, line breaks or U+FEFF), so SQL that must read a cell the way
 * `parseNumber` and `missingReason` do trims with this set explicitly.
 */
export const whitespace =
	'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
	'\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Why a cell has no value, or null when it has one. `extra`: the file's own markers (mapping). */
export function missingReason(
	raw: string | null | undefined,
	extra: readonly string[] = []
): MissingReason | null {
	const text = (raw ?? '').trim();
	if ((suppressedMarkers as readonly string[]).includes(text)) return 'suppressed';
	if ((missingMarkers as readonly string[]).includes(text) || extra.includes(text))
		return 'not_available';
	return null;
}

/** What a number looks like per decimal mark; also used as RE2 patterns in SQL. */
export const numberPatterns: Record<DecimalMark, RegExp> = {
	',': /^[-+]?([1-9]\d{0,2}(\.\d{3})+|\d+)(,\d+)?$/,
	'.': /^[-+]?([1-9]\d{0,2}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/
};

/**
 * Reads a number written with the file's decimal mark; thousands separators are allowed. Text
 * beyond the range of a double (1e999, 3e308) is unreadable: null, never Infinity.
 */
export function parseNumber(raw: string, decimal: DecimalMark): number | null {
	const text = raw.trim();
	if (!numberPatterns[decimal].test(text)) return null;
	const value =
		decimal === ','
			? Number(text.replaceAll('.', '').replace(',', '.'))
			: Number(text.replaceAll(',', ''));
	// -0 (from "-0" or "-0,0") is 0: it would show as "-0" in charts and tables.
	return Number.isFinite(value) ? value + 0 : null;
}

/**
 * A cell that can only be read with a decimal comma (71,5; 1.000.000) or only with a point (71.5;
 * 12,345,678). A cell both marks read (1,234; 12) or neither reads says nothing.
 */
export function decimalEvidence(raw: string): DecimalMark | null {
	const text = raw.trim();
	const comma = numberPatterns[','].test(text);
	const point = numberPatterns['.'].test(text);
	if (comma === point) return null;
	return comma ? ',' : '.';
}
