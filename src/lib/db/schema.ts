import { transaction, type Db } from './sql';

/**
 * Versioned schema. A migration is never edited after it shipped: add a new one, so a database
 * a user already has in the browser is brought up to date without losing data.
 * The model is documented in docs/data-model.md.
 */
export const migrations: { version: number; statements: string[] }[] = [
	{
		version: 1,
		statements: [
			`CREATE TABLE source (
				id VARCHAR NOT NULL,
				name VARCHAR NOT NULL,
				sha256 VARCHAR NOT NULL,
				profile VARCHAR NOT NULL,
				imported_at VARCHAR NOT NULL,
				rows_read INTEGER NOT NULL,
				rows_accepted INTEGER NOT NULL,
				rows_rejected INTEGER NOT NULL,
				is_sample BOOLEAN NOT NULL DEFAULT false
			)`,
			`CREATE TABLE indicator (
				id VARCHAR NOT NULL,
				name VARCHAR NOT NULL,
				unit VARCHAR,
				source_id VARCHAR NOT NULL
			)`,
			`CREATE TABLE area (
				code VARCHAR NOT NULL,
				level VARCHAR NOT NULL,
				name VARCHAR,
				parent VARCHAR,
				vintage INTEGER
			)`,
			`CREATE TABLE observation (
				source_id VARCHAR NOT NULL,
				indicator_id VARCHAR NOT NULL,
				area_code VARCHAR NOT NULL,
				area_level VARCHAR NOT NULL,
				gemeente_code VARCHAR,
				area_vintage INTEGER,
				period_label VARCHAR NOT NULL,
				period_start VARCHAR NOT NULL,
				period_end VARCHAR NOT NULL,
				granularity VARCHAR NOT NULL,
				year INTEGER NOT NULL,
				moment VARCHAR,
				grp VARCHAR NOT NULL DEFAULT 'totaal',
				subgroup VARCHAR,
				value DOUBLE,
				n DOUBLE,
				ci_low DOUBLE,
				ci_high DOUBLE,
				ci_level DOUBLE,
				estimate_type VARCHAR,
				missing_reason VARCHAR
			)`,
			`CREATE TABLE app_setting (key VARCHAR NOT NULL, value VARCHAR)`
		]
	},
	{
		// Column mappings a user saved, offered again when a file with the same header arrives.
		version: 2,
		statements: [
			`CREATE TABLE mapping_profile (
				header_key VARCHAR NOT NULL,
				name VARCHAR NOT NULL,
				mapping VARCHAR NOT NULL,
				saved_at VARCHAR NOT NULL
			)`
		]
	},
	{
		// What the user set or corrected about an indicator (name, unit, direction, definition).
		version: 3,
		statements: [
			`CREATE TABLE indicator_meta (
				indicator_id VARCHAR NOT NULL,
				name VARCHAR,
				unit VARCHAR,
				direction VARCHAR,
				definition VARCHAR,
				updated_at VARCHAR NOT NULL
			)`
		]
	}
];

export const schemaVersion = migrations.at(-1)!.version;

/** Brings the database to the latest (or `target`) schema version; each step is one transaction. */
export async function migrate(db: Db, target = schemaVersion): Promise<number> {
	await db.run(
		'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at VARCHAR NOT NULL)'
	);
	const rows = await db.all<{ version: number | null }>(
		'SELECT max(version) AS version FROM schema_version'
	);
	let current = rows[0]?.version ?? 0;
	for (const migration of migrations) {
		if (migration.version <= current || migration.version > target) continue;
		await transaction(db, async () => {
			for (const statement of migration.statements) await db.run(statement);
			await db.run('INSERT INTO schema_version VALUES (?, ?)', [
				migration.version,
				new Date().toISOString()
			]);
		});
		current = migration.version;
	}
	return current;
}
