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
			'indicator',
			'observation',
			'schema_version',
			'source'
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
