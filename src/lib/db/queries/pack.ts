/**
 * Opening a data pack in the app: the Arrow bytes go into a temp staging table through the
 * engine's own Arrow reader, are checked in SQL, and land in one transaction, as a CSV does.
 * Each source file inside the pack becomes a source of its own (same id, name and SHA-256 as
 * where it was first imported), so a file imported twice, directly or by pack, is stored once.
 */
import { AppError } from '$lib/errors/app-error';
import { sha256Hex } from '$lib/ingest/prepare';
import { packColumns, readPackHeader } from '../pack/format';
import { appendObservations } from './observations';
import { durableTransaction, type Db } from '../sql';
import { deleteSourceRows } from './import/store';

export interface PackSource {
	id: string;
	name: string;
	sha256: string;
	observations: number;
	/** The same file (same SHA-256) is already stored: its rows are skipped. */
	known: boolean;
}

export interface PackReport {
	kind: 'pack';
	status: 'checked' | 'imported' | 'duplicate';
	fileName: string;
	packVersion: number;
	/** Observations in the pack; rowsAccepted + rowsSkipped + rowsRejected, always. */
	rowsRead: number;
	/** Observations that will be (or were) stored. */
	rowsAccepted: number;
	/** Observations of source files that are already stored (nothing is stored twice). */
	rowsSkipped: number;
	/** Observations that lack a required field (area, period, indicator, source). */
	rowsRejected: number;
	missingValues: number;
	sources: PackSource[];
	indicators: string[];
	gemeenten: string[];
	/** Stored files with the same name as a file in the pack but other bytes: replaced. */
	replaces: { id: string; name: string; imported_at: string }[];
}

export interface PackOptions {
	/** Replace stored files that have the same name as a file in the pack (the user confirmed). */
	replace?: boolean;
	now?: () => Date;
}

const STAGING = 'pack_staging';

/** A row the model cannot hold: a required field is empty or the area level is unknown. */
const broken = `(source_id IS NULL OR source_sha256 IS NULL OR source_name IS NULL
	OR indicator_id IS NULL OR area_code IS NULL OR period_label IS NULL OR period_start IS NULL
	OR period_end IS NULL OR granularity IS NULL OR year IS NULL
	OR area_level IS NULL OR area_level NOT IN ('NL', 'GM', 'WK', 'BU', 'custom'))`;

/** The rows to store: well-formed and from a source file not stored yet. */
const wanted = `NOT ${broken} AND source_sha256 NOT IN (SELECT sha256 FROM source)`;

/**
 * Reads the pack into `pack_staging`, unless the same bytes are staged already (the app checks,
 * then stores); the header check comes first (see readPackHeader).
 */
async function stagePack(db: Db, fileName: string, bytes: Uint8Array) {
	const header = readPackHeader(bytes, fileName);
	const key = await sha256Hex(bytes);
	const stamp = await db
		.all<{ key: string }>('SELECT key FROM temp.pack_stamp')
		.catch(() => [] as { key: string }[]);
	if (stamp[0]?.key === key) return header;
	await dropPack(db);
	const columns = packColumns.map(([name, type]) => `${name} ${type}`).join(', ');
	await db.run(`CREATE OR REPLACE TEMP TABLE ${STAGING} (${columns})`);
	try {
		await db.appendArrowStream(STAGING, bytes);
	} catch (cause) {
		await dropPack(db);
		throw new AppError('pack_unreadable', { file: fileName }, { cause });
	}
	const [staged] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${STAGING}`);
	if (staged?.n !== header.rows) {
		await dropPack(db);
		throw new AppError('pack_unreadable', { file: fileName });
	}
	await db.run('CREATE OR REPLACE TEMP TABLE pack_stamp AS SELECT ?::VARCHAR AS key', [key]);
	return header;
}

/** Drops the staging table (the user closed the report, or the pack was stored). */
export async function dropPack(db: Db) {
	await db.run('DROP TABLE IF EXISTS temp.pack_stamp');
	await db.run(`DROP TABLE IF EXISTS temp.${STAGING}`);
}

async function report(db: Db, fileName: string, packVersion: number): Promise<PackReport> {
	const [counts] = await db.all<{
		read: number;
		rejected: number;
		accepted: number;
		missing: number;
	}>(
		`SELECT count(*) AS read, count(*) FILTER (WHERE ${broken}) AS rejected,
			count(*) FILTER (WHERE ${wanted}) AS accepted,
			count(*) FILTER (WHERE ${wanted} AND value IS NULL) AS missing
		FROM ${STAGING}`
	);
	const sources = await db.all<PackSource>(
		`SELECT any_value(source_id) AS id, any_value(source_name) AS name, source_sha256 AS sha256,
			count(*)::INTEGER AS observations,
			source_sha256 IN (SELECT sha256 FROM source) AS known
		FROM ${STAGING} WHERE NOT ${broken} GROUP BY source_sha256 ORDER BY name`
	);
	// Most values first, as in a CSV's report: the app opens the gemeente with the most data.
	const list = async (column: string) =>
		(
			await db.all<{ v: string }>(
				`SELECT ${column} AS v FROM ${STAGING} WHERE ${wanted} AND ${column} IS NOT NULL
				GROUP BY ${column} ORDER BY count(*) DESC, v`
			)
		).map((r) => r.v);
	const replaces = await db.all<PackReport['replaces'][number]>(
		`SELECT id, name, imported_at FROM source
		WHERE name IN (SELECT source_name FROM ${STAGING} WHERE ${wanted})
			AND sha256 NOT IN (SELECT source_sha256 FROM ${STAGING} WHERE source_sha256 IS NOT NULL)
		ORDER BY imported_at`
	);
	const read = counts?.read ?? 0;
	const accepted = counts?.accepted ?? 0;
	const rejected = counts?.rejected ?? 0;
	return {
		kind: 'pack',
		status:
			accepted === 0 && sources.length > 0 && sources.every((s) => s.known)
				? 'duplicate'
				: 'checked',
		fileName,
		packVersion,
		rowsRead: read,
		rowsAccepted: accepted,
		rowsSkipped: read - accepted - rejected,
		rowsRejected: rejected,
		missingValues: counts?.missing ?? 0,
		sources,
		indicators: await list('indicator_id'),
		gemeenten: await list('gemeente_code'),
		replaces
	};
}

/** Reads and checks a pack without storing anything; the staged rows stay for `importPack`. */
export async function checkPack(db: Db, fileName: string, bytes: Uint8Array): Promise<PackReport> {
	const header = await stagePack(db, fileName, bytes);
	return report(db, fileName, header.version);
}

/**
 * The pack's rows as new observations: every distinct combination of a key table's columns gets
 * a local number (dense_rank), the facts refer to those numbers.
 */
async function storePackObservations(db: Db) {
	const keys = {
		origin: ['source_id', 'grp', 'estimate_type'],
		indicator: ['indicator_id'],
		area: ['area_code', 'area_level', 'gemeente_code', 'area_vintage'],
		period: ['period_label', 'period_start', 'period_end', 'granularity', 'year']
	};
	const rank = (columns: string[]) => `dense_rank() OVER (ORDER BY ${columns.join(', ')})`;
	await db.run(`CREATE OR REPLACE TEMP TABLE pack_keyed AS
		SELECT ${Object.entries(keys)
			.map(([name, columns]) => `${rank(columns)} AS local_${name}`)
			.join(', ')}, *
		FROM pack_new`);
	const distinct = (name: keyof typeof keys, columns: string) =>
		`SELECT DISTINCT local_${name} AS id, ${columns} FROM pack_keyed`;
	await appendObservations(db, {
		origins: distinct('origin', 'source_id, grp, estimate_type'),
		indicators: distinct('indicator', 'indicator_id AS code'),
		areas: distinct(
			'area',
			'area_code AS code, area_level AS level, gemeente_code, area_vintage AS vintage'
		),
		periods: distinct(
			'period',
			'period_label AS label, period_start AS start_date, period_end AS end_date, granularity, year'
		),
		facts: `SELECT local_origin AS origin_id, local_indicator AS indicator_id,
			local_area AS area_id, local_period AS period_id, moment, subgroup, value, n, ci_low,
			ci_high, ci_level, missing_reason
			FROM pack_keyed`
	});
	await db.run('DROP TABLE temp.pack_keyed');
}

/** Writes the wanted staged rows into the model tables (inside the caller's transaction). */
async function storePack(db: Db, now: string) {
	await db.run(`CREATE OR REPLACE TEMP TABLE pack_new AS SELECT * FROM ${STAGING} WHERE ${wanted}`);
	await storePackObservations(db);
	await db.run(`INSERT INTO indicator (id, name, unit, source_id)
		SELECT indicator_id, any_value(indicator_name), any_value(indicator_unit), source_id
		FROM pack_new GROUP BY indicator_id, source_id`);
	// Areas: each code once, with its name; a gemeente row for every gemeente with wijken.
	await db.run(`CREATE OR REPLACE TEMP TABLE pack_area AS
		SELECT code, any_value(level) AS level, any_value(name) AS name, any_value(parent) AS parent
		FROM (
			SELECT area_code AS code, area_level AS level, area_name AS name,
				CASE WHEN area_level IN ('WK', 'BU', 'custom') THEN gemeente_code END AS parent
			FROM pack_new
			UNION ALL
			SELECT gemeente_code, 'GM', gemeente_name, NULL FROM pack_new
			WHERE gemeente_code IS NOT NULL AND area_level <> 'GM')
		GROUP BY code`);
	// The names each file of the pack gives, kept with that file (see deleteSourceRows).
	await db.run(`INSERT INTO area_name SELECT code, source_id, any_value(name) FROM (
			SELECT area_code AS code, source_id, area_name AS name FROM pack_new
			UNION ALL
			SELECT gemeente_code, source_id, gemeente_name FROM pack_new
			WHERE gemeente_code IS NOT NULL AND area_level <> 'GM')
		WHERE name IS NOT NULL GROUP BY code, source_id`);
	await db.run(`CREATE OR REPLACE TEMP TABLE pack_merged_area AS
		SELECT p.code, p.level, coalesce(p.name, a.name) AS name, coalesce(p.parent, a.parent) AS parent
		FROM pack_area p LEFT JOIN (SELECT code, any_value(name) AS name, any_value(parent) AS parent
			FROM area GROUP BY code) a ON a.code = p.code`);
	await db.run('DELETE FROM area WHERE code IN (SELECT code FROM pack_merged_area)');
	await db.run(
		'INSERT INTO area (code, level, name, parent) SELECT code, level, name, parent FROM pack_merged_area'
	);
	await db.run(
		`INSERT INTO source (id, name, sha256, profile, imported_at, rows_read, rows_accepted,
			rows_rejected, is_sample)
		SELECT source_id, any_value(source_name), source_sha256, any_value(source_profile), ?,
			any_value(source_rows_read), any_value(source_rows_accepted),
			any_value(source_rows_rejected), false
		FROM pack_new GROUP BY source_id, source_sha256`,
		[now]
	);
	for (const table of ['pack_new', 'pack_area', 'pack_merged_area'])
		await db.run(`DROP TABLE IF EXISTS temp.${table}`);
}

/**
 * Checks and stores a pack in one transaction, then CHECKPOINT. Files already stored (same
 * SHA-256) are skipped; a file with the same name but other bytes is replaced only with
 * `replace: true`. The rows `checkPack` staged are used when the bytes are the same.
 */
export async function importPack(
	db: Db,
	fileName: string,
	bytes: Uint8Array,
	options: PackOptions = {}
): Promise<PackReport> {
	const checked = await checkPack(db, fileName, bytes);
	try {
		if (checked.status === 'duplicate') return checked;
		if (checked.rowsAccepted === 0) throw new AppError('import_nothing_valid', { file: fileName });
		if (checked.replaces.length > 0 && !options.replace)
			throw new AppError('import_needs_replace', { file: checked.replaces[0]!.name });
		const now = (options.now ?? (() => new Date()))().toISOString();
		await durableTransaction(db, async () => {
			for (const old of checked.replaces) await deleteSourceRows(db, old.id);
			await storePack(db, now);
		});
		return { ...checked, status: 'imported' };
	} finally {
		await dropPack(db);
	}
}
