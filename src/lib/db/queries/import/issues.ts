import { rowIssueSeverity, type RowIssueCode } from '$lib/errors/row-issues.nl';
import type { PreparedFile } from '$lib/ingest/prepare';
import type { RawIssue } from './checks';
import type { Staged } from './stage';

export interface ImportIssue {
	line: number;
	column: string;
	value: string;
	code: RowIssueCode;
	severity: 'error' | 'warning' | 'note';
	/** Line numbers of the other rows with the same key (duplicates), or the last line swallowed. */
	otherLines?: number[];
	/** What the cell is stored as, when that differs from the file (a normalised area code). */
	stored?: string;
}

/** The number of items in the ascending `list` below `value`. */
function countBelow(list: ArrayLike<number>, value: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (list[mid]! < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * Maps a staged row number to its line in the file. Staged row rn is the rn-th record DuckDB read
 * after the header, rejected records left out of that count. Works by index, without copying the
 * list of a million lines.
 */
export function lineOfRow(file: PreparedFile, rejectedLines: number[]): (rn: number) => number {
	const lines = file.decoded.lines;
	const start = countBelow(lines, file.sniffed.headerLine + 2);
	// Positions (indexes into lines) of the rejected records after the header, ascending.
	const rejected = [...new Set(rejectedLines)]
		.map((line) => ({ line, at: countBelow(lines, line) }))
		.filter(({ line, at }) => at >= start && lines[at] === line)
		.map(({ at }) => at)
		.sort((a, b) => a - b);
	// Records kept before the j-th rejected one, minus j: ascending, so it can be searched.
	const keptBefore = rejected.map((at, j) => at - start - j);
	return (rn) => {
		const k = rn - 1;
		const skipped = countBelow(keptBefore, k + 1);
		return lines[start + k + skipped] ?? 0;
	};
}

/** Turns read problems and raw issues into the report's issues, in file order. */
export function toIssues(file: PreparedFile, staged: Staged, raw: RawIssue[]): ImportIssue[] {
	const header = file.sniffed.header;
	const lineOf = lineOfRow(
		file,
		staged.problems.map((p) => p.line)
	);
	const read = staged.problems.map((p) => ({
		line: p.line,
		column: '',
		value: p.text,
		code: p.kind,
		severity: 'error' as const,
		// The last line an unclosed quote swallowed, which its message names.
		otherLines: p.lastLine > p.line || p.kind === 'unclosed_quote' ? [p.lastLine] : undefined
	}));
	const footer = staged.footer.map((p) => ({
		line: p.line,
		column: '',
		value: p.text,
		code: 'footer_line' as const,
		severity: rowIssueSeverity.footer_line
	}));
	const checked = raw.map((i) => {
		const line = lineOf(i.rn);
		const otherLines = i.others?.map(lineOf);
		// A wide file with two columns of one name: the duplicate lies within the row itself.
		const ownLine = otherLines !== undefined && otherLines.every((l) => l === line);
		const code =
			ownLine && i.code === 'conflicting_duplicate'
				? ('same_name_columns' as const)
				: ownLine && i.code === 'exact_duplicate'
					? ('same_name_columns_equal' as const)
					: i.code;
		return {
			line,
			column: i.column === null ? '' : (header[i.column] ?? ''),
			value: i.value,
			code,
			severity: rowIssueSeverity[code],
			otherLines: code === i.code ? otherLines : undefined,
			...(i.stored !== undefined && { stored: i.stored })
		};
	});
	return [...read, ...footer, ...checked].sort((a, b) => a.line - b.line);
}
