/**
 * The benchmark file: a FICTITIOUS long-format export like the ones gemeenten make in a
 * spreadsheet (`;` separator, decimal comma, UTF-8 without BOM, LF line ends). Deterministic:
 * the same bytes on every run and every machine.
 *
 * Shape: gemeenten GM0999, GM0998, … each with 100 wijken (WK099900 … WK099999), 50 indicators
 * and 12 years (2013-2024), one row per wijk × indicator × year. 100 × 50 × 12 is 60,000 rows per
 * gemeente, so 1,000,000 rows span 17 gemeenten (the last one partly). About 2% of the values are
 * empty (missing); every other value is a number with one decimal, below 1,000.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

export const HEADER = 'gebiedscode;gebiedsnaam;indicator;periode;waarde';
export const WIJKEN_PER_GEMEENTE = 100;
export const YEARS = Array.from({ length: 12 }, (_, i) => 2013 + i);

const topics = [
	'Goede gezondheid',
	'Overgewicht',
	'Roken',
	'Eenzaam',
	'Moeite rondkomen',
	'Sport wekelijks',
	'Mantelzorger',
	'Vrijwilliger',
	'Angst/depressie',
	'Zware drinker'
];
const groups = ['18+', '18-64', '65+', 'vrouw'];

/** 50 indicators: 10 topics as shares for 4 groups (40) and as a rate per 1.000 (10). */
export const INDICATORS = [
	...groups.flatMap((group) => topics.map((topic) => `${topic} ${group} (%)`)),
	...topics.map((topic) => `${topic} per 1.000`)
];

/** mulberry32: a tiny seeded PRNG. */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Writes `rows` data rows to `file` and returns its size, SHA-256 and how many gemeenten and
 * wijken it covers.
 */
export function writeLongCsv(file, rows = 1_000_000) {
	mkdirSync(path.dirname(file), { recursive: true });
	const rand = random(20240917);
	const hash = createHash('sha256');
	const fd = openSync(file, 'w');
	let bytes = 0;
	let chunk = HEADER + '\n';
	const flush = () => {
		const buffer = Buffer.from(chunk, 'utf8');
		writeSync(fd, buffer);
		hash.update(buffer);
		bytes += buffer.length;
		chunk = '';
	};
	const perWijk = INDICATORS.length * YEARS.length;
	let written = 0;
	let wijken = 0;
	try {
		for (let area = 0; written < rows; area++) {
			const gm = 999 - Math.floor(area / WIJKEN_PER_GEMEENTE);
			const wijk = area % WIJKEN_PER_GEMEENTE;
			const code = `WK${String(gm).padStart(4, '0')}${String(wijk).padStart(2, '0')}`;
			const name = `Wijk ${wijk}`;
			wijken++;
			for (let k = 0; k < perWijk && written < rows; k++, written++) {
				const indicator = INDICATORS[Math.floor(k / YEARS.length)];
				const year = YEARS[k % YEARS.length];
				const value =
					rand() < 0.02 ? '' : (rand() * (k < 40 * YEARS.length ? 100 : 900)).toFixed(1);
				chunk += `${code};${name};${indicator};${year};${value.replace('.', ',')}\n`;
				if (chunk.length > 1 << 20) flush();
			}
		}
		flush();
	} finally {
		closeSync(fd);
	}
	const gemeenten = Math.ceil(wijken / WIJKEN_PER_GEMEENTE);
	return { rows: written, bytes, sha256: hash.digest('hex'), gemeenten, wijken };
}
