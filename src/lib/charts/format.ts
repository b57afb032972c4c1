import { formatLocale } from 'd3-format';
import { unitKind } from '$lib/catalog/units';
import { text } from '$lib/text.nl';

/** Dutch number formatting: 12,5 and 28.975. */
export const nl = formatLocale({
	decimal: ',',
	thousands: '.',
	grouping: [3],
	currency: ['€ ', ''],
	minus: '-'
});

/** d3 parses a format specifier on every `format()` call: one formatter per specifier, kept. */
const formatters = new Map<string, (value: number) => string>();
function formatter(specifier: string): (value: number) => string {
	let format = formatters.get(specifier);
	if (!format) formatters.set(specifier, (format = nl.format(specifier)));
	return format;
}

/** The decimals a value is written with (0 to 3; a value with more counts as 3). */
function decimalsOf(value: number): number {
	for (let k = 0; k < 3; k++) {
		const scaled = value * 10 ** k;
		if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return k;
	}
	return 3;
}

/**
 * Enough decimals to tell typical values apart, and never more than the values have: 4,7 stays
 * "4,7%", not "4,70%", which would suggest a precision the source does not give. "Typical" is
 * the middle value: one outlier of 1.050,5 among values around 40 does not round them all.
 */
export function decimalsFor(values: (number | null)[]): number {
	const present = values.filter((v): v is number => v !== null);
	if (present.length === 0) return 1;
	const sizes = present.map(Math.abs).sort((a, b) => a - b);
	const typical = sizes[Math.floor(sizes.length / 2)]!;
	const wanted = typical < 1 ? 3 : typical < 10 ? 2 : typical < 1000 ? 1 : 0;
	let written = 0;
	for (const value of present) {
		written = Math.max(written, decimalsOf(value));
		if (written >= wanted) break;
	}
	return Math.min(wanted, written);
}

/**
 * A value with its unit, Dutch style: "12,5%", "28.975", "€ 1.975", "€ 245.000" (for 245 in
 * "x 1.000 euro"), "1,4 km", "3,2 per 1.000 inwoners". Counts and scores have no unit after them.
 * Missing is never a number.
 */
export function formatValue(value: number | null, unit: string | null, decimals = 1): string {
	if (value === null || Number.isNaN(value)) return text.values.missing;
	const number = formatter(`,.${decimals}f`);
	switch (unitKind(unit)) {
		case 'procent':
			return number(value) + '%';
		case 'euro':
			return formatter(`$,.${decimals}f`)(value);
		case 'duizend_euro':
			return formatter(`$,.${Math.max(0, decimals - 3)}f`)(value * 1000);
		case 'anders':
			return `${number(value)} ${unit!.trim()}`;
		default:
			return number(value);
	}
}

/**
 * A number as it is stored, Dutch style, without padding: 71,5 and 1.234,25 (not "71,500"). Up
 * to six decimals, so a preview never suggests precision the file does not have.
 */
export function formatStored(value: number): string {
	return formatter(',.6~f')(value);
}

/**
 * A change with its sign: "+0,14", "-0,07". A value that rounds to zero is "0,00" without a sign,
 * never "-0,00" (d3 keeps the minus of a rounded-away negative when the sign is forced).
 */
export function formatSigned(value: number, decimals: number): string {
	const rounded = Number(value.toFixed(decimals));
	return rounded === 0 ? formatter(`,.${decimals}f`)(0) : formatter(`+,.${decimals}f`)(value);
}

/** As few decimals as a step between values needs: 0 for 1 and more, 1 for 0,1, … */
export function stepDecimals(step: number): number {
	return step >= 1 || step === 0 ? 0 : Math.min(4, Math.ceil(-Math.log10(step)));
}

/** Tick labels: as few decimals as the tick step needs. */
export function tickFormatter(step: number): (value: number) => string {
	return formatter(`,.${stepDecimals(step)}f`);
}
