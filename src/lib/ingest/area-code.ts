export type AreaLevel = 'NL' | 'GM' | 'WK' | 'BU' | 'custom';

export interface AreaCode {
	code: string;
	level: AreaLevel;
	/** The gemeente the area belongs to (itself for a gemeente), null for Nederland. */
	gemeente: string | null;
}

const patterns: { level: AreaLevel; re: RegExp; digits: number }[] = [
	{ level: 'GM', re: /^GM(\d{1,4})$/, digits: 4 },
	{ level: 'WK', re: /^WK(\d{6})$/, digits: 6 },
	{ level: 'BU', re: /^BU(\d{8})$/, digits: 8 }
];

/**
 * Normalises a CBS area code: trims padding, upper-cases, pads gemeente numbers (GM3 → GM0003)
 * and maps NL00/NL01 (CBS and RIVM spell Nederland differently) to NL00.
 */
export function normalizeAreaCode(raw: string): AreaCode | null {
	const code = raw.replace(/\s+/g, '').toUpperCase();
	if (code === 'NL' || code === 'NL00' || code === 'NL01') {
		return { code: 'NL00', level: 'NL', gemeente: null };
	}
	for (const { level, re, digits } of patterns) {
		const match = re.exec(code);
		if (!match) continue;
		const number = match[1]!.padStart(digits, '0');
		// Gemeente numbers start at 1: GM0, WK000012 or BU00000001 belong to no gemeente.
		if (number.startsWith('0000')) return null;
		return { code: level + number, level, gemeente: 'GM' + number.slice(0, 4) };
	}
	// A wijk or buurt code of the right length with a placeholder instead of its own number
	// (ELAN writes WK1916-- for "wijk onbekend"): kept as the gemeente's own area, not dropped.
	const custom = /^(?:WK(\d{4})[^\d]{2}|BU(\d{4})[^\d]{4})$/.exec(code);
	if (custom && (custom[1] ?? custom[2]) !== '0000')
		return { code, level: 'custom', gemeente: 'GM' + (custom[1] ?? custom[2]) };
	return null;
}

/** A column that holds gemeente numbers (3, 0363) instead of codes: GM is added. */
export function normalizeGemeenteNumber(raw: string): AreaCode | null {
	const digits = raw.trim();
	if (!/^\d{1,4}$/.test(digits)) return normalizeAreaCode(raw);
	return normalizeAreaCode('GM' + digits);
}

export function isAreaCode(raw: string): boolean {
	return normalizeAreaCode(raw) !== null;
}
