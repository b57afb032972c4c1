import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedFile } from '$lib/ingest/prepare';
import { lineOfRow } from './issues';

function fileWith(lines: number[], headerLine: number) {
	return {
		decoded: { lines: Int32Array.from(lines) },
		sniffed: { headerLine }
	} as unknown as PreparedFile;
}

/** The rule written out plainly: the rn-th record after the header, rejected ones left out. */
function naive(lines: number[], headerLine: number, rejected: number[], rn: number) {
	const kept = lines.filter((line) => line > headerLine + 1 && !rejected.includes(line));
	return kept[rn - 1] ?? 0;
}

describe('lineOfRow', () => {
	it('lineOfRow skips the header and the records DuckDB rejected', () => {
		const lineOf = lineOfRow(fileWith([1, 2, 3, 5, 6, 9], 0), [3, 6]);
		expect([1, 2, 3, 4].map(lineOf)).toEqual([2, 5, 9, 0]);
	});

	it('lineOfRow agrees with filtering the list of lines', () => {
		const input = fc
			.uniqueArray(fc.integer({ min: 1, max: 80 }), { maxLength: 40 })
			.map((lines) => lines.sort((a, b) => a - b))
			.chain((lines) =>
				fc.record({
					lines: fc.constant(lines),
					headerLine: fc.integer({ min: 0, max: 5 }),
					rejected: fc.array(fc.oneof(fc.constantFrom(...lines, 0), fc.nat(90)), { maxLength: 8 })
				})
			);
		fc.assert(
			fc.property(input, ({ lines, headerLine, rejected }) => {
				const lineOf = lineOfRow(fileWith(lines, headerLine), rejected);
				for (let rn = 1; rn <= lines.length + 2; rn++)
					expect(lineOf(rn)).toBe(naive(lines, headerLine, rejected, rn));
			}),
			{ numRuns: 500 }
		);
	});
});
