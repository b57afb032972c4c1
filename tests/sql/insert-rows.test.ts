import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { CSV_INSERT_ROWS, insertRows } from '../../src/lib/db/insert-rows';

let db: NodeDb;
beforeAll(async () => {
	db = await openNodeDb({ migrated: false });
});
afterAll(() => db.close());

const columns = ['id', 'text', 'whole', 'fraction', 'flag'];
type Row = [number, string | null, number | null, number | null, boolean | null];
const hex = (text: string | null) =>
	text === null ? null : Buffer.from(text, 'utf8').toString('hex').toUpperCase();

async function freshTable(name: string) {
	await db.run(`CREATE OR REPLACE TABLE ${name} (id INTEGER, text VARCHAR, whole INTEGER,
		fraction DOUBLE, flag BOOLEAN)`);
}

/** Many rows in one call (DuckDB's CSV reader) and the same rows in calls too small for it. */
async function bothWays(rows: Row[]) {
	await freshTable('bulk');
	await freshTable('bound');
	await insertRows(db, 'bulk', columns, rows);
	for (let i = 0; i < rows.length; i += CSV_INSERT_ROWS - 1)
		await insertRows(db, 'bound', columns, rows.slice(i, i + CSV_INSERT_ROWS - 1));
	// The text as its UTF-8 bytes: reading results back in Node drops a leading U+FEFF.
	const read = (table: string) =>
		db.all<{
			id: number;
			text: string | null;
			whole: number | null;
			fraction: number | null;
			flag: boolean | null;
		}>(`SELECT id, hex(encode(text)) AS text, whole, fraction, flag FROM ${table} ORDER BY id`);
	return { bulk: await read('bulk'), bound: await read('bound') };
}

const awkward = fc.constantFrom(
	'',
	' ',
	'"',
	'""',
	',',
	';',
	'\n',
	'\r\n',
	'\r',
	'\\',
	"'",
	'ë',
	'€',
	'’',
	'\ufeff',
	'NULL',
	'\t',
	'\u00a0',
	'\u2028',
	'\u0001',
	'😀',
	'x'
);

describe('insertRows', () => {
	it('stores the same values through the CSV reader as with bound parameters', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.tuple(
						fc.option(fc.string({ unit: awkward, maxLength: 8 }), { nil: null }),
						fc.option(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), { nil: null }),
						// Within ±1e15: Node's parameter binding takes 1e300 (a whole number) for an integer.
						fc.option(fc.double({ noNaN: true, min: -1e15, max: 1e15 }), { nil: null }),
						fc.option(fc.boolean(), { nil: null })
					),
					{ minLength: CSV_INSERT_ROWS, maxLength: CSV_INSERT_ROWS + 50 }
				),
				async (values) => {
					const rows = values.map((v, id): Row => [id, ...v]);
					const { bulk, bound } = await bothWays(rows);
					// Every value exactly as given, doubles to the last bit.
					expect(bulk.map((r) => [r.id, r.text, r.whole, r.fraction, r.flag])).toEqual(
						rows.map(([id, text, ...rest]) => [id, hex(text), ...rest])
					);
					// Bound parameters round some doubles in their last digit; all else is the same.
					const rest = (rs: typeof bulk) => rs.map(({ fraction: _, ...r }) => r);
					expect(rest(bulk)).toEqual(rest(bound));
				}
			),
			{ numRuns: 25 }
		);
	});

	it('keeps an empty text apart from a missing one, and reads every line break as text', async () => {
		const texts = ['', null, 'a\nb', 'a\r\nb', '"quoted", with comma', ' padded '];
		const rows = Array.from({ length: CSV_INSERT_ROWS }, (_, id): Row => [
			id,
			texts[id % texts.length]!,
			id,
			id / 3,
			id % 2 === 0
		]);
		const { bulk } = await bothWays(rows);
		expect(bulk.slice(0, 6).map((r) => r.text)).toEqual(texts.map(hex));
		expect(bulk[5]).toEqual({
			id: 5,
			text: hex(' padded '),
			whole: 5,
			fraction: 5 / 3,
			flag: false
		});
	});

	it('falls back to bound parameters for what a CSV file cannot carry (NUL, NaN)', async () => {
		const rows = Array.from({ length: CSV_INSERT_ROWS }, (_, id): Row => [
			id,
			id === 7 ? 'nul\0byte' : id === 8 ? '\ufeffbom' : 'ok',
			null,
			id === 9 ? Number.NaN : 1,
			null
		]);
		const { bulk, bound } = await bothWays(rows);
		expect(bulk).toEqual(bound);
		expect(bulk[7]?.text).toBe(hex('nul\0byte'));
		expect(bulk[8]?.text).toBe(hex('\ufeffbom'));
	});
});
