import type { PreparedFile } from '$lib/ingest/prepare';
import { insertRows } from '../../insert-rows';
import type { Db } from '../../sql';
import { appendObservations, deleteObservations } from '../observations';
import { codeDim, periodDim } from './keys';
import { unitFromName } from './names';

/**
 * Writes the kept candidates as observations, grouped by indicator: a chart asks for one
 * indicator, and DuckDB then skips the row groups without it. Only the narrow numeric rows are
 * sorted (on the small integer `ind_key`), into `import_sorted`; the small lookup tables of this
 * file (indicator names, codes, periods) become the key tables' rows (see observations.ts).
 */
export async function storeObservations(db: Db, file: PreparedFile, sourceId: string) {
	await db.run(
		'CREATE OR REPLACE TEMP TABLE import_origin (source_id VARCHAR, estimate_type VARCHAR)'
	);
	await db.run('INSERT INTO import_origin VALUES (?, ?)', [sourceId, file.mapping.estimateType]);
	await appendObservations(db, {
		origins: `SELECT 1 AS id, source_id, 'totaal' AS grp, estimate_type FROM import_origin`,
		indicators: 'SELECT ind_key AS id, name AS code FROM import_indicator_name',
		areas: `SELECT code_id AS id, code, level, gemeente AS gemeente_code, NULL::INTEGER AS vintage
			FROM ${codeDim}`,
		periods: `SELECT period_id AS id, label, start_date, end_date, granularity, year
			FROM ${periodDim}`,
		facts: `SELECT 1 AS origin_id, ind_key AS indicator_id, code_id AS area_id,
			period_id, moment, subgroup, value, n, ci_low, ci_high,
			CASE WHEN ci_low IS NOT NULL AND ci_high IS NOT NULL THEN 0.95 END AS ci_level,
			reason AS missing_reason
			FROM candidate WHERE keep`
	});
	await db.run('DROP TABLE temp.import_origin');
}

export async function storeIndicators(db: Db, indicators: string[], sourceId: string) {
	const rows = indicators.map((name) => [name, name, unitFromName(name), sourceId]);
	await insertRows(db, 'indicator', ['id', 'name', 'unit', 'source_id'], rows);
}

/**
 * Adds or updates the areas of this file (from the summary tables of report.ts); a gemeente row
 * for every gemeente with wijken. The names this file gives are kept with it in `area_name`.
 */
export async function storeAreas(db: Db, sourceId: string) {
	await db.run(`CREATE OR REPLACE TEMP TABLE import_area AS
		SELECT code, level, name,
			CASE WHEN level IN ('WK', 'BU', 'custom') THEN gemeente END AS parent
		FROM import_seen WHERE code IN (SELECT code FROM import_kept)`);
	await db.run(`INSERT INTO import_area
		SELECT gemeente, 'GM', NULL, NULL FROM import_seen
		WHERE gemeente IS NOT NULL AND gemeente NOT IN (SELECT code FROM import_area)
		GROUP BY gemeente`);
	// A gemeente name column (ELAN: "Gemeente 's-Gravenhage") names the gemeente of each row.
	await db.run(`UPDATE import_area SET name = g.name FROM (
			SELECT gemeente, any_value(regexp_replace(gemeente_name, '^[Gg]emeente\\s+', '')) AS name
			FROM import_seen WHERE gemeente_name IS NOT NULL GROUP BY gemeente) g
		WHERE import_area.code = g.gemeente AND import_area.level = 'GM' AND import_area.name IS NULL`);
	await db.run(
		`INSERT INTO area_name SELECT code, ?, any_value(name) FROM import_area
		WHERE name IS NOT NULL GROUP BY code`,
		[sourceId]
	);
	await db.run(`CREATE OR REPLACE TEMP TABLE merged_area AS
		SELECT i.code, i.level, coalesce(i.name, a.name) AS name, coalesce(i.parent, a.parent) AS parent
		FROM import_area i
		LEFT JOIN (SELECT code, any_value(name) AS name, any_value(parent) AS parent FROM area GROUP BY code) a
			ON a.code = i.code`);
	await db.run('DELETE FROM area WHERE code IN (SELECT code FROM merged_area)');
	await db.run(
		'INSERT INTO area (code, level, name, parent) SELECT code, level, name, parent FROM merged_area'
	);
}

/** Removes a source and everything that came only from it. */
export async function deleteSourceRows(db: Db, sourceId: string) {
	await deleteObservations(db, sourceId);
	for (const table of ['participant', 'measurement', 'pilot_aggregate', 'process_record'])
		await db.run(`DELETE FROM ${table} WHERE source_id = ?`, [sourceId]);
	await db.run('DELETE FROM indicator WHERE source_id = ?', [sourceId]);
	await db.run('DELETE FROM source WHERE id = ?', [sourceId]);
	// observation_area holds exactly the areas that still have observations.
	await db.run(`DELETE FROM area WHERE code NOT IN (SELECT code FROM observation_area)
		AND code NOT IN (SELECT gemeente_code FROM observation_area WHERE gemeente_code IS NOT NULL)`);
	await db.run('DELETE FROM area_name WHERE source_id = ? OR code NOT IN (SELECT code FROM area)', [
		sourceId
	]);
	await nameAreas(db);
}

/**
 * Gives every area the name of the newest file that names it (names kept from before the files
 * were recorded come last), or none: then the code is shown.
 */
async function nameAreas(db: Db) {
	await db.run(`CREATE OR REPLACE TEMP TABLE area_best AS
		SELECT n.code, arg_max(n.name, coalesce(s.imported_at, '')) AS name
		FROM area_name n LEFT JOIN source s ON s.id = n.source_id GROUP BY n.code`);
	await db.run(`UPDATE area SET name = b.name FROM area_best b
		WHERE area.code = b.code AND area.name IS DISTINCT FROM b.name`);
	await db.run(`UPDATE area SET name = NULL
		WHERE name IS NOT NULL AND code NOT IN (SELECT code FROM area_best)`);
	await db.run('DROP TABLE temp.area_best');
}
