import type { Db } from '../sql';

/**
 * Observations are stored narrow: per observation one row of numbers (`observation_fact`) with
 * integer keys into four small tables of the texts that repeat (where a row comes from, its
 * indicator, its area, its period). The view `observation` joins them back into the wide rows
 * every query reads. Writing 1,000,000 wide rows meant building and compressing millions of
 * repeated texts; the narrow rows take a fraction of that (see README, bench:import).
 *
 * A writer describes new observations with its own local ids: a small table per dimension and
 * the facts referring to those ids. `appendObservations` gives every new text a key once and
 * then only joins integers.
 */
export interface NewObservations {
	/** `id, source_id, grp, estimate_type` */
	origins: string;
	/** `id, code` (the indicator's id) */
	indicators: string;
	/** `id, code, level, gemeente_code, vintage` */
	areas: string;
	/** `id, label, start_date, end_date, granularity, year` */
	periods: string;
	/**
	 * `origin_id, indicator_id, area_id, period_id, moment, subgroup, value, n, ci_low, ci_high,
	 * ci_level, missing_reason`, in any order: they are stored grouped by indicator (a chart asks
	 * for one, and DuckDB then skips the row groups without it).
	 */
	facts: string;
}

const dimensions = [
	{ name: 'origins', table: 'observation_origin', columns: ['source_id', 'grp', 'estimate_type'] },
	{ name: 'indicators', table: 'observation_indicator', columns: ['code'] },
	{
		name: 'areas',
		table: 'observation_area',
		columns: ['code', 'level', 'gemeente_code', 'vintage']
	},
	{
		name: 'periods',
		table: 'observation_period',
		columns: ['label', 'start_date', 'end_date', 'granularity', 'year']
	}
] as const;

const same = (columns: readonly string[], a: string, b: string) =>
	columns.map((c) => `${a}.${c} IS NOT DISTINCT FROM ${b}.${c}`).join(' AND ');

/**
 * Gives every value of `local` not yet in `table` a new key, and leaves `temp.<map>` with each
 * local id and its key.
 */
async function mergeDimension(
	db: Db,
	dimension: (typeof dimensions)[number],
	local: string,
	map: string
) {
	const { table, columns } = dimension;
	const list = columns.join(', ');
	await db.run(`CREATE OR REPLACE TEMP TABLE ${map} AS SELECT * FROM (${local})`);
	await db.run(`INSERT INTO ${table} (key, ${list})
		SELECT (SELECT coalesce(max(key), 0) FROM ${table}) + row_number() OVER (), ${list}
		FROM (SELECT DISTINCT ${list} FROM ${map} l
			WHERE NOT EXISTS (SELECT 1 FROM ${table} d WHERE ${same(columns, 'd', 'l')}))`);
	await db.run(`CREATE OR REPLACE TEMP TABLE ${map} AS
		SELECT l.id, d.key FROM ${map} l JOIN ${table} d ON ${same(columns, 'd', 'l')}`);
}

/** Stores new observations (inside the caller's transaction). */
export async function appendObservations(db: Db, rows: NewObservations) {
	const maps = dimensions.map((d) => `obs_map_${d.name}`);
	for (const [i, dimension] of dimensions.entries())
		await mergeDimension(db, dimension, rows[dimension.name], maps[i]!);
	const [origin, indicator, area, period] = maps;
	await db.run(`INSERT INTO observation_fact
		SELECT o.key, i.key, a.key, p.key, f.moment, f.subgroup, f.value, f.n, f.ci_low, f.ci_high,
			f.ci_level, f.missing_reason
		FROM (${rows.facts}) f JOIN ${origin} o ON o.id = f.origin_id
			JOIN ${indicator} i ON i.id = f.indicator_id JOIN ${area} a ON a.id = f.area_id
			JOIN ${period} p ON p.id = f.period_id
		ORDER BY f.indicator_id`);
	await db.run(maps.map((map) => `DROP TABLE temp.${map}`).join(';\n'));
}

/** Removes a source's observations, and keys no observation uses any more. */
export async function deleteObservations(db: Db, sourceId: string) {
	await db.run(
		`DELETE FROM observation_fact
		WHERE origin_key IN (SELECT key FROM observation_origin WHERE source_id = ?)`,
		[sourceId]
	);
	await db.run('DELETE FROM observation_origin WHERE source_id = ?', [sourceId]);
	for (const [table, column] of [
		['observation_indicator', 'indicator_key'],
		['observation_area', 'area_key'],
		['observation_period', 'period_key']
	])
		await db.run(
			`DELETE FROM ${table} WHERE key NOT IN (SELECT DISTINCT ${column} FROM observation_fact)`
		);
}

/** The tables that hold observations, for wiping everything. */
export const observationTables = [
	'observation_fact',
	'observation_origin',
	'observation_indicator',
	'observation_area',
	'observation_period'
];
