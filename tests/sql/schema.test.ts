import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteSourceRows } from '$lib/db/queries/import/store';
import { migrate, migrations, schemaVersion } from '../../src/lib/db/schema';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
	db = await openTestDb({ migrated: false });
});
afterAll(() => db.close());

describe('migrate', () => {
	it('creates the canonical tables on an empty database and records the version', async () => {
		expect(await migrate(db)).toBe(schemaVersion);
		const tables = await db.all<{ name: string }>(
			`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY name`
		);
		expect(tables.map((t) => t.name)).toEqual([
			'app_setting',
			'area',
			'area_name',
			'boundary',
			'goal',
			'indicator',
			'indicator_meta',
			'mapping_profile',
			'measurement',
			'observation',
			'observation_area',
			'observation_fact',
			'observation_indicator',
			'observation_origin',
			'observation_period',
			'participant',
			'pilot',
			'pilot_aggregate',
			'pilot_outcome',
			'process_record',
			'schema_version',
			'source',
			'target'
		]);
		const versions = await db.all<{ version: number }>('SELECT version FROM schema_version');
		expect(versions.map((v) => v.version)).toEqual(migrations.map((m) => m.version));
	});

	it('leaves an up-to-date database and its rows alone when run again', async () => {
		await db.run(`INSERT INTO app_setting VALUES ('proef', 'bewaard')`);
		expect(await migrate(db)).toBe(schemaVersion);
		expect(await db.all('SELECT value FROM app_setting')).toEqual([{ value: 'bewaard' }]);
		const versions = await db.all('SELECT version FROM schema_version');
		expect(versions).toHaveLength(migrations.length);
	});

	it('has observation columns for values, intervals, groups and missing reasons', async () => {
		const columns = await db.all<{ name: string; type: string }>(
			`SELECT column_name AS name, data_type AS type FROM information_schema.columns
			WHERE table_name = 'observation' ORDER BY ordinal_position`
		);
		const byName = Object.fromEntries(columns.map((c) => [c.name, c.type]));
		expect(byName).toMatchObject({
			value: 'DOUBLE',
			ci_low: 'DOUBLE',
			ci_high: 'DOUBLE',
			n: 'DOUBLE',
			missing_reason: 'VARCHAR',
			estimate_type: 'VARCHAR',
			grp: 'VARCHAR',
			moment: 'VARCHAR',
			period_start: 'VARCHAR'
		});
	});
});

describe('migrate from version 1 (a database a user already has)', () => {
	it('adds the mapping_profile table and keeps every imported row', async () => {
		const old = await openTestDb({ migrated: false });
		expect(await migrate(old, 1)).toBe(1);
		await old.run(
			`INSERT INTO source VALUES ('src_1', 'oud.csv', 'abc', 'lang', '2025-01-01', 1, 1, 0, false)`
		);
		await old.run(`INSERT INTO observation (source_id, indicator_id, area_code, area_level, period_label,
			period_start, period_end, granularity, year, value)
			VALUES ('src_1', 'x', 'WK036300', 'WK', '2020', '2020-01-01', '2020-12-31', 'jaar', 2020, 4.5)`);
		expect(await migrate(old)).toBe(schemaVersion);
		expect(await old.all('SELECT value FROM observation')).toEqual([{ value: 4.5 }]);
		expect(await old.all('SELECT count(*) AS n FROM mapping_profile')).toEqual([{ n: 0 }]);
		old.close();
	});
});

describe('migrate to narrow observations (version 6)', () => {
	const columns = `source_id, indicator_id, area_code, area_level, gemeente_code, area_vintage,
		period_label, period_start, period_end, granularity, year, moment, grp, subgroup, value, n,
		ci_low, ci_high, ci_level, estimate_type, missing_reason`;
	const rows = [
		`('src_1', 'Eenzaam', 'WK036300', 'WK', 'GM0363', 2023, '2020', '2020-01-01', '2020-12-31',
			'year', 2020, NULL, 'totaal', '65+', 42.5, 120, 38.1, 46.9, 0.95, 'model', NULL)`,
		`('src_1', 'Eenzaam', 'GM0363', 'GM', NULL, NULL, '2020', '2020-01-01', '2020-12-31',
			'year', 2020, NULL, 'totaal', '65+', NULL, NULL, NULL, NULL, NULL, 'model', 'suppressed')`,
		`('src_2', 'Werk', 'WK036300', 'WK', 'GM0363', NULL, '2021KW01', '2021-01-01', '2021-03-31',
			'quarter', 2021, 'nameting', 'totaal', NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL)`
	];
	const all = `SELECT ${columns} FROM observation ORDER BY source_id, area_code`;
	/** A database as version 5 left it, with the rows above in its wide observation table. */
	const atVersion5 = async () => {
		const old = await openTestDb({ migrated: false });
		await migrate(old, 5);
		await old.run(`INSERT INTO observation (${columns}) VALUES ${rows.join(', ')}`);
		return old;
	};

	it('moves every observation over unchanged, NULLs included, and keeps the old columns', async () => {
		const old = await atVersion5();
		const before = await old.all(all);
		expect(before).toHaveLength(3);
		await migrate(old);
		expect(await old.all(all)).toEqual(before);
		const [kind] = await old.all<{ type: string }>(
			`SELECT table_type AS type FROM information_schema.tables WHERE table_name = 'observation'`
		);
		expect(kind!.type).toBe('VIEW');
		// One key per distinct text: the WK036300 area of src_1 and src_2 differs in vintage only.
		expect(await old.all('SELECT count(*) AS n FROM observation_area')).toEqual([{ n: 3 }]);
		expect(await old.all('SELECT count(*) AS n FROM observation_indicator')).toEqual([{ n: 2 }]);
		old.close();
	});

	it('deletes one source with its keys and leaves the other source whole', async () => {
		const old = await atVersion5();
		await migrate(old);
		const kept = (await old.all(all)).filter(
			(r) => (r as { source_id: string }).source_id === 'src_2'
		);
		await deleteSourceRows(old, 'src_1');
		expect(await old.all(all)).toEqual(kept);
		expect(await old.all('SELECT code FROM observation_indicator')).toEqual([{ code: 'Werk' }]);
		expect(await old.all('SELECT count(*) AS n FROM observation_period')).toEqual([{ n: 1 }]);
		expect(await old.all('SELECT source_id FROM observation_origin')).toEqual([
			{ source_id: 'src_2' }
		]);
		old.close();
	});
});

describe('migrate to a user B1 label (version 7)', () => {
	it('keeps what the user said about an indicator and adds an empty label', async () => {
		const old = await openTestDb({ migrated: false });
		await migrate(old, 6);
		await old.run(
			`INSERT INTO indicator_meta VALUES ('Eenzaam', 'Eenzaamheid', '%', 'lager_is_beter', NULL, '2026-11-30')`
		);
		expect(await migrate(old)).toBe(schemaVersion);
		expect(
			await old.all('SELECT indicator_id, name, label, unit, direction FROM indicator_meta')
		).toEqual([
			{
				indicator_id: 'Eenzaam',
				name: 'Eenzaamheid',
				label: null,
				unit: '%',
				direction: 'lager_is_beter'
			}
		]);
		old.close();
	});
});

describe('migrate to area names per file (version 8)', () => {
	it('keeps the names a database already has, as names of no file in particular', async () => {
		const old = await openTestDb({ migrated: false });
		expect(await migrate(old, 7)).toBe(7);
		await old.run(`INSERT INTO area (code, level, name, parent) VALUES
			('WK036300', 'WK', 'Burgwallen-Oude Zijde', 'GM0363'), ('GM0363', 'GM', NULL, NULL)`);
		expect(await migrate(old)).toBe(8);
		expect(await old.all('SELECT code, source_id, name FROM area_name')).toEqual([
			{ code: 'WK036300', source_id: null, name: 'Burgwallen-Oude Zijde' }
		]);
		old.close();
	});
});
