/**
 * Storing a file right after checking it reuses the check (issue 3, import speed): the file is
 * read and checked once, and whatever could make the kept check stale makes it run again.
 * Runs against a real DuckDB engine; the wrapper only counts what reaches it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '$lib/db/node';
import { prepareFile, type PreparedFile } from '$lib/ingest/prepare';
import type { Db } from '../../sql';
import { checkFile, discardCheck, importFile } from './index';
import { dropStaging } from './stage';

let engine: NodeDb;
const seen = { reads: 0, registered: 0, dropped: 0 };
/** The real database, counting CSV reads and file registrations. */
const db: Db = {
	all: (sql, params) => {
		if (/read_csv\(/.test(sql)) seen.reads++;
		return engine.all(sql, params);
	},
	run: (sql, params) => {
		if (/read_csv\(/.test(sql)) seen.reads++;
		return engine.run(sql, params);
	},
	registerFile: (name, bytes, options) => {
		seen.registered++;
		const copy = bytes.slice();
		// As in the browser: bytes handed over are moved to the database worker, leaving none here.
		if (options?.handOver) structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
		return engine.registerFile(name, copy);
	},
	dropFile: (name) => {
		seen.dropped++;
		return engine.dropFile(name);
	},
	appendArrowStream: (table, bytes) => engine.appendArrowStream(table, bytes)
};

beforeAll(async () => {
	engine = await openNodeDb();
});
afterAll(() => engine.close());

function counted<T>(work: () => Promise<T>) {
	Object.assign(seen, { reads: 0, registered: 0, dropped: 0 });
	return work().then((result) => ({ result, ...seen }));
}

const texts = new Map<PreparedFile['sha256'], string>();
const text = (file: PreparedFile) => texts.get(file.sha256)!;

let serial = 0;
/** A small long file with a value per wijk and year, unique per call. */
function csv(values: string[]) {
	serial++;
	const rows = values.map((v, i) => `WK09990${i};indicator ${serial};2020;${v}`);
	const content = ['gebiedscode;indicator;periode;waarde', ...rows, ''].join('\n');
	return prepareFile(`kept-${serial}.csv`, new TextEncoder().encode(content)).then((file) => {
		texts.set(file.sha256, content);
		return file;
	});
}

const stored = (sourceId: string) =>
	engine.all<{ code: string; value: number | null }>(
		'SELECT area_code AS code, value FROM observation WHERE source_id = ? ORDER BY code',
		[sourceId]
	);
const tempTables = async () =>
	(
		await engine.all<{ n: number }>(
			'SELECT count(*) AS n FROM duckdb_tables() WHERE temporary AND table_name <> ?',
			['schema_version']
		)
	)[0]!.n;

describe('importFile after checkFile', () => {
	it('importFile stores what checkFile checked without reading the file again', async () => {
		const file = await csv(['1,5', '2,5', 'x', 'abc']);
		const check = await counted(() => checkFile(db, file));
		expect(check).toMatchObject({ reads: 1, registered: 1 });
		const store = await counted(() => importFile(db, file));
		expect(store).toMatchObject({ reads: 0, registered: 0, dropped: 1 });
		expect(store.result).toEqual({ ...check.result, status: 'imported' });
		expect(store.result.rowsAccepted + store.result.rowsRejected).toBe(4);
		expect(await stored(store.result.sourceId)).toEqual([
			{ code: 'WK099900', value: 1.5 },
			{ code: 'WK099901', value: 2.5 },
			{ code: 'WK099902', value: null }
		]);
		expect(await tempTables()).toBe(0);
	});

	it('checking again with another mapping reads the registered file again, not the bytes', async () => {
		const file = await csv(['1,5', '2,5']);
		await checkFile(db, file);
		const asPoint: PreparedFile = { ...file, sniffed: { ...file.sniffed, decimal: '.' } };
		const again = await counted(() => checkFile(db, asPoint));
		expect(again).toMatchObject({ reads: 1, registered: 0 });
		expect(again.result.counts.bad_number).toBe(2);
		// The report said 0 values; storing what was checked last refuses, as it should.
		await expect(importFile(db, asPoint)).rejects.toMatchObject({ code: 'import_nothing_valid' });
	});

	it('hands the bytes over once: checking again and storing read what the database has', async () => {
		const file = await csv(['1,5', '2,5']);
		await checkFile(db, file);
		expect(file.decoded.utf8.byteLength).toBe(0);
		const asPoint: PreparedFile = { ...file, sniffed: { ...file.sniffed, decimal: '.' } };
		const again = await counted(() => checkFile(db, asPoint));
		expect(again).toMatchObject({ reads: 1, registered: 0 });
		const store = await importFile(db, file);
		expect((await stored(store.sourceId)).map((r) => r.value)).toEqual([1.5, 2.5]);
		// Once stored the bytes are released: the file must be read from disk again.
		await expect(checkFile(db, file)).rejects.toThrow(/released/);
	});

	it('importFile checks again when the mapping changed after the check', async () => {
		const file = await csv(['1,5', '2,5']);
		await checkFile(db, { ...file, sniffed: { ...file.sniffed, decimal: '.' } });
		const store = await counted(() => importFile(db, file));
		expect(store.reads).toBe(1);
		expect((await stored(store.result.sourceId)).map((r) => r.value)).toEqual([1.5, 2.5]);
	});

	it('importFile checks again when something else dropped the kept tables', async () => {
		const file = await csv(['7']);
		await checkFile(db, file);
		await dropStaging(db, 'someone-else.csv');
		const store = await counted(() => importFile(db, file));
		expect(store.reads).toBe(1);
		expect(await stored(store.result.sourceId)).toEqual([{ code: 'WK099900', value: 7 }]);
	});

	it('a stop during storing leaves the database as it was, also after a check', async () => {
		const file = await csv(['3']);
		await checkFile(db, file);
		const before = await engine.all('SELECT count(*) AS n FROM observation');
		const stop = new AbortController();
		stop.abort();
		await expect(importFile(db, file, { signal: stop.signal })).rejects.toMatchObject({
			code: 'import_cancelled'
		});
		expect(await engine.all('SELECT count(*) AS n FROM observation')).toEqual(before);
		expect(await tempTables()).toBe(0);
		expect((await importFile(db, file)).status).toBe('imported');
	});

	it('importing the same bytes again is reported as a duplicate and stores nothing', async () => {
		const file = await csv(['4']);
		await importFile(db, file);
		const before = await engine.all('SELECT count(*) AS n FROM observation');
		// Chosen again, the file is read again (its bytes were handed over the first time).
		const again = await prepareFile(file.fileName, new TextEncoder().encode(text(file)));
		expect((await checkFile(db, again)).status).toBe('duplicate');
		expect((await importFile(db, again)).status).toBe('duplicate');
		expect(await engine.all('SELECT count(*) AS n FROM observation')).toEqual(before);
	});

	it('discardCheck drops the kept tables and the registered file', async () => {
		await checkFile(db, await csv(['5']));
		expect(await tempTables()).toBeGreaterThan(0);
		const discarded = await counted(() => discardCheck(db));
		expect(discarded.dropped).toBe(1);
		expect(await tempTables()).toBe(0);
	});

	it('checks and stores asked for at once run one at a time, in the order asked', async () => {
		const [a, b] = await Promise.all([csv(['1']), csv(['2'])]);
		const reports = await Promise.all([
			checkFile(db, a),
			importFile(db, a),
			checkFile(db, b),
			importFile(db, b)
		]);
		expect(reports.map((r) => r.status)).toEqual(['checked', 'imported', 'checked', 'imported']);
		expect(await stored(reports[1]!.sourceId)).toEqual([{ code: 'WK099900', value: 1 }]);
		expect(await stored(reports[3]!.sourceId)).toEqual([{ code: 'WK099900', value: 2 }]);
	});
});
