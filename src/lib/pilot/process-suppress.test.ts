import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressLinked, type CountState, type Relation } from './process-suppress';
import { suppress } from './stats';

/** A state as one short string: the number when shown, `k` (klein) or `a` (aanvullend). */
const code = (values: number[], states: CountState[]) =>
	states.map((s, i) => (s === 'shown' ? String(values[i]) : s[0]!));

describe('suppressLinked', () => {
	it.each([
		{
			name: 'hides a small member and, as the total would give it away, the smallest other member',
			values: [11, 10, 0, 1],
			relations: [{ total: 0, members: [1, 2, 3] }],
			expected: ['11', 'a', '0', 'k']
		},
		{
			name: 'hides a small total and its small members; no complement is needed',
			values: [5, 2, 3],
			relations: [{ total: 0, members: [1, 2] }],
			expected: ['k', 'k', 'k']
		},
		{
			name: 'protects a member through a chain of identities (gestart → uitgevallen → reasons)',
			// gestart 40 = actief 3 + afgerond 21 + uitgevallen 16; uitgevallen 16 = 9 + 7.
			values: [40, 3, 21, 16, 9, 7],
			relations: [
				{ total: 0, members: [1, 2, 3] },
				{ total: 3, members: [4, 5] }
			],
			expected: ['40', 'k', '21', 'a', 'k', 'k']
		},
		{
			name: 'hides a total that equals one hidden member',
			values: [4, 4],
			relations: [{ total: 0, members: [1] }],
			expected: ['k', 'k']
		},
		{
			name: 'leaves everything shown without small counts',
			values: [30, 10, 20],
			relations: [{ total: 0, members: [1, 2] }],
			expected: ['30', '10', '20']
		}
	])('$name', ({ values, relations, expected }) => {
		expect(code(values, suppressLinked(values, relations, 10))).toEqual(expected);
	});

	it.each([
		{ name: 'threshold 0', call: () => suppressLinked([1], [], 0) },
		{ name: 'a negative count', call: () => suppressLinked([-1], [], 10) },
		{ name: 'NaN', call: () => suppressLinked([Number.NaN], [], 10) }
	])('throws on $name', ({ call }) => {
		expect(call).toThrow(RangeError);
	});

	/** The variables and identities of stats' `suppress` for one table, in its order. */
	function asRelations(cells: number[][], rowTotals: boolean) {
		const rows = cells.length;
		const columns = cells[0]!.length;
		const values = cells.flat();
		const relations: Relation[] = [];
		const sums = (f: (i: number) => number[]) => (k: number) =>
			f(k).reduce((s, i) => s + values[i]!, 0);
		const rowMembers = (i: number) => Array.from({ length: columns }, (_, j) => i * columns + j);
		const colMembers = (j: number) => Array.from({ length: rows }, (_, i) => i * columns + j);
		const rowStart = values.length;
		if (rowTotals) {
			for (let i = 0; i < rows; i++) values.push(sums(rowMembers)(i));
			for (let i = 0; i < rows; i++)
				relations.push({ total: rowStart + i, members: rowMembers(i) });
		}
		const colStart = values.length;
		for (let j = 0; j < columns; j++) values.push(sums(colMembers)(j));
		for (let j = 0; j < columns; j++)
			relations.push({ total: colStart + j, members: colMembers(j) });
		if (rowTotals) {
			const grand = values.length;
			values.push(cells.flat().reduce((s, v) => s + v, 0));
			const range = (start: number, k: number) => Array.from({ length: k }, (_, i) => start + i);
			relations.push({ total: grand, members: range(rowStart, rows) });
			relations.push({ total: grand, members: range(colStart, columns) });
		}
		return { values, relations };
	}

	it('gives exactly the pattern of stats suppress for a table with its totals', () => {
		const table = fc
			.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
			.chain(([r, c]) =>
				fc.array(fc.array(fc.integer({ min: 0, max: 25 }), { minLength: c, maxLength: c }), {
					minLength: r,
					maxLength: r
				})
			);
		fc.assert(
			fc.property(table, fc.boolean(), (cells, rowTotals) => {
				const expected = suppress(
					{ cells, rowTotals, columnTotals: true, grandTotal: rowTotals },
					10
				);
				const { values, relations } = asRelations(cells, rowTotals);
				const states = suppressLinked(values, relations, 10);
				const hidden = (c: { hidden: string | null }) => c.hidden ?? 'shown';
				const flat = [
					...expected.cells.flat(),
					...(expected.rowTotals ?? []),
					...expected.columnTotals!,
					...(expected.grandTotal ? [expected.grandTotal] : [])
				];
				expect(states).toEqual(flat.map(hidden));
			}),
			{ numRuns: 300 }
		);
	});

	it('hides every small count and never gives hidden members away beside a shown total', () => {
		const system = fc
			.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 8 })
			.chain((members) =>
				fc.constant({
					values: [members.reduce((s, v) => s + v, 0), ...members],
					relations: [{ total: 0, members: members.map((_, i) => i + 1) }]
				})
			);
		fc.assert(
			fc.property(system, ({ values, relations }) => {
				const states = suppressLinked(values, relations, 10);
				values.forEach((v, i) => {
					if (v > 0 && v < 10) expect(states[i]).toBe('klein');
				});
				const hiddenMembers = relations[0]!.members.filter((m) => states[m] !== 'shown');
				const sum = hiddenMembers.reduce((s, m) => s + values[m]!, 0);
				if (states[0] === 'shown') {
					expect(hiddenMembers.length).not.toBe(1);
					// Two small counts beside a shown total still give their sum away: 3 + 4 = 7.
					if (hiddenMembers.length > 0) expect(sum === 0 || sum >= 10).toBe(true);
				}
			})
		);
	});
});
