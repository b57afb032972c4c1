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
	'N/A',
	'n.v.t.',
	'nvt',
	'-99995',
	'-99996',
	'-99998',
	'-99999'
] as const;

export type MissingReason = 'suppressed' | 'not_available';

export function missingReason(raw: string | null | undefined): MissingReason | null {
	const text = (raw ?? '').trim();
	if ((suppressedMarkers as readonly string[]).includes(text)) return 'suppressed';
	if ((missingMarkers as readonly string[]).includes(text)) return 'not_available';
	return null;
}

/** What a number looks like per decimal mark; also used as RE2 patterns in SQL. */
export const numberPatterns: Record<DecimalMark, RegExp> = {
	',': /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/,
	'.': /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/
};

/** Reads a number written with the file's decimal mark; thousands separators are allowed. */
export function parseNumber(raw: string, decimal: DecimalMark): number | null {
	const text = raw.trim();
	if (decimal === ',') {
		if (!numberPatterns[','].test(text)) return null;
		return Number(text.replaceAll('.', '').replace(',', '.'));
	}
	if (!numberPatterns['.'].test(text)) return null;
	return Number(text.replaceAll(',', ''));
}

/** A cell that can only be read with a decimal comma (71,5) or only with a point (71.5). */
export function decimalEvidence(raw: string): DecimalMark | null {
	const text = raw.trim();
	if (/^[-+]?\d+,\d+$/.test(text) && !/^[-+]?\d{1,3},\d{3}$/.test(text)) return ',';
	if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(text)) return ',';
	if (/^[-+]?\d+\.\d+$/.test(text) && !/^[-+]?\d{1,3}\.\d{3}$/.test(text)) return '.';
	if (/^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(text)) return '.';
	return null;
}
