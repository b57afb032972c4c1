/** Collects line numbers in a growing Int32Array (a million lines fit without a JS array). */
function lineList() {
	let lines = new Int32Array(1024);
	let count = 0;
	return {
		push(line: number) {
			if (count === lines.length) {
				const grown = new Int32Array(lines.length * 2);
				grown.set(lines);
				lines = grown;
			}
			lines[count++] = line;
		},
		done: () => lines.slice(0, count)
	};
}

const isBom = (utf8: Uint8Array, i: number) =>
	utf8[i] === 0xef && utf8[i + 1] === 0xbb && utf8[i + 2] === 0xbf;

/**
 * The physical line (1-based) on which each non-empty record starts, read the way DuckDB's CSV
 * reader reads: quotes may hold separators and line breaks; empty lines are skipped. Used to give
 * every reported row its real line number; `headerLine` (0-based) leaves out the lines up to and
 * including the header.
 *
 * Reads the UTF-8 bytes DuckDB reads, not the decoded text: line breaks and quotes are ASCII and
 * never part of a longer UTF-8 sequence, so both give the same lines, and the bytes need no
 * second copy of a large file as text.
 */
export function recordLines(utf8: Uint8Array, headerLine = -1, quote = '"'): Int32Array {
	const q = quote.charCodeAt(0);
	const list = lineList();
	let line = 1;
	let inQuotes = false;
	let recordStart = 1;
	let empty = true;
	const n = utf8.length;
	for (let i = 0; i < n; i++) {
		const c = utf8[i]!;
		if (c === q) {
			inQuotes = !inQuotes;
			empty = false;
		} else if (c === 10 || c === 13) {
			if (c === 13 && utf8[i + 1] === 10) i++;
			if (!inQuotes) {
				if (!empty && recordStart > headerLine + 1) list.push(recordStart);
				recordStart = line + 1;
				empty = true;
			}
			line++;
		} else if (isBom(utf8, i)) {
			// U+FEFF (a stray byte order mark) does not make a line a record.
			i += 2;
		} else empty = false;
	}
	if (!empty && recordStart > headerLine + 1) list.push(recordStart);
	return list.done();
}
