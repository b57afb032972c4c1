import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
			'boundary',
			'goal',
			'indicator',
			'indicator_meta',
			'mapping_profile',
			'measurement',
			'observation',
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
