/**
 * Data packs (issue 3, command line): the CLI writes a pack from a genuine StatLine export, a
 * real DuckDB engine opens it as the app does, and what lands equals a direct import of the CSV.
 * Damaged and foreign packs get a Dutch message and leave the database as it was.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/lib/cli/main';
import type { NodeDb } from '../../src/lib/db/node';
import { PACK_KEY, PACK_SCHEMA_KEY, packQuery } from '../../src/lib/db/pack/format';
import { listIndicators, listSources } from '../../src/lib/db/queries/explore';
import { deleteSource, importFile } from '../../src/lib/db/queries/import';
import { checkPack, dropPack, importPack } from '../../src/lib/db/queries/pack';
import { AppError, toUserMessage } from '../../src/lib/errors/app-error';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { sharedData, sharedFile } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

const RIVM = 'rivm-gezondheid-per-wijk/50090NED_18plus_2012-2016-2020_NL-GM-WK.csv';
const quiet = { stdout: () => undefined, stderr: () => undefined };

let tmp: string;
let pack: Uint8Array;
/** The CSV imported directly; `fromPack` opened the CLI's pack of the same file. */
let direct: NodeDb;
let fromPack: NodeDb;

beforeAll(async () => {
	tmp = mkdtempSync(path.join(os.tmpdir(), 'wijkpeil-pack-'));
	const out = path.join(tmp, 'rivm.arrow');
	sharedFile(`real/${RIVM}`); // fails clearly when ../shared/data is missing
	expect(await main(['import', path.join(sharedData, 'real', RIVM), '--out', out], quiet)).toBe(0);
	pack = new Uint8Array(readFileSync(out));
	direct = await openTestDb();
	const name = RIVM.split('/').pop()!;
	await importFile(direct, await prepareFile(name, sharedFile(`real/${RIVM}`)));
	fromPack = await openTestDb();
}, 300_000);
afterAll(() => {
	direct?.close();
	fromPack?.close();
	rmSync(tmp, { recursive: true, force: true });
});

/** Count and an order-independent checksum of every column of a table. */
async function fingerprint(db: NodeDb, table: string, columns: string) {
	const [row] = await db.all<{ n: number; sum: string }>(
		`SELECT count(*) AS n, bit_xor(hash(${columns}))::VARCHAR AS sum FROM ${table}`
	);
	return row;
}
const observationColumns = `source_id, indicator_id, area_code, area_level, gemeente_code,
	area_vintage, period_label, period_start, period_end, granularity, year, moment, grp, subgroup,
	value, n, ci_low, ci_high, ci_level, estimate_type, missing_reason`;

describe('a pack written by the CLI', { timeout: 120_000 }, () => {
	it('checks like a CSV: rows read, rows to import, the source inside, nothing stored yet', async () => {
		const report = await checkPack(fromPack, 'rivm.arrow', pack);
		const [direct] = await fromPack.all<{ n: number }>('SELECT count(*) AS n FROM observation');
		expect(direct!.n).toBe(0);
		expect(report).toMatchObject({ kind: 'pack', status: 'checked', packVersion: 1 });
		expect(report.rowsRead).toBeGreaterThan(10599);
		expect(report.rowsAccepted).toBe(report.rowsRead);
		expect(report.rowsRejected).toBe(0);
		expect(report.sources).toHaveLength(1);
		expect(report.sources[0]).toMatchObject({
			name: '50090NED_18plus_2012-2016-2020_NL-GM-WK.csv',
			known: false,
			observations: report.rowsRead
		});
		expect(report.indicators).toContain('ErvarenGezondheidGoedZeerGoed_4');
	});

	it('stores the same observations, indicators, areas and source as a direct CSV import', async () => {
		const report = await importPack(fromPack, 'rivm.arrow', pack);
		expect(report.status).toBe('imported');
		const obs = await fingerprint(direct, 'observation', observationColumns);
		expect(obs!.n).toBe(report.rowsAccepted);
		expect(await fingerprint(fromPack, 'observation', observationColumns)).toEqual(obs);
		for (const [table, columns] of [
			['indicator', 'id, name, unit, source_id'],
			['area', 'code, level, name, parent, vintage'],
			['source', 'id, name, sha256, profile, rows_read, rows_accepted, rows_rejected, is_sample']
		] as const)
			expect(await fingerprint(fromPack, table, columns)).toEqual(
				await fingerprint(direct, table, columns)
			);
	});

	it('keeps spot values: a wijk value with its subgroup, a suppressed cell, the model flag', async () => {
		const spot = `SELECT value, missing_reason AS missing, estimate_type AS estimate, subgroup
			FROM observation WHERE indicator_id = 'ErvarenGezondheidGoedZeerGoed_4'
				AND area_code = ? AND year = ?`;
		expect(await fromPack.all(spot, ['WK036300', 2020])).toEqual([
			{ value: 84.6, missing: null, estimate: 'model_estimate', subgroup: '18 jaar of ouder' }
		]);
		expect(await fromPack.all(spot, ['WK061307', 2012])).toMatchObject([
			{ value: null, missing: 'suppressed' }
		]);
		const indicators = await listIndicators(fromPack, 'GM0363');
		expect(indicators.length).toBeGreaterThan(0);
		expect(indicators.every((i) => i.model)).toBe(true);
		expect(indicators).toEqual(await listIndicators(direct, 'GM0363'));
	});

	it('duplicates nothing: the same pack again, or its CSV after it', async () => {
		const before = await fingerprint(fromPack, 'observation', observationColumns);
		const again = await importPack(fromPack, 'rivm.arrow', pack);
		expect(again).toMatchObject({ status: 'duplicate', rowsAccepted: 0 });
		expect(again.rowsSkipped).toBe(again.rowsRead);
		const csv = await importFile(
			fromPack,
			await prepareFile(RIVM.split('/').pop()!, sharedFile(`real/${RIVM}`))
		);
		expect(csv.status).toBe('duplicate');
		expect(await fingerprint(fromPack, 'observation', observationColumns)).toEqual(before);
		expect(await listSources(fromPack)).toHaveLength(1);
	});

	it('lists the source like any other and deletes it with its rows', async () => {
		const [source] = await listSources(fromPack);
		await deleteSource(fromPack, source!.id);
		const [left] = await fromPack.all<{ n: number }>(
			'SELECT (SELECT count(*) FROM observation) + (SELECT count(*) FROM indicator) + (SELECT count(*) FROM area) AS n'
		);
		expect(left!.n).toBe(0);
	});
});

describe('a pack with a newer version of a stored file', { timeout: 120_000 }, () => {
	it('replaces the stored file only after the user confirms', async () => {
		const [db, writer] = [await openTestDb(), await openTestDb()];
		try {
			const csv = (value: string) =>
				prepareFile(
					'klein.csv',
					new TextEncoder().encode(`gebiedscode;jaar;x\nWK036300;2020;${value}\n`)
				);
			await importFile(db, await csv('1'));
			await importFile(writer, await csv('2'));
			const newer = writer.arrowStream(packQuery, { [PACK_KEY]: '1' });
			const refused = await importPack(db, 'nieuw.arrow', newer).catch((e: unknown) => e);
			expect((refused as AppError).code).toBe('import_needs_replace');
			const report = await importPack(db, 'nieuw.arrow', newer, { replace: true });
			expect(report.replaces).toHaveLength(1);
			expect(await db.all('SELECT value FROM observation')).toEqual([{ value: 2 }]);
			expect(await listSources(db)).toHaveLength(1);
		} finally {
			db.close();
			writer.close();
		}
	});
});

describe('a damaged or foreign pack', { timeout: 120_000 }, () => {
	let db: NodeDb;
	/** Holds one small import, to write streams from with any query and metadata. */
	let writer: NodeDb;
	beforeAll(async () => {
		db = await openTestDb();
		writer = await openTestDb();
		const csv = 'gebiedscode;jaar;x\nWK036300;2020;1\n';
		await importFile(writer, await prepareFile('klein.csv', new TextEncoder().encode(csv)));
	});
	afterAll(() => {
		db?.close();
		writer?.close();
	});

	async function refusal(bytes: Uint8Array) {
		const error = await importPack(db, 'pakket.arrow', bytes).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AppError);
		const [stored] = await db.all<{ n: number }>(
			'SELECT (SELECT count(*) FROM observation) + (SELECT count(*) FROM source) AS n'
		);
		expect(stored!.n).toBe(0);
		return { code: (error as AppError).code, message: toUserMessage(error) };
	}

	/** A stream from the CLI's own query (or another), with the given schema metadata. */
	async function written(metadata: Record<string, string>, query = packQuery) {
		return writer.arrowStream(query, metadata);
	}

	it.each([
		['the end-of-stream marker is missing', (b: Uint8Array) => b.subarray(0, b.length - 8)],
		['it stops in the middle of the data', (b: Uint8Array) => b.subarray(0, b.length - 200)],
		['it stops inside the schema', (b: Uint8Array) => b.subarray(0, 40)],
		['it is empty', () => new Uint8Array(0)],
		['it is not Arrow at all', () => new TextEncoder().encode('gebiedscode;jaar\nWK036300;2020\n')]
	])('refuses a pack when %s, and a whole pack still opens afterwards', async (_, cut) => {
		const refused = await refusal(cut(pack));
		expect(refused.code).toBe('pack_unreadable');
		expect(refused.message).toContain('beschadigd of niet compleet');
		// The engine reads a whole pack afterwards (nothing of the cut-off one lingers in it).
		await dropPack(db);
		const report = await checkPack(db, 'rivm.arrow', pack);
		expect(report.rowsAccepted).toBeGreaterThan(10599);
	});

	it('names the version of a pack from a newer Wijkpeil', async () => {
		const refused = await refusal(await written({ [PACK_KEY]: '2', [PACK_SCHEMA_KEY]: '9' }));
		expect(refused).toEqual({
			code: 'pack_too_new',
			message: expect.stringContaining('nieuwere versie van Wijkpeil (pakketversie 2)')
		});
	});

	it('asks to make an old pack (only the observation table) again', async () => {
		const refused = await refusal(await written({}, 'SELECT * FROM observation'));
		expect(refused.code).toBe('pack_too_old');
		expect(refused.message).toContain('npx wijkpeil import');
	});

	it('says when an Arrow file is not a Wijkpeil pack', async () => {
		const refused = await refusal(await written({}, 'SELECT 1 AS x'));
		expect(refused.code).toBe('pack_not_wijkpeil');
	});

	it('refuses a version-1 pack whose columns are not those of version 1', async () => {
		const refused = await refusal(
			await written({ [PACK_KEY]: '1' }, `SELECT * EXCLUDE (indicator_unit) FROM (${packQuery})`)
		);
		expect(refused.code).toBe('pack_unreadable');
	});
});
