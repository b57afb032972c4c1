import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createDuckDB,
	NODE_RUNTIME,
	VoidLogger,
	type DuckDBConnection
} from '@duckdb/duckdb-wasm/blocking';
import { arrowRows } from './arrow-rows';

// The real engine with the app's cast options; its raw result bytes are what the browser gets.
const require = createRequire(import.meta.url);
const engineFile = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
const dist = path.dirname(engineFile);
let engine: Awaited<ReturnType<typeof createDuckDB>>;
let conn: DuckDBConnection;
let id: number;

beforeAll(async () => {
	const bundle = (name: string) => ({
		mainModule: path.join(dist, `duckdb-${name}.wasm`),
		mainWorker: ''
	});
	engine = await createDuckDB(
		{ mvp: bundle('mvp'), eh: bundle('eh') },
		new VoidLogger(),
		NODE_RUNTIME
	);
	await engine.instantiate();
	engine.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	conn = engine.connect();
	id = conn.useUnsafe((_, connection) => connection);
});
afterAll(() => {
	conn.close();
	engine.reset();
});

/**
 * What apache-arrow makes of the same result: the behaviour arrowRows must match. A LIST is an
 * Arrow Vector there, which the app only iterates (Array.from): compared as its elements.
 */
const plain = (value: unknown): unknown =>
	value !== null && typeof value === 'object' && 'toArray' in value && !ArrayBuffer.isView(value)
		? Array.from(value as unknown as Iterable<unknown>, plain)
		: value;
const viaArrow = (sql: string) =>
	conn
		.query(sql)
		.toArray()
		.map((row) =>
			Object.fromEntries(Object.entries(row.toJSON()).map(([key, value]) => [key, plain(value)]))
		);

const cases = [
	{
		name: 'integers of every width',
		sql: 'SELECT 1::TINYINT a, -2::SMALLINT b, 3::INTEGER c, 200::UTINYINT d, 60000::USMALLINT e, 4000000000::UINTEGER f'
	},
	{
		name: 'BIGINT, HUGEINT and DECIMAL as doubles (cast options)',
		sql: 'SELECT 9007199254740993::BIGINT a, 12::HUGEINT b, 1.25::DECIMAL(10,2) c, count(*) n, sum(x) s FROM range(4) t(x)'
	},
	{
		name: 'DOUBLE and FLOAT, with NaN and infinity',
		sql: "SELECT 0.1::DOUBLE a, 1.5::FLOAT b, 'nan'::DOUBLE c, '-inf'::DOUBLE d, -0.0::DOUBLE e"
	},
	{
		name: 'VARCHAR: empty, accents, emoji',
		sql: "SELECT '' a, 'Zuid-Oost ë' b, '👍 €' c, uuid()::VARCHAR IS NOT NULL d"
	},
	{
		// Short ASCII is read byte by byte, the rest by TextDecoder: both sides of each limit.
		name: 'VARCHAR around the short-text limit (32 bytes), with a late accent and control bytes',
		sql: "SELECT repeat('a', 32) a, repeat('b', 33) b, repeat('c', 31) || 'é' c, 'tab\tnl\n' d, chr(127) || chr(0) e, 'WK036300' f"
	},
	{
		name: 'NULL in every type',
		sql: 'SELECT NULL a, NULL::VARCHAR b, NULL::DOUBLE c, NULL::BOOLEAN d, NULL::DATE e, NULL::INTEGER f, NULL::TIMESTAMP g'
	},
	{
		name: 'BOOLEAN over more than 8 rows',
		sql: 'SELECT x % 3 = 0 AS b, CASE WHEN x % 4 = 0 THEN NULL ELSE x % 2 = 0 END AS n FROM range(21) t(x)'
	},
	{
		name: 'DATE before and after 1970',
		sql: "SELECT DATE '1969-12-31' a, DATE '2024-02-29' b, DATE '1900-01-01' c"
	},
	{
		name: 'TIMESTAMP in every unit',
		sql: "SELECT TIMESTAMP '2024-01-02 03:04:05.678912' a, '2024-01-02 03:04:05.678'::TIMESTAMP_MS b, '2024-01-02 03:04:05'::TIMESTAMP_S c, '2024-01-02 03:04:05.123456789'::TIMESTAMP_NS d, TIMESTAMPTZ '2024-01-02 03:04:05+00' e"
	},
	{ name: 'BLOB', sql: "SELECT 'ab\\x00c'::BLOB a, ''::BLOB b" },
	{
		name: 'values with nulls across several record batches',
		sql: "SELECT x, CASE WHEN x % 7 = 0 THEN NULL ELSE 'w' || x END AS name, CASE WHEN x % 5 = 0 THEN NULL ELSE x / 3 END AS v FROM range(5000) t(x)"
	},
	{
		name: 'ENUM (dictionary-encoded) with nulls, over several record batches',
		sql: "SELECT CASE WHEN x % 9 = 0 THEN NULL ELSE (['x', 'y', 'z'])[x % 3 + 1] END::ENUM('x', 'y', 'z') AS e, x FROM range(5000) t(x)"
	},
	{
		name: 'LIST of numbers and of text, with null lists and null elements',
		sql: "SELECT list(x ORDER BY x) AS rns, list(CASE WHEN x % 2 = 0 THEN NULL ELSE 'v' || x END ORDER BY x) AS raws, NULL::INTEGER[] AS none, [] AS empty FROM range(7) t(x) GROUP BY x % 3 ORDER BY x % 3"
	},
	{
		name: 'LIST of ENUM and LIST of LIST',
		sql: "SELECT ['a', NULL, 'b']::ENUM('a', 'b')[] AS e, [[1, 2], NULL, []] AS n"
	},
	{ name: 'no rows', sql: 'SELECT 1 a, 2 b WHERE false' },
	{ name: 'a repeated column name keeps the last value', sql: 'SELECT 1 a, 2 a' }
];

describe('arrowRows', () => {
	it.each(cases)('arrowRows reads $name as apache-arrow does', ({ sql }) => {
		const rows = arrowRows(engine.runQuery(id, sql));
		expect(rows).toEqual(viaArrow(sql));
	});

	it('arrowRows reads several record batches completely', () => {
		const rows = arrowRows<{ x: number }>(engine.runQuery(id, 'SELECT x FROM range(5000) t(x)'));
		expect(rows).toHaveLength(5000);
		expect(rows[4999]).toEqual({ x: 4999 });
	});

	it('arrowRows reads the result of a prepared statement with bound parameters', () => {
		const statement = engine.createPrepared(id, 'SELECT ?::VARCHAR AS code, ?::DOUBLE AS value');
		try {
			const rows = arrowRows(engine.runPrepared(id, statement, ["WK0363'01", 71.5]));
			expect(rows).toEqual([{ code: "WK0363'01", value: 71.5 }]);
		} finally {
			engine.closePrepared(id, statement);
		}
	});

	it('arrowRows reads the rejected lines of read_csv (error_type is an ENUM)', () => {
		engine.registerFileText('bad.csv', 'a;b\n1;x\nzz;y\n3;z\n');
		const sql = 'SELECT line, error_type, csv_line FROM reject_errors ORDER BY line';
		engine.runQuery(
			id,
			"SELECT * FROM read_csv('bad.csv', delim = ';', header = true, columns = {'a': 'INTEGER', 'b': 'VARCHAR'}, store_rejects = true)"
		);
		const rows = arrowRows(engine.runQuery(id, sql));
		expect(rows).toEqual(viaArrow(sql));
		expect(rows).toEqual([{ line: 3, error_type: 'CAST', csv_line: 'zz;y' }]);
	});

	it('arrowRows reads a buffer that does not start at offset 0', () => {
		const bytes = engine.runQuery(id, "SELECT 'a' s, 1.5::DOUBLE d, DATE '2024-01-01' t");
		const shifted = new Uint8Array(bytes.length + 3);
		shifted.set(bytes, 3);
		expect(arrowRows(shifted.subarray(3))).toEqual(
			viaArrow("SELECT 'a' s, 1.5::DOUBLE d, DATE '2024-01-01' t")
		);
	});

	it.each([
		{ type: 'MAP', sql: "SELECT MAP {'a': 1} m", message: /Map/ },
		{ type: 'STRUCT', sql: "SELECT {'a': 1} s", message: /Struct/ },
		{ type: 'INTERVAL', sql: 'SELECT INTERVAL 1 DAY i', message: /Interval/ },
		{ type: 'TIME', sql: "SELECT TIME '01:02:03' t", message: /Time/ }
	])('arrowRows refuses $type instead of guessing', ({ sql, message }) => {
		expect(() => arrowRows(engine.runQuery(id, sql))).toThrow(message);
	});
});
