import type { PreparedFile } from '$lib/ingest/prepare';
import { insertRows, type Db } from '../../sql';
import { codeDim, periodDim } from './keys';
import { unitFromName } from './names';

/**
 * Writes the kept candidates as observations, grouped by indicator where it can: a chart asks for
 * one indicator, and DuckDB then skips the row groups without it. Only the narrow numeric rows are
 * sorted (on the small integer `ind_key`), into `import_sorted`; sorting the wide rows with their
 * texts took seconds. Joining the small lookup tables then turns the numbers back into texts. The
 * join usually keeps the sorted order (it did for the 1,000,000-row benchmark file) but does not
 * promise to: a small file can come out only partly grouped, which costs speed, never values.
 */
export async function storeObservations(db: Db, file: PreparedFile, sourceId: string) {
	await db.run(`CREATE OR REPLACE TEMP TABLE import_sorted AS
		SELECT ind_key, code_id, period_id, subgroup, moment, value, n, ci_low, ci_high, reason
		FROM candidate WHERE keep ORDER BY ind_key`);
	await db.run(
		`INSERT INTO observation (source_id, indicator_id, area_code, area_level, gemeente_code,
			period_label, period_start, period_end, granularity, year, moment, grp, subgroup, value, n,
			ci_low, ci_high, ci_level, estimate_type, missing_reason)
		SELECT ?, i.name, k.code, k.level, k.gemeente, p.label, p.start_date, p.end_date,
			p.granularity, p.year, c.moment, 'totaal', c.subgroup, c.value, c.n, c.ci_low, c.ci_high,
			CASE WHEN c.ci_low IS NOT NULL AND c.ci_high IS NOT NULL THEN 0.95 END, ?, c.reason
		FROM import_sorted c JOIN import_indicator_name i USING (ind_key)
			JOIN ${codeDim} k USING (code_id) JOIN ${periodDim} p USING (period_id)`,
		[sourceId, file.mapping.estimateType]
	);
	await db.run('DROP TABLE temp.import_sorted');
}

export async function storeIndicators(db: Db, indicators: string[], sourceId: string) {
	const rows = indicators.map((name) => [name, name, unitFromName(name), sourceId]);
	await insertRows(db, 'indicator', ['id', 'name', 'unit', 'source_id'], rows);
}

/**
 * Adds or updates the areas of this file (from the summary tables of report.ts); a gemeente row
 * for every gemeente with wijken.
 */
export async function storeAreas(db: Db) {
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
	await db.run('DELETE FROM observation WHERE source_id = ?', [sourceId]);
	for (const table of ['participant', 'measurement', 'pilot_aggregate', 'process_record'])
		await db.run(`DELETE FROM ${table} WHERE source_id = ?`, [sourceId]);
	await db.run('DELETE FROM indicator WHERE source_id = ?', [sourceId]);
	await db.run('DELETE FROM source WHERE id = ?', [sourceId]);
	await db.run(`DELETE FROM area WHERE code NOT IN (SELECT DISTINCT area_code FROM observation)
		AND code NOT IN (SELECT DISTINCT gemeente_code FROM observation WHERE gemeente_code IS NOT NULL)`);
}
