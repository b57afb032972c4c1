import { transaction, type Db } from './sql';

/**
 * Versioned schema. A migration is never edited after it shipped: add a new one, so a database
 * a user already has in the browser is brought up to date without losing data.
 * The model is documented in docs/data-model.md.
 */
/** The wide rows every query reads, joined from the narrow tables of migration 6. */
const observationView = `CREATE VIEW observation AS
	SELECT o.source_id, i.code AS indicator_id, a.code AS area_code, a.level AS area_level,
		a.gemeente_code, a.vintage AS area_vintage, p.label AS period_label,
		p.start_date AS period_start, p.end_date AS period_end, p.granularity, p.year, f.moment,
		o.grp, f.subgroup, f.value, f.n, f.ci_low, f.ci_high, f.ci_level, o.estimate_type,
		f.missing_reason
	FROM observation_fact f
		JOIN observation_origin o ON o.key = f.origin_key
		JOIN observation_indicator i ON i.key = f.indicator_key
		JOIN observation_area a ON a.key = f.area_key
		JOIN observation_period p ON p.key = f.period_key`;

/**
 * Migration 6: numbers the distinct values of the old observation table's `columns` into the
 * key table `table` (its columns in the same order), and the join condition that finds them.
 */
function keysFromOld(alias: string, table: string, pairs: [string, string][]) {
	const old = pairs.map(([, o]) => o).join(', ');
	return {
		fill: `INSERT INTO ${table} SELECT row_number() OVER (ORDER BY ${old}), *
			FROM (SELECT DISTINCT ${old} FROM observation)`,
		join: `JOIN ${table} ${alias} ON ${pairs
			.map(([d, o]) => `${alias}.${d} IS NOT DISTINCT FROM o.${o}`)
			.join(' AND ')}`
	};
}

const oldKeys = [
	keysFromOld('og', 'observation_origin', [
		['source_id', 'source_id'],
		['grp', 'grp'],
		['estimate_type', 'estimate_type']
	]),
	keysFromOld('i', 'observation_indicator', [['code', 'indicator_id']]),
	keysFromOld('a', 'observation_area', [
		['code', 'area_code'],
		['level', 'area_level'],
		['gemeente_code', 'gemeente_code'],
		['vintage', 'area_vintage']
	]),
	keysFromOld('p', 'observation_period', [
		['label', 'period_label'],
		['start_date', 'period_start'],
		['end_date', 'period_end'],
		['granularity', 'granularity'],
		['year', 'year']
	])
];

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
	},
	{
		// Wijk and buurt boundaries the user imported, as GeoJSON geometry in WGS84 per area code.
		version: 4,
		statements: [
			`CREATE TABLE boundary (
				code VARCHAR NOT NULL,
				vintage INTEGER,
				name VARCHAR,
				geometry VARCHAR NOT NULL,
				source_name VARCHAR NOT NULL
			)`
		]
	},
	{
		// Pilot evaluation (issue 5). participant and measurement hold pseudonymous person-level rows:
		// they never leave the pilot module; only suppressed aggregates are shown.
		version: 5,
		statements: [
			`CREATE TABLE pilot (
				id VARCHAR NOT NULL,
				name VARCHAR NOT NULL,
				design VARCHAR,
				created_at VARCHAR NOT NULL
			)`,
			`CREATE TABLE participant (
				source_id VARCHAR NOT NULL,
				pilot_id VARCHAR NOT NULL,
				participant_id VARCHAR NOT NULL,
				grp VARCHAR NOT NULL,
				area_code VARCHAR,
				start_date DATE NOT NULL,
				end_date DATE,
				exit_type VARCHAR,
				exit_date DATE
			)`,
			`CREATE TABLE measurement (
				source_id VARCHAR NOT NULL,
				pilot_id VARCHAR NOT NULL,
				participant_id VARCHAR NOT NULL,
				moment VARCHAR NOT NULL,
				measured_on DATE,
				outcome VARCHAR NOT NULL,
				score DOUBLE NOT NULL
			)`,
			`CREATE TABLE pilot_outcome (
				pilot_id VARCHAR NOT NULL,
				outcome VARCHAR NOT NULL,
				label VARCHAR NOT NULL,
				unit VARCHAR,
				kind VARCHAR NOT NULL
			)`,
			`CREATE TABLE pilot_aggregate (
				source_id VARCHAR NOT NULL,
				pilot_id VARCHAR NOT NULL,
				grp VARCHAR NOT NULL,
				moment VARCHAR NOT NULL,
				area_code VARCHAR,
				outcome VARCHAR NOT NULL,
				n INTEGER,
				mean DOUBLE,
				sd DOUBLE,
				share DOUBLE,
				ci_low DOUBLE,
				ci_high DOUBLE
			)`,
			`CREATE TABLE process_record (
				source_id VARCHAR NOT NULL,
				pilot_id VARCHAR NOT NULL,
				period_label VARCHAR NOT NULL,
				period_start DATE NOT NULL,
				period_end DATE NOT NULL,
				area_code VARCHAR,
				measure VARCHAR NOT NULL,
				value DOUBLE
			)`,
			`CREATE TABLE goal (
				id VARCHAR NOT NULL,
				pilot_id VARCHAR NOT NULL,
				parent_id VARCHAR,
				level VARCHAR NOT NULL,
				text VARCHAR NOT NULL,
				owner VARCHAR
			)`,
			`CREATE TABLE target (
				id VARCHAR NOT NULL,
				goal_id VARCHAR NOT NULL,
				indicator_ref VARCHAR NOT NULL,
				area_code VARCHAR,
				grp VARCHAR,
				baseline DOUBLE,
				baseline_date DATE,
				target_value DOUBLE NOT NULL,
				target_type VARCHAR NOT NULL,
				target_date DATE
			)`
		]
	},
	{
		// Observations stored narrow (see queries/observations.ts): integer keys into small tables
		// of the repeated texts, and a view `observation` with the old table's columns. Rows a
		// user already has are moved over.
		version: 6,
		statements: [
			`CREATE TABLE observation_origin (key INTEGER NOT NULL, source_id VARCHAR NOT NULL,
				grp VARCHAR NOT NULL, estimate_type VARCHAR)`,
			`CREATE TABLE observation_indicator (key INTEGER NOT NULL, code VARCHAR NOT NULL)`,
			`CREATE TABLE observation_area (key INTEGER NOT NULL, code VARCHAR NOT NULL,
				level VARCHAR NOT NULL, gemeente_code VARCHAR, vintage INTEGER)`,
			`CREATE TABLE observation_period (key INTEGER NOT NULL, label VARCHAR NOT NULL,
				start_date VARCHAR NOT NULL, end_date VARCHAR NOT NULL, granularity VARCHAR NOT NULL,
				year INTEGER NOT NULL)`,
			`CREATE TABLE observation_fact (origin_key INTEGER NOT NULL, indicator_key INTEGER NOT NULL,
				area_key INTEGER NOT NULL, period_key INTEGER NOT NULL, moment VARCHAR, subgroup VARCHAR,
				value DOUBLE, n DOUBLE, ci_low DOUBLE, ci_high DOUBLE, ci_level DOUBLE,
				missing_reason VARCHAR)`,
			...oldKeys.map((k) => k.fill),
			`INSERT INTO observation_fact
			SELECT og.key, i.key, a.key, p.key, o.moment, o.subgroup, o.value, o.n, o.ci_low,
				o.ci_high, o.ci_level, o.missing_reason
			FROM observation o ${oldKeys.map((k) => k.join).join('\n')}
			ORDER BY i.key`,
			'DROP TABLE observation',
			observationView
		]
	},
	{
		// The user's own short B1 label for an indicator (Over deze indicator), beside the name.
		version: 7,
		statements: ['ALTER TABLE indicator_meta ADD COLUMN label VARCHAR']
	},
	{
		// The names each file gives its areas, so that deleting a file brings back the name another
		// file gave (area.name is the newest file's name). Names kept from before have no file.
		version: 8,
		statements: [
			`CREATE TABLE area_name (code VARCHAR NOT NULL, source_id VARCHAR, name VARCHAR NOT NULL)`,
			`INSERT INTO area_name SELECT code, NULL, any_value(name) FROM area
				WHERE name IS NOT NULL GROUP BY code`
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
	let upgraded = false;
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
		upgraded = true;
	}
	// In OPFS only checkpointed writes reliably survive a reload; a migration may move every row.
	if (upgraded) await db.run('CHECKPOINT');
	return current;
}
