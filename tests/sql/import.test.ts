import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/db/queries/import';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { openTestDb } from '../helpers/node-db';
import { repoFile, sharedFile, utf8 } from '../helpers/files';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;

beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

async function load(name: string, bytes: Uint8Array) {
	return importFile(db, await prepareFile(name, bytes));
}

describe('importFile with the ELAN Den Haag wijkprofielen (one column per indicator)', () => {
	it('stores 2,674 wijk-years of 11 indicators with missing income as null, not 0', async () => {
		const report = await load(
			'df_numeric_ver_6.csv',
			sharedFile('real/elan-wijkprofielen-den-haag/df_numeric_ver_6.csv')
		);
		expect(report.status).toBe('imported');
		expect(report.rowsRead).toBe(2674);
		expect(report.rowsAccepted).toBe(2674);
		expect(report.rowsRejected).toBe(0);
		expect(report.indicators).toHaveLength(11);
		expect(report.observations).toBe(2674 * 11);
		const [income] = await db.all<{ zero: number; missing: number }>(
			`SELECT count(*) FILTER (WHERE value = 0) AS zero, count(*) FILTER (WHERE value IS NULL) AS missing
			FROM observation WHERE indicator_id = 'Income_MEAN' AND year IN (2009, 2010)`
		);
		expect(income).toEqual({ zero: 0, missing: expect.any(Number) });
		expect(income!.missing).toBeGreaterThan(300);
		const wijken = await db.all<{ n: number }>(`SELECT count(*) AS n FROM area WHERE level = 'WK'`);
		expect(wijken[0]!.n).toBe(191);
		const [westland] = await db.all<{ name: string }>(
			`SELECT name FROM area WHERE code = 'GM1783'`
		);
		expect(westland!.name).toBe('Westland');
		const [gravenzande] = await db.all<{ value: number }>(
			`SELECT value FROM observation WHERE area_code = 'WK178304' AND indicator_id = 'AGE_MEAN' AND year = 2009`
		);
		expect(gravenzande!.value).toBeCloseTo(38.6253443657389, 10);
	});

	it('does not store anything twice when the same file is imported again', async () => {
		const before = await db.all<{ n: number }>('SELECT count(*) AS n FROM observation');
		const report = await load(
			'kopie.csv',
			sharedFile('real/elan-wijkprofielen-den-haag/df_numeric_ver_6.csv')
		);
		expect(report.status).toBe('duplicate');
		// The report names the file under which the same bytes were added first.
		expect(report.sameAs).toBe('df_numeric_ver_6.csv');
		expect(await db.all('SELECT count(*) AS n FROM observation')).toEqual(before);
	});
});

describe('importFile with the Voorbeeldstad sample (long layout, ; and decimal comma)', () => {
	it('reads decimal commas, bounds, suppressed and empty values', async () => {
		const report = await load(
			'voorbeeldstad-fictief.csv',
			repoFile('data-samples/voorbeeldstad-fictief.csv')
		);
		expect(report.rowsRejected).toBe(0);
		expect(report.rowsRead).toBe(400);
		expect(report.indicators).toHaveLength(4);
		const rows = await db.all<{ reason: string | null; n: number }>(
			`SELECT missing_reason AS reason, count(*) AS n FROM observation WHERE source_id = ? GROUP BY ALL ORDER BY reason NULLS FIRST`,
			[report.sourceId]
		);
		// 2 years x 4 indicators not measured in Noorderpark; 3 share indicators suppressed in Oude Haven 2021
		expect(rows).toEqual([
			{ reason: null, n: 400 - 8 - 3 },
			{ reason: 'not_available', n: 8 },
			{ reason: 'suppressed', n: 3 }
		]);
		const [nl] = await db.all<{ code: string; level: string }>(
			`SELECT DISTINCT area_code AS code, area_level AS level FROM observation WHERE area_code LIKE 'NL%'`
		);
		expect(nl).toEqual({ code: 'NL00', level: 'NL' });
		const [bounds] = await db.all<{ ok: boolean }>(
			`SELECT bool_and(ci_low < value AND value < ci_high) AS ok FROM observation WHERE source_id = ? AND ci_low IS NOT NULL`,
			[report.sourceId]
		);
		expect(bounds!.ok).toBe(true);
	});
});

describe('importFile stores the values of one indicator together', () => {
	it('groups the rows by indicator, also when the file interleaves them', async () => {
		// Per wijk and year every indicator in turn: stored in file order, each indicator would
		// be spread over the whole table and a chart would read all of it.
		const lines = ['wijk;jaar;indicator;waarde'];
		for (let w = 0; w < 4; w++)
			for (const year of [2020, 2021])
				for (const indicator of ['Rood', 'Groen', 'Blauw'])
					lines.push(`WK03630${w};${year};${indicator};${w + year - 2000}`);
		const report = await load('door-elkaar.csv', utf8(lines.join('\n') + '\n'));
		expect(report.observations).toBe(24);
		const [stored] = await db.all<{ changes: number; indicators: number }>(
			`SELECT count(*) FILTER (WHERE changed) AS changes, count(DISTINCT indicator_key) AS indicators
			FROM (SELECT indicator_key,
					indicator_key IS DISTINCT FROM lag(indicator_key) OVER (ORDER BY rowid) AND rowid > min(rowid) OVER () AS changed
				FROM observation_fact
				WHERE origin_key IN (SELECT key FROM observation_origin WHERE source_id = ?))`,
			[report.sourceId]
		);
		expect(stored).toEqual({ changes: 2, indicators: 3 });
	});
});

describe('importFile reports rows it cannot store', () => {
	it('rejects unknown codes and periods with their line numbers and keeps the rest', async () => {
		const csv =
			'code,jaar,naam,score\nWK036300,2020,Centrum,"1,5"\nXX12,2020,Fout,2\nWK036301,twintig,Oost,3\n' +
			'WK036302,2021,West,abc\nWK036303,2021,Zuid,4\nWK036304,2021,Noord,5\nWK036305,2021,Haven,6\n';
		const report = await load('kapot.csv', utf8(csv));
		expect(report.rowsRead).toBe(7);
		// The West row's only value is unreadable, so nothing of that row is stored.
		expect(report.rowsAccepted).toBe(4);
		expect(report.rowsRejected).toBe(3);
		expect(report.issues.map((i) => [i.line, i.code, i.value])).toEqual([
			[3, 'bad_area_code', 'XX12'],
			[4, 'bad_period', 'twintig'],
			[5, 'bad_number', 'abc']
		]);
		const stored = await db.all<{ code: string; value: number | null }>(
			`SELECT area_code AS code, value FROM observation WHERE source_id = ? ORDER BY code`,
			[report.sourceId]
		);
		expect(stored).toEqual([
			{ code: 'WK036300', value: 1.5 },
			{ code: 'WK036303', value: 4 },
			{ code: 'WK036304', value: 5 },
			{ code: 'WK036305', value: 6 }
		]);
	});

	it('refuses a mapping without indicator columns before touching the database', async () => {
		const file = await prepareFile('tekst.csv', utf8('code,jaar,naam\nWK036300,2020,Centrum\n'));
		await expect(importFile(db, file)).rejects.toMatchObject({ code: 'mapping_no_indicators' });
		const sources = await db.all('SELECT * FROM source WHERE name = ?', ['tekst.csv']);
		expect(sources).toEqual([]);
	});
});

describe('importFile when the user stops', () => {
	it('leaves the database as it was', async () => {
		const before = await db.all('SELECT count(*) AS n FROM observation');
		const controller = new AbortController();
		controller.abort();
		const csv = 'gebiedscode;indicator;periode;waarde\nWK999901;gestopt;2020;1\n';
		const file = await prepareFile('gestopt.csv', utf8(csv));
		await expect(importFile(db, file, { signal: controller.signal })).rejects.toMatchObject({
			code: 'import_cancelled'
		});
		expect(await db.all('SELECT count(*) AS n FROM observation')).toEqual(before);
		expect(await db.all(`SELECT * FROM source WHERE name = 'gestopt.csv'`)).toEqual([]);
		// Nothing is left behind that would block the next import.
		const report = await importFile(db, file);
		expect(report.status).toBe('imported');
	});
});
