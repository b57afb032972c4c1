/**
 * Keyboard movement among a chart's data points (a "roving tabindex"): the chart is one Tab stop,
 * the arrow keys go from point to point. A chart of 10 wijken over 12 years is then one stop
 * instead of 120 before the buttons under it (WCAG 2.1.1 and 2.4.3, as in the Overzicht).
 */

/** A point of a line chart: the line (`row`) and its place on that line (`index`). */
export interface Stop {
	row: number;
	index: number;
}

/** The index on `xs` nearest to `x` (the first of two equally near); -1 when `xs` is empty. */
function nearest(xs: number[], x: number) {
	let best = -1;
	for (let i = 0; i < xs.length; i++)
		if (best === -1 || Math.abs(xs[i]! - x) < Math.abs(xs[best]! - x)) best = i;
	return best;
}

/** The next row from `row` in direction `step` that has points; `row` itself when none. */
function nextRow(rows: number[][], row: number, step: 1 | -1) {
	for (let r = row + step; r >= 0 && r < rows.length; r += step) if (rows[r]!.length > 0) return r;
	return row;
}

/**
 * Where a key moves the focus in a line chart whose lines have their points at the x positions
 * `rows` (in order along the line). Left and right go along the line, up and down to the point
 * nearest in time on the line before or after (lines without points are skipped), Home and End to
 * the first and last point of the line, with Ctrl to those of the first and last line. Null for a
 * key that does not move (it is then left to the browser).
 */
export function moveOnLines(rows: number[][], from: Stop, key: string, ctrl = false): Stop | null {
	const here = rows[from.row] ?? [];
	const x = here[from.index] ?? 0;
	const onRow = (row: number, index: number) => ({
		row,
		index: Math.max(0, Math.min(index, rows[row]!.length - 1))
	});
	switch (key) {
		case 'ArrowRight':
			return onRow(from.row, from.index + 1);
		case 'ArrowLeft':
			return onRow(from.row, from.index - 1);
		case 'ArrowDown':
		case 'ArrowUp': {
			const row = nextRow(rows, from.row, key === 'ArrowDown' ? 1 : -1);
			return row === from.row ? from : { row, index: nearest(rows[row]!, x) };
		}
		case 'Home':
		case 'End': {
			const first = key === 'Home';
			const row = ctrl ? nextRow(rows, first ? -1 : rows.length, first ? 1 : -1) : from.row;
			if (!rows[row]?.length) return from;
			return onRow(row, first ? 0 : rows[row]!.length - 1);
		}
		default:
			return null;
	}
}

/**
 * Where a key moves the focus in a list of `count` points shown one below the other (the wijken of
 * Vergelijking): down or right to the next, up or left to the one before, Home and End to the
 * first and last. Null for a key that does not move.
 */
export function moveInList(count: number, from: number, key: string): number | null {
	const last = Math.max(0, count - 1);
	switch (key) {
		case 'ArrowDown':
		case 'ArrowRight':
			return Math.min(last, from + 1);
		case 'ArrowUp':
		case 'ArrowLeft':
			return Math.max(0, from - 1);
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return null;
	}
}
