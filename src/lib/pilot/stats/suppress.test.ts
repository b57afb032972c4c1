import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress, suppressList, type CountTable, type SuppressedCell } from './suppress';

/** A cell as one short string: the number when shown, `k` (klein) or `a` (aanvullend) when hidden. */
const code = (c: SuppressedCell) => (c.hidden === null ? String(c.value) : c.hidden[0]!);

describe('suppressList', () => {
	it.each([
		{
			name: 'hides a small count and, since the total would give it away, the smallest other',
			values: [12, 3, 0, 25],
			cells: ['a', 'k', '0', '25'],
			total: '40'
		},
		{
			name: 'keeps zeros: a true 0 reveals nothing',
			values: [0, 14, 0, 30],
			cells: ['0', '14', '0', '30'],
			total: '44'
		},
		{
			name: 'needs no complement for two small counts',
			values: [4, 6, 20],
			cells: ['k', 'k', '20'],
			total: '30'
		},
		{
			name: 'hides one more when two small counts add up to a small group (3 + 4 = 7)',
			values: [3, 4, 50, 60],
			cells: ['k', 'k', 'a', '60'],
			total: '117'
		},
		{ name: 'hides a small total as well', values: [2, 0, 3], cells: ['k', '0', 'k'], total: 'k' },
		{ name: 'hides a single small cell and its total', values: [7], cells: ['k'], total: 'k' },
		{
			name: 'takes a non-zero complement over a zero',
			values: [0, 5, 11, 40],
			cells: ['0', 'k', 'a', '40'],
			total: '56'
		},
		{ name: 'breaks ties by position', values: [15, 2, 15], cells: ['a', 'k', '15'], total: '32' },
		{
			name: 'counts exactly the threshold as not small',
			values: [10, 10],
			cells: ['10', '10'],
			total: '20'
		},
		{ name: 'handles an empty list', values: [], cells: [], total: '0' }
	])('$name', ({ values, cells, total }) => {
		const result = suppressList(values, 10);
		expect(result.cells.map(code)).toEqual(cells);
		expect(code(result.total)).toBe(total);
	});
});

describe('suppress', () => {
	it.each([
		{
			name: 'with only column totals, complements within the column',
			table: {
				cells: [
					[3, 0],
					[20, 16],
					[12, 30]
				],
				columnTotals: true
			},
			cells: [
				['k', '0'],
				['20', '16'],
				['a', '30']
			],
			rowTotals: null,
			columnTotals: ['35', '46']
		},
		{
			name: 'without totals, hides only the small cells',
			table: {
				cells: [
					[3, 0],
					[20, 16],
					[12, 30]
				]
			},
			cells: [
				['k', '0'],
				['20', '16'],
				['12', '30']
			],
			rowTotals: null,
			columnTotals: null
		},
		{
			// Row 1: 4 hidden → 15 (the smallest) as well; row 2: 9 → 12. Column 1 then holds one
			// hidden cell (12) → 20; column 2 one (4) → 18. Now every row and column with a hidden
			// cell holds two or three: the 2 × 3 block has no cell that can be computed back.
			name: 'with row and column totals, repeats until every line holds 0 or ≥ 2 hidden cells',
			table: {
				cells: [
					[20, 4, 15],
					[12, 18, 9],
					[30, 25, 11]
				],
				rowTotals: true,
				columnTotals: true
			},
			cells: [
				['a', 'k', 'a'],
				['a', 'a', 'k'],
				['30', '25', '11']
			],
			rowTotals: ['39', '39', '66'],
			columnTotals: ['62', '47', '35']
		},
		{
			// Step 2 alone ends with the 2 × 2 block below row 1 hidden, yet the small row total 3
			// would still follow as (35 + 46) − 36 − 42, and with it the 3 (the other cell is 0). The
			// exact check hides the column total 35 too.
			name: 'with a small row total, also protects it from the other totals',
			table: {
				cells: [
					[3, 0],
					[20, 16],
					[12, 30]
				],
				rowTotals: true,
				columnTotals: true
			},
			cells: [
				['k', '0'],
				['a', 'a'],
				['a', 'a']
			],
			rowTotals: ['k', '36', '42'],
			columnTotals: ['a', '46']
		}
	])('$name', ({ table, cells, rowTotals, columnTotals }) => {
		const result = suppress(table, 10);
		expect(result.cells.map((row) => row.map(code))).toEqual(cells);
		expect(result.rowTotals?.map(code) ?? null).toEqual(rowTotals);
		expect(result.columnTotals?.map(code) ?? null).toEqual(columnTotals);
	});

	it('shows the grand total when asked', () => {
		const result = suppress({ cells: [[30, 40]], rowTotals: true, grandTotal: true }, 10);
		expect(result.grandTotal).toEqual({ value: 70, hidden: null });
	});

	it.each([
		{ name: 'a ragged table', call: () => suppress({ cells: [[1, 2], [3]] }, 10) },
		{ name: 'a negative count', call: () => suppress({ cells: [[-1]] }, 10) },
		{ name: 'a fractional count', call: () => suppress({ cells: [[1.5]] }, 10) },
		{ name: 'threshold 0', call: () => suppressList([1, 2], 0) }
	])('throws on $name', ({ call }) => {
		expect(call).toThrow(RangeError);
	});
});

/**
 * Independent check that no hidden value can be computed back. Every value is an edge of a graph
 * whose nodes are the equations (row i, column j, and the grand total seen via the rows and via the
 * columns): cell (i, j) joins row i and column j, row total i joins row i and "rows", column total j
 * joins column j and "columns", the grand total joins "rows" and "columns". The equations are then
 * the node balances of a bipartite graph, and an unknown value is fixed by the known ones exactly
 * when its edge is a bridge of the graph of unknown edges (it lies on no cycle along which values
 * could be shifted). suppress itself uses Gaussian elimination instead.
 */
function computableHidden(table: CountTable, result: ReturnType<typeof suppress>): string[] {
	const rows = table.cells.length;
	const columns = table.cells[0]?.length ?? 0;
	const edges: { name: string; a: string; b: string; hidden: boolean; known: boolean }[] = [];
	const add = (name: string, a: string, b: string, cell: SuppressedCell | null) =>
		edges.push({
			name,
			a,
			b,
			hidden: cell?.hidden != null,
			known: cell !== null && cell.hidden === null
		});
	for (let i = 0; i < rows; i++)
		for (let j = 0; j < columns; j++) add(`cell ${i},${j}`, `r${i}`, `c${j}`, result.cells[i]![j]!);
	for (let i = 0; i < rows; i++)
		add(`row total ${i}`, `r${i}`, 'rows', result.rowTotals?.[i] ?? null);
	for (let j = 0; j < columns; j++)
		add(`column total ${j}`, `c${j}`, 'columns', result.columnTotals?.[j] ?? null);
	add('grand total', 'rows', 'columns', result.grandTotal);
	const unknown = edges.filter((e) => !e.known);
	const connected = (from: string, to: string, without: (typeof edges)[number]) => {
		const seen = new Set([from]);
		const queue = [from];
		for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
			for (const e of unknown) {
				if (e === without || (e.a !== node && e.b !== node)) continue;
				const next = e.a === node ? e.b : e.a;
				if (seen.has(next)) continue;
				seen.add(next);
				queue.push(next);
			}
		}
		return seen.has(to);
	};
	return unknown.filter((e) => e.hidden && !connected(e.a, e.b, e)).map((e) => e.name);
}

describe('suppress on random tables', () => {
	const count = fc.oneof(
		fc.constant(0),
		fc.integer({ min: 1, max: 9 }),
		fc.integer({ min: 10, max: 60 })
	);
	const table = fc
		.record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 4 }) })
		.chain(({ rows, columns }) =>
			fc.record({
				cells: fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
					minLength: rows,
					maxLength: rows
				}),
				rowTotals: fc.boolean(),
				columnTotals: fc.boolean(),
				grandTotal: fc.boolean()
			})
		);

	it('hides every small count, shows the rest unchanged, and leaves nothing computable', () => {
		fc.assert(
			fc.property(table, (t) => {
				const result = suppress(t, 10);
				t.cells.forEach((row, i) =>
					row.forEach((value, j) => {
						const cell = result.cells[i]![j]!;
						if (value > 0 && value < 10) expect(cell.hidden).toBe('klein');
						else expect(cell.hidden).not.toBe('klein');
						expect(cell.value).toBe(cell.hidden === null ? value : null);
					})
				);
				expect(computableHidden(t, result)).toEqual([]);
			}),
			{ numRuns: 400, seed: 20240501 }
		);
	});

	it('never leaves one hidden cell, or hidden cells adding up to a small group, beside a shown total', () => {
		fc.assert(
			fc.property(table, (t) => {
				const result = suppress(t, 10);
				const lines = [
					...result.cells.map((row, i) => ({ cells: row, total: result.rowTotals?.[i] })),
					...(result.cells[0] ?? []).map((_, j) => ({
						cells: result.cells.map((row) => row[j]!),
						total: result.columnTotals?.[j]
					}))
				];
				lines.forEach((line, k) => {
					if (!line.total || line.total.hidden !== null) return;
					const values =
						k < result.cells.length ? t.cells[k]! : t.cells.map((row) => row[k - t.cells.length]!);
					const hidden = values.filter((_, m) => line.cells[m]!.hidden !== null);
					const sum = hidden.reduce((a, b) => a + b, 0);
					expect(hidden.length).not.toBe(1);
					if (hidden.length > 0) expect(sum === 0 || sum >= 10).toBe(true);
				});
			}),
			{ numRuns: 400, seed: 20240502 }
		);
	});
});
