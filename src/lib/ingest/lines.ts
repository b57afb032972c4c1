/**
 * The physical line (1-based) on which each non-empty record starts, read the way DuckDB's CSV
 * reader reads: quotes may hold separators and line breaks; empty lines are skipped. Used to give
 * every reported row its real line number; `headerLine` (0-based) leaves out the lines up to and
 * including the header.
 */
export function recordLines(text: string, headerLine = -1, quote = '"'): Int32Array {
	const q = quote.charCodeAt(0);
	const lines: number[] = [];
	let line = 1;
	let inQuotes = false;
	let recordStart = 1;
	let empty = true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === q) {
			inQuotes = !inQuotes;
			empty = false;
		} else if (c === 10 || c === 13) {
			if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
			if (!inQuotes) {
				if (!empty && recordStart > headerLine + 1) lines.push(recordStart);
				recordStart = line + 1;
				empty = true;
			}
			line++;
		} else if (c !== 0xfeff) empty = false;
	}
	if (!empty && recordStart > headerLine + 1) lines.push(recordStart);
	return Int32Array.from(lines);
}
