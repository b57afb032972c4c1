import type { Mapping } from '$lib/ingest/mapping';
import type { Db } from '../../sql';
import { trimSql } from './cells';
import type { RawIssue } from './checks';
import { codeDim, periodDim } from './keys';

/**
 * Two small tables that the report and storing read instead of the million-row ones:
 * `import_seen`, per area code in the file's rows (its level, gemeente and names, and the first
 * row whose code was written differently), and `import_kept`, per area code with values to store.
 */
export async function summarise(db: Db, m: Mapping) {
	const seen =
		m.layout === 'areas'
			? // The codes are column names: no names and no rows to point at, but the areas are
				// stored all the same, or the explorer would not list the file's gemeente.
				`SELECT code, any_value(level) AS level, any_value(gemeente) AS gemeente,
					NULL::VARCHAR AS name, NULL::VARCHAR AS gemeente_name, NULL::INTEGER AS changed_rn,
					NULL::VARCHAR AS changed_raw
				FROM ${codeDim} GROUP BY code`
			: `SELECT k.code, any_value(k.level) AS level, any_value(k.gemeente) AS gemeente,
					any_value(r.name) AS name, any_value(r.gemeente_name) AS gemeente_name,
					min(r.first_rn) FILTER (WHERE k.changed) AS changed_rn,
					arg_min(r.raw, r.first_rn) FILTER (WHERE k.changed) AS changed_raw
				FROM import_raw_code r JOIN import_code k USING (raw) GROUP BY k.code`;
	await db.run(`CREATE OR REPLACE TEMP TABLE import_seen AS ${seen}`);
	await db.run(`CREATE OR REPLACE TEMP TABLE import_kept AS
		SELECT k.code, k.gemeente FROM (SELECT DISTINCT code_id FROM candidate WHERE keep) c
		JOIN ${codeDim} k USING (code_id)`);
}

/** Padding-only differences are normal; a changed case or GM3 → GM0003 gets a note per code. */
export async function areaNotes(db: Db, codeColumn: number | null): Promise<RawIssue[]> {
	if (codeColumn === null) return [];
	const changed = await db.all<{ rn: number; raw: string; code: string; custom: boolean }>(
		`SELECT changed_rn AS rn, ${trimSql('changed_raw')} AS raw, code, level = 'custom' AS custom
		FROM import_seen WHERE changed_rn IS NOT NULL`
	);
	return changed.map((c) => ({
		rn: c.rn,
		column: codeColumn,
		value: c.raw,
		code: c.custom ? ('custom_area_code' as const) : ('area_code_normalised' as const),
		stored: c.code
	}));
}

/** What the report counts: rows and values kept, missing values, indicators and gemeenten. */
export async function totals(db: Db, m: Mapping) {
	const indicators = await db.all<{ name: string; kept: number; missing: number }>(
		`SELECT indicator AS name, kept, missing FROM import_indicator_stats
		WHERE kept > 0 ORDER BY first_col, first_rn`
	);
	const observations = indicators.reduce((n, i) => n + i.kept, 0);
	// A long file has one value per row; other layouts several.
	let accepted = observations;
	if (m.layout !== 'long') {
		// With Marges, the bounds' rows are used too when their value's row is kept.
		const rows =
			m.layout === 'wide' && m.margins !== null
				? `SELECT count(*) AS n FROM import_margin WHERE kind IS NOT NULL AND first_rn = rn
					AND value_rn IN (SELECT rn FROM candidate WHERE keep)`
				: 'SELECT count(DISTINCT rn) AS n FROM candidate WHERE keep';
		const [counted] = await db.all<{ n: number }>(rows);
		accepted = counted?.n ?? 0;
	}
	const gemeenten = await db.all<{ code: string }>(
		`SELECT gemeente AS code FROM import_kept WHERE gemeente IS NOT NULL
		GROUP BY gemeente ORDER BY count(*) DESC, gemeente`
	);
	return {
		accepted,
		observations,
		missing: indicators.reduce((n, i) => n + i.missing, 0),
		indicators: indicators.map((i) => i.name),
		gemeenten: gemeenten.map((g) => g.code)
	};
}

/**
 * Values of this file that another file already gives (same indicator, area, period, group and
 * meetmoment), per file. Once this one is added, every view shows its values instead (the file
 * added last counts: newestFileOnly in explore.ts). Files this one replaces are left out.
 */
export async function overlappingFiles(
	db: Db,
	file: { fileName: string; sha256: string }
): Promise<{ name: string; values: number }[]> {
	// Small maps from this file's keys to the stored ones: without a shared indicator or area
	// there is nothing to compare, and the million candidate rows are not read.
	await db.run(`CREATE OR REPLACE TEMP TABLE import_overlap_keys AS
		SELECT 'i' AS kind, n.ind_key AS id, o.key FROM import_indicator_name n
			JOIN observation_indicator o ON o.code = n.name
		UNION ALL SELECT 'a', k.code_id, o.key FROM ${codeDim} k
			JOIN observation_area o ON o.code = k.code AND o.level = k.level
		UNION ALL SELECT 'p', p.period_id, o.key FROM ${periodDim} p
			JOIN observation_period o ON o.label = p.label AND o.start_date = p.start_date`);
	const [kinds] = await db.all<{ n: number }>(
		'SELECT count(DISTINCT kind) AS n FROM import_overlap_keys'
	);
	if ((kinds?.n ?? 0) < 3) return [];
	const found = await db.all<{ name: string; n: number }>(
		`SELECT s.name, count(*)::INTEGER AS n
		FROM candidate c
			JOIN import_overlap_keys i ON i.kind = 'i' AND i.id = c.ind_key
			JOIN import_overlap_keys a ON a.kind = 'a' AND a.id = c.code_id
			JOIN import_overlap_keys p ON p.kind = 'p' AND p.id = c.period_id
			JOIN observation_fact f ON f.indicator_key = i.key AND f.area_key = a.key
				AND f.period_key = p.key AND f.subgroup IS NOT DISTINCT FROM c.subgroup
				AND f.moment IS NOT DISTINCT FROM c.moment
			JOIN observation_origin og ON og.key = f.origin_key
			JOIN source s ON s.id = og.source_id
		WHERE c.keep AND s.name <> ? AND s.sha256 <> ?
		GROUP BY s.name ORDER BY s.name`,
		[file.fileName, file.sha256]
	);
	return found.map((f) => ({ name: f.name, values: f.n }));
}
