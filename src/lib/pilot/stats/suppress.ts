import { checkCount } from './types';

/** Why a value is hidden: `klein` = 0 < n < threshold; `aanvullend` = hidden to protect another. */
export type HiddenReason = 'klein' | 'aanvullend';

/** A value as it may be shown: value is null exactly when hidden is set. */
export interface SuppressedCell {
	value: number | null;
	hidden: HiddenReason | null;
}

/** Counts in rows × columns; each total is shown only when asked for, and is computed here. */
export interface CountTable {
	cells: readonly (readonly number[])[];
	rowTotals?: boolean;
	columnTotals?: boolean;
	grandTotal?: boolean;
}

export interface SuppressedTable {
	cells: SuppressedCell[][];
	/** null when row totals are not shown. */
	rowTotals: SuppressedCell[] | null;
	columnTotals: SuppressedCell[] | null;
	grandTotal: SuppressedCell | null;
}

type State = 'shown' | 'absent' | HiddenReason;

/** A relation anyone can use: the members add up to the total. Indices into the variables. */
interface Line {
	total: number;
	members: number[];
}

/**
 * Small-cell suppression with complementary suppression, for counts of people.
 *
 * 1. Primary: every shown value (cell or total) with 0 < n < threshold is hidden as `klein`. A 0 is
 *    kept: a true zero says nothing about anyone, and hiding it would hide more than it protects.
 * 2. Complementary, repeated until stable: a row or column with a shown total and exactly one hidden
 *    cell would give that cell away (total minus the rest), so the smallest other shown cell of that
 *    line is hidden too (`aanvullend`). So is one whose hidden cells add up to a small group
 *    (0 < sum < threshold): hiding 3 and 4 next to a shown total still shows a group of 7. Non-zero cells go first: with a hidden 0 the sum of the two
 *    hidden cells would still equal the small count. Ties: the first in reading order. The same
 *    holds for the list of row (or column) totals when the grand total is shown.
 * 3. Audit: step 2 looks at one line at a time, but combinations of lines can still give a hidden
 *    value away (e.g. a hidden row total is the sum of the column totals minus the other row totals).
 *    So every hidden value is checked exactly: it is given away when its unit vector lies in the row
 *    space of the line equations restricted to the unknown values (Gaussian elimination). For such a
 *    value the smallest shown value whose hiding protects it is hidden too, and step 2 runs again.
 *
 * This is the usual cell-suppression scheme for frequency tables (Hundepool et al., Statistical
 * Disclosure Control, Wiley 2012) with an exact check that no hidden value can be computed back;
 * it does not look at how narrow the possible range of a hidden value is.
 */
export function suppress(table: CountTable, threshold: number): SuppressedTable {
	checkThreshold(threshold);
	const model = modelOf(table);
	const { values, states } = model;
	for (let i = 0; i < values.length; i++) {
		if (states[i] === 'shown' && values[i]! > 0 && values[i]! < threshold) states[i] = 'klein';
	}
	complete(model, threshold);
	while (protectDisclosed(model)) complete(model, threshold);
	return present(table, model);
}

/** A 1-D list of counts with its total shown, e.g. the groups of one meetmoment. */
export function suppressList(
	values: readonly number[],
	threshold: number
): { cells: SuppressedCell[]; total: SuppressedCell } {
	const result = suppress({ cells: [values], rowTotals: true }, threshold);
	return { cells: result.cells[0]!, total: result.rowTotals![0]! };
}

interface Model {
	values: number[];
	states: State[];
	lines: Line[];
	rows: number;
	columns: number;
}

function modelOf(table: CountTable): Model {
	const rows = table.cells.length;
	const columns = table.cells[0]?.length ?? 0;
	const values: number[] = [];
	for (const row of table.cells) {
		if (row.length !== columns) throw new RangeError(`ragged table: ${row.length} ≠ ${columns}`);
		for (const v of row) checkCount('count', v);
		values.push(...row);
	}
	const cell = (i: number, j: number) => i * columns + j;
	const rowTotal = (i: number) => rows * columns + i;
	const columnTotal = (j: number) => rows * columns + rows + j;
	const grand = rows * columns + rows + columns;
	const range = (k: number) => Array.from({ length: k }, (_, i) => i);
	const lines: Line[] = [
		...range(rows).map((i) => ({
			total: rowTotal(i),
			members: range(columns).map((j) => cell(i, j))
		})),
		...range(columns).map((j) => ({
			total: columnTotal(j),
			members: range(rows).map((i) => cell(i, j))
		})),
		{ total: grand, members: range(rows).map(rowTotal) },
		{ total: grand, members: range(columns).map(columnTotal) }
	];
	const sum = (members: number[]) => members.reduce((s, m) => s + values[m]!, 0);
	for (const line of lines.slice(0, rows + columns)) values[line.total] = sum(line.members);
	values[grand] = sum(range(rows).map(rowTotal));
	const shown = (flag: boolean | undefined): State => (flag ? 'shown' : 'absent');
	const states: State[] = [
		...values.slice(0, rows * columns).map((): State => 'shown'),
		...range(rows).map(() => shown(table.rowTotals)),
		...range(columns).map(() => shown(table.columnTotals)),
		shown(table.grandTotal)
	];
	return { values, states, lines, rows, columns };
}

const isHidden = (s: State | undefined) => s === 'klein' || s === 'aanvullend';

/** Shown variables in the order complements are taken: non-zero first, then smallest, then first. */
function byCost(model: Model, indices: number[]): number[] {
	const { values, states } = model;
	const cost = (i: number) => values[i] ?? 0;
	return indices
		.filter((i) => states[i] === 'shown')
		.sort((a, b) => Number(cost(a) === 0) - Number(cost(b) === 0) || cost(a) - cost(b) || a - b);
}

/**
 * Whether the hidden members of a line with a shown total give something away: one alone is
 * the total minus the rest; several together add up to a small group (0 < sum < threshold).
 * None hidden gives nothing away.
 */
export function givesAway(hidden: readonly number[], threshold: number): boolean {
	const sum = hidden.reduce((s, v) => s + v, 0);
	return hidden.length === 1 || (sum > 0 && sum < threshold);
}

/** Step 2: no line with a shown total may give its hidden members away (see givesAway). */
function complete(model: Model, threshold: number): void {
	const { states, lines, values } = model;
	for (let changed = true; changed;) {
		changed = false;
		for (const line of lines) {
			if (states[line.total] !== 'shown') continue;
			if (line.members.some((m) => states[m] === 'absent')) continue;
			const hidden = line.members.filter((m) => isHidden(states[m])).map((m) => values[m]!);
			if (!givesAway(hidden, threshold)) continue;
			states[byCost(model, line.members)[0] ?? line.total] = 'aanvullend';
			changed = true;
		}
	}
}

/** Step 3: hides one more value if some hidden value can be computed back; false when none can. */
function protectDisclosed(model: Model): boolean {
	const { states } = model;
	const computable = computableFrom(model);
	const disclosed = states.findIndex((s, i) => isHidden(s) && computable(i));
	if (disclosed < 0) return false;
	const candidates = byCost(model, [...states.keys()]);
	if (candidates.length === 0) return false;
	const protecting = candidates.find((c) => {
		states[c] = 'aanvullend';
		const safe = !computableFrom(model)(disclosed);
		states[c] = 'shown';
		return safe;
	});
	states[protecting ?? candidates[0]!] = 'aanvullend';
	return true;
}

/**
 * Which variables can be computed from the shown values? The line equations, restricted to the
 * unknown (hidden or absent) variables, fix variable v exactly when the unit vector e_v lies in
 * their row space: bring the equations to row echelon form once, then reduce e_v against it.
 */
function computableFrom(model: Model): (v: number) => boolean {
	const { states, lines, values } = model;
	const width = values.length;
	const unknown = (i: number) => states[i] !== 'shown';
	const equations = lines.map((line) => {
		const row = new Array<number>(width).fill(0);
		for (const m of line.members) if (unknown(m)) row[m] = 1;
		if (unknown(line.total)) row[line.total] = -1;
		return row;
	});
	const pivots = echelon(equations);
	return (v) => {
		const target = new Array<number>(width).fill(0);
		target[v] = 1;
		for (const { row, column } of pivots) {
			const factor = target[column]! / row[column]!;
			if (factor !== 0) for (let k = 0; k < width; k++) target[k]! -= factor * row[k]!;
		}
		return target.every((x) => Math.abs(x) < 1e-9);
	};
}

/** Gaussian elimination in place; returns the pivot rows with their pivot columns. */
function echelon(matrix: number[][]): { row: number[]; column: number }[] {
	const pivots: { row: number[]; column: number }[] = [];
	const width = matrix[0]?.length ?? 0;
	let remaining = matrix;
	for (let column = 0; column < width && remaining.length > 0; column++) {
		const at = remaining.findIndex((r) => Math.abs(r[column]!) > 1e-9);
		if (at < 0) continue;
		const pivot = remaining[at]!;
		remaining = remaining.filter((_, i) => i !== at);
		for (const r of remaining) {
			const factor = r[column]! / pivot[column]!;
			if (factor !== 0) for (let k = column; k < width; k++) r[k]! -= factor * pivot[k]!;
		}
		pivots.push({ row: pivot, column });
	}
	return pivots;
}

function present(table: CountTable, model: Model): SuppressedTable {
	const { values, states, rows, columns } = model;
	const at = (i: number): SuppressedCell => {
		const s = states[i];
		return isHidden(s)
			? { value: null, hidden: s as HiddenReason }
			: { value: values[i]!, hidden: null };
	};
	const range = (k: number, offset: number) => Array.from({ length: k }, (_, i) => at(offset + i));
	return {
		cells: Array.from({ length: rows }, (_, i) => range(columns, i * columns)),
		rowTotals: table.rowTotals ? range(rows, rows * columns) : null,
		columnTotals: table.columnTotals ? range(columns, rows * columns + rows) : null,
		grandTotal: table.grandTotal ? at(rows * columns + rows + columns) : null
	};
}

function checkThreshold(threshold: number): void {
	if (!Number.isInteger(threshold) || threshold < 1)
		throw new RangeError(`threshold must be a whole number ≥ 1, got ${threshold}`);
}
