import { transaction, type Db } from '../sql';
import type { MetaOverride } from './meta';

export interface Gemeente {
	code: string;
	name: string;
	wijken: number;
}

export interface IndicatorInfo {
	id: string;
	name: string;
	unit: string | null;
	/** File name(s) the indicator came from, for the chart's subtitle. */
	source: string;
	sample: boolean;
	/** Values are model estimates (RIVM small-area estimation), not direct measurements. */
	model: boolean;
}

export interface TrendRow {
	code: string;
	level: 'NL' | 'GM' | 'WK' | 'BU' | 'custom';
	name: string;
	period: string;
	start: string;
	value: number | null;
	missing: 'suppressed' | 'not_available' | null;
	ci_low: number | null;
	ci_high: number | null;
	n: number | null;
	/** The group (e.g. an age group) and meetmoment of the value; null when the file had none. */
	subgroup: string | null;
	moment: string | null;
	/**
	 * The kind of period: jaar, kwartaal, maand or dag (see explore/period-kinds.ts). Absent in a
	 * view kept in the browser before the kinds were read.
	 */
	granularity?: string;
}

export interface SourceInfo {
	id: string;
	name: string;
	imported_at: string;
	rows_accepted: number;
	is_sample: boolean;
}

export function listGemeenten(db: Db): Promise<Gemeente[]> {
	return db.all<Gemeente>(`
		SELECT g.code, coalesce(g.name, g.code) AS name, count(DISTINCT w.code)::INTEGER AS wijken
		FROM area g LEFT JOIN area w ON w.parent = g.code AND w.level = 'WK'
		WHERE g.level = 'GM'
		GROUP BY g.code, g.name
		ORDER BY name`);
}

/**
 * The indicators with figures for a gemeente, each with the files its figures for this gemeente
 * come from (not every file that has an indicator of that name). Reads the narrow tables
 * (observations.ts) instead of the view: only two keys per row are needed, and on 1,000,000 rows
 * the view's joins cost twice as long at every start.
 */
export function listIndicators(db: Db, gemeente: string): Promise<IndicatorInfo[]> {
	return db.all<IndicatorInfo>(
		`SELECT i.id, any_value(i.name) AS name, any_value(i.unit) AS unit,
			string_agg(DISTINCT s.name, ', ') AS source, bool_or(s.is_sample) AS sample,
			bool_or(o.model) AS model
		FROM (SELECT k.code AS indicator_id, og.source_id,
				bool_or(og.estimate_type = 'model_estimate') AS model
			FROM (SELECT DISTINCT indicator_key, origin_key FROM observation_fact
				WHERE area_key IN (SELECT key FROM observation_area WHERE gemeente_code = ?)) f
			JOIN observation_indicator k ON k.key = f.indicator_key
			JOIN observation_origin og ON og.key = f.origin_key
			GROUP BY k.code, og.source_id) o
		JOIN indicator i ON i.id = o.indicator_id JOIN source s ON s.id = o.source_id
		GROUP BY i.id ORDER BY lower(any_value(i.name))`,
		[gemeente]
	);
}

/**
 * When files give one indicator, area, period, group and meetmoment more than one value, every
 * view shows the value of the file added last (the import report says so). Needs `source s`
 * joined to `observation o`; `key` lists the columns that make a value's key in the query.
 */
export const newestFileOnly = (key: string) =>
	`QUALIFY row_number() OVER (PARTITION BY ${key} ORDER BY s.imported_at DESC, s.id DESC) = 1`;

/** Values of one indicator for a gemeente, its wijken and Nederland, ordered for drawing. */
export function trend(db: Db, gemeente: string, indicator: string): Promise<TrendRow[]> {
	return db.all<TrendRow>(
		`SELECT o.area_code AS code, o.area_level AS level, coalesce(a.name, o.area_code) AS name,
			o.period_label AS period, o.period_start AS start, o.value, o.missing_reason AS missing,
			o.ci_low, o.ci_high, o.n, o.subgroup, o.moment, o.granularity
		FROM observation o JOIN source s ON s.id = o.source_id
		LEFT JOIN (SELECT code, any_value(name) AS name FROM area GROUP BY code) a ON a.code = o.area_code
		WHERE o.indicator_id = ?
			AND ((o.gemeente_code = ? AND o.area_level IN ('GM', 'WK', 'custom')) OR o.area_level = 'NL')
		${newestFileOnly('o.area_code, o.period_label, o.subgroup, o.moment')}
		ORDER BY o.area_level, name, o.period_start`,
		[indicator, gemeente]
	);
}

/** What the user corrected about each indicator (direction, unit, name), keyed by indicator id. */
export async function indicatorOverrides(db: Db): Promise<Record<string, MetaOverride>> {
	const rows = await db.all<MetaOverride & { id: string }>(
		'SELECT indicator_id AS id, name, label, unit, direction, definition FROM indicator_meta'
	);
	return Object.fromEntries(rows.map(({ id, ...override }) => [id, override]));
}

export function listSources(db: Db): Promise<SourceInfo[]> {
	return db.all<SourceInfo>(
		'SELECT id, name, imported_at, rows_accepted, is_sample FROM source ORDER BY imported_at'
	);
}

export async function getSetting(db: Db, key: string): Promise<string | null> {
	const rows = await db.all<{ value: string | null }>(
		'SELECT value FROM app_setting WHERE key = ?',
		[key]
	);
	return rows[0]?.value ?? null;
}

/** Stores a setting durably: in OPFS only checkpointed writes reliably survive a reload. */
export async function setSetting(db: Db, key: string, value: string): Promise<void> {
	await transaction(db, async () => {
		await db.run('DELETE FROM app_setting WHERE key = ?', [key]);
		await db.run('INSERT INTO app_setting VALUES (?, ?)', [key, value]);
	});
	await db.run('CHECKPOINT');
}
