import Papa from 'papaparse';
import { decimalEvidence, numberPatterns, type DecimalMark } from './number';

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

interface Candidate {
	delimiter: Delimiter;
	lines: string[][];
	width: number;
	count: number;
	/** 0-based index of the first line with the common field count. */
	headerLine: number;
}

function candidate(head: string, delimiter: Delimiter): Candidate {
	const lines = parseLines(head, delimiter);
	const { width, count } = modalWidth(lines);
	const headerLine = Math.max(
		0,
		lines.findIndex((line) => line.length === width)
	);
	return { delimiter, lines, width, count, headerLine };
}

/**
 * More consistent lines win, and more fields per line: a broken quote must not make a separator
 * that splits nothing look consistent.
 */
const score = (c: Candidate) => c.count * Math.log2(c.width);

/** A number whose comma is a decimal or thousands separator: 0,5 1.234,5 1,234 12,345,678. */
const commaNumber = (cell: string) =>
	cell.includes(',') &&
	(numberPatterns[','].test(cell.trim()) || numberPatterns['.'].test(cell.trim()));

/**
 * Whether ',' only looks like the separator because it cuts numbers in two: with `other` every
 * data cell that holds a comma is a number (71,5 or 1,234.5), and the header line `other` finds
 * is not split by ',' into as many fields as the data lines are. With enough such rows ',' makes
 * more fields per line than the real separator, but it splits the numbers, not the columns.
 */
function commaSplitsNumbers(comma: Candidate, other: Candidate): boolean {
	if (other.width < 2) return false;
	if ((comma.lines[other.headerLine]?.length ?? 0) === comma.width) return false;
	const cells = other.lines.slice(other.headerLine + 1).flat();
	return cells.some(commaNumber) && cells.every((cell) => !cell.includes(',') || commaNumber(cell));
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
	const candidates = (forced.delimiter ? [forced.delimiter] : delimiters).map((d) =>
		candidate(head, d)
	);
	// Highest score first; on a tie the earlier delimiter in `delimiters` stays first.
	const ranked = [...candidates].sort((a, b) => score(b) - score(a));
	const top = ranked[0]!;
	const best =
		(top.delimiter === ',' &&
			ranked.find((c) => c.delimiter !== ',' && commaSplitsNumbers(top, c))) ||
		top;
	const { delimiter, lines, headerLine } = best;
	const header = (lines[headerLine] ?? []).map((name) => name.trim());
	const rows = lines
		.slice(headerLine + 1)
		.filter((line) => line.some((cell) => cell.trim() !== ''));
	const decimal = forced.decimal ?? sniffDecimal(rows, delimiter);
	return { delimiter, decimal, headerLine, header, rows };
}
