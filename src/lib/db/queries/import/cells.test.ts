/**
 * The SQL that reads cells in the import must read them exactly as the JavaScript that sniffs,
 * maps and previews the file (issue 3): same trimming, same missing markers, same numbers.
 * Runs against a real DuckDB engine.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '$lib/db/node';
import { missingReason, parseNumber, whitespace, type DecimalMark } from '$lib/ingest/number';
import { insertRows } from '../../insert-rows';
import { cellSql, trimSql } from './cells';

let db: NodeDb;
beforeAll(async () => {
	db = await openNodeDb({ migrated: false });
});
afterAll(() => db.close());

/** What the JavaScript side makes of a cell: a missing marker first, then a number. */
const jsNumber = (raw: string, decimal: DecimalMark) =>
	missingReason(raw) === null ? parseNumber(raw, decimal) : null;

/** Reads `raws` as column c0 with cellSql and returns what SQL says of each. */
async function readCells(raws: (string | null)[], decimal: DecimalMark, extra: string[] = []) {
	await db.run('CREATE OR REPLACE TEMP TABLE cells (i INTEGER, c0 VARCHAR)');
	await insertRows(
		db,
		'cells',
		['i', 'c0'],
		raws.map((raw, i) => [i, raw])
	);
	const cell = cellSql(0, decimal, extra);
	return db.all<{ text: string; number: number | null; reason: string | null }>(
		`SELECT ${cell.text} AS text, ${cell.number} AS number, ${cell.reason} AS reason
		FROM cells ORDER BY i`
	);
}

describe('trimSql', () => {
	it('trimSql strips exactly the characters JavaScript trim() strips, over all of Unicode', async () => {
		const rows = await db.all<{ i: number }>(
			`SELECT i FROM range(1, 1114112) t(i)
			WHERE (i < 55296 OR i > 57343) AND ${trimSql("chr(i::INTEGER) || 'a' || chr(i::INTEGER)")} = 'a'`
		);
		const js: number[] = [];
		for (let i = 1; i < 0x110000; i++) {
			if (i >= 0xd800 && i <= 0xdfff) continue;
			const c = String.fromCodePoint(i);
			if ((c + 'a' + c).trim() === 'a') js.push(i);
		}
		expect(rows.map((r) => Number(r.i))).toEqual(js);
		expect([...whitespace].map((c) => c.codePointAt(0))).toEqual(js);
	});

	it('trimSql leaves white space inside the text and NULL as NULL', async () => {
		const [row] = await db.all<{ inside: string; none: string | null }>(
			`SELECT ${trimSql("'\t1 2\u00a03\t'")} AS inside, ${trimSql('NULL::VARCHAR')} AS none`
		);
		expect(row).toEqual({ inside: '1 2\u00a03', none: null });
	});
});

describe('cellSql agrees with parseNumber and missingReason', () => {
	// Regression (issue 3): DuckDB's trim() left tabs, line breaks and U+FEFF, so a cell the
	// preview read as 12,5 or as missing was an unreadable number in the import.
	const awkward = [
		'\t12,5',
		'12,5\t',
		'\u00a012,5\u00a0',
		'\ufeff7',
		'\r\n3\n',
		'\u2028.\u2029',
		'\tNA\t',
		'\t',
		' x ',
		'1e999',
		'-1e999',
		'3e308',
		'1.7976931348623157e308',
		'9'.repeat(310),
		'9'.repeat(299),
		'1.000.000',
		'12,345,678',
		'1 234',
		'-0',
		'-0,0',
		'-0.0',
		' na ',
		'',
		null
	];

	it.each<DecimalMark>([',', '.'])('for awkward cells read with decimal "%s"', async (decimal) => {
		const rows = await readCells(awkward, decimal);
		rows.forEach((row, k) => {
			const raw = awkward[k] ?? '';
			expect({ raw, number: row.number, reason: row.reason, text: row.text }).toEqual({
				raw,
				number: jsNumber(raw, decimal),
				reason: missingReason(raw),
				text: raw.trim()
			});
		});
	});

	it('for any number-like text', async () => {
		const unit = fc.constantFrom(
			...'0123456789',
			'.',
			',',
			'-',
			'+',
			'e',
			'E',
			' ',
			'\t',
			'\u00a0',
			'\ufeff',
			'\n',
			'x',
			'NA',
			'n.v.t.',
			'-99997'
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.string({ unit, maxLength: 12 }), { minLength: 1, maxLength: 200 }),
				fc.constantFrom<DecimalMark>(',', '.'),
				async (raws, decimal) => {
					const rows = await readCells(raws, decimal);
					expect(rows.map((r) => r.number)).toEqual(raws.map((raw) => jsNumber(raw, decimal)));
					expect(rows.map((r) => r.reason)).toEqual(raws.map((raw) => missingReason(raw)));
				}
			),
			{ numRuns: 40 }
		);
	});
});

describe("the file's own words for no value (the mapping's missing)", () => {
	const raws = ['onbekend', ' * ', '0', '12,5', 'Onbekend'];
	it('reads them as not available, as missingReason does, and leaves a real 0 a 0', async () => {
		const extra = ['onbekend', '*'];
		const rows = await readCells(raws, ',', extra);
		expect(rows.map((r) => [r.number, r.reason])).toEqual([
			[null, 'not_available'],
			[null, 'not_available'],
			[0, null],
			[12.5, null],
			// Exact words: another spelling is still an unreadable number, never silently missing.
			[null, null]
		]);
		expect(raws.map((r) => missingReason(r, extra))).toEqual([
			'not_available',
			'not_available',
			null,
			null,
			null
		]);
	});
	it('without them the same words are no number and have no reason', async () => {
		const rows = await readCells(raws.slice(0, 2), ',');
		expect(rows.map((r) => [r.number, r.reason])).toEqual([
			[null, null],
			[null, null]
		]);
	});
});
