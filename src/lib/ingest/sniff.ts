import Papa from 'papaparse';
import { decimalEvidence, type DecimalMark } from './number';

export type Delimiter = ';' | ',' | '\t' | '|';
export const delimiters: Delimiter[] = [';', ',', '\t', '|'];

export interface Sniffed {
	delimiter: Delimiter;
	decimal: DecimalMark;
	/** 0-based index of the header line; lines above it are titles. */
	headerLine: number;
	header: string[];
	/** The first data rows, as text, for detection and preview. */
	rows: string[][];
}

const SAMPLE_LINES = 200;

function parseLines(text: string, delimiter: Delimiter): string[][] {
	// Empty lines are kept so a row's index is its line in the file (DuckDB's `skip` counts lines).
	const result = Papa.parse<string[]>(text, {
		delimiter,
		preview: SAMPLE_LINES,
		skipEmptyLines: false
	});
	return result.data;
}

/** The field count most lines share, and how many lines share it. */
function modalWidth(lines: string[][]): { width: number; count: number } {
	const counts = new Map<number, number>();
	for (const line of lines) {
		const width = line.length;
		if (width > 1) counts.set(width, (counts.get(width) ?? 0) + 1);
	}
	let best = { width: 1, count: 0 };
	for (const [width, count] of counts) {
		if (count > best.count || (count === best.count && width > best.width)) best = { width, count };
	}
	return best;
}

function sniffDecimal(rows: string[][], delimiter: Delimiter): DecimalMark {
	let comma = 0;
	let point = 0;
	for (const row of rows) {
		for (const cell of row) {
			const evidence = decimalEvidence(cell);
			if (evidence === ',') comma++;
			else if (evidence === '.') point++;
		}
	}
	if (comma > point) return ',';
	if (point > comma) return '.';
	// No evidence either way: Dutch spreadsheets that use ; mostly use a decimal comma.
	return delimiter === ';' ? ',' : '.';
}

/**
 * Finds the separator, decimal mark, header line and a sample of rows from the start of a file.
 * A separator or decimal mark the user chose is used as given.
 */
export function sniff(
	text: string,
	forced: { delimiter?: Delimiter; decimal?: DecimalMark } = {}
): Sniffed {
	const head = text.slice(0, 256 * 1024);
	let best: { delimiter: Delimiter; lines: string[][]; width: number; count: number } | null = null;
	for (const delimiter of forced.delimiter ? [forced.delimiter] : delimiters) {
		const lines = parseLines(head, delimiter);
		const { width, count } = modalWidth(lines);
		// More consistent lines win, and more fields per line: a broken quote must not make a
		// separator that splits nothing look consistent.
		const score = count * Math.log2(width);
		const bestScore = best ? best.count * Math.log2(best.width) : -1;
		if (score > bestScore) {
			best = { delimiter, lines, width, count };
		}
	}
	const { delimiter, lines, width } = best!;
	const headerLine = Math.max(
		0,
		lines.findIndex((line) => line.length === width)
	);
	const header = (lines[headerLine] ?? []).map((name) => name.trim());
	const rows = lines
		.slice(headerLine + 1)
		.filter((line) => line.some((cell) => cell.trim() !== ''));
	const decimal = forced.decimal ?? sniffDecimal(rows, delimiter);
	return { delimiter, decimal, headerLine, header, rows };
}
