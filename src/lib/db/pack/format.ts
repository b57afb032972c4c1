/**
 * The data pack (`npx wijkpeil import … --out x.arrow`): one Arrow IPC stream, one row per
 * observation, with everything the app needs to show it denormalised into each row (area and
 * gemeente names, indicator name and unit, the source file's name and SHA-256). The stream's
 * schema metadata names the pack version; the columns of a version never change: a change is a
 * new version, and the app says clearly which versions it can open.
 */
import { AppError } from '$lib/errors/app-error';
import { HEADER_RECORD_BATCH, HEADER_SCHEMA, Table, TYPE_NAMES } from '../arrow-ipc';

/** The version this app writes and reads. */
export const PACK_VERSION = 1;
/** Schema metadata keys: the pack version, and the database schema of the app that wrote it. */
export const PACK_KEY = 'wijkpeil.pack';
export const PACK_SCHEMA_KEY = 'wijkpeil.schema';

/** Column, SQL type when staged, and the Arrow type DuckDB writes for it. */
export const packColumns = [
	['source_id', 'VARCHAR'],
	['indicator_id', 'VARCHAR'],
	['area_code', 'VARCHAR'],
	['area_level', 'VARCHAR'],
	['gemeente_code', 'VARCHAR'],
	['area_vintage', 'INTEGER'],
	['period_label', 'VARCHAR'],
	['period_start', 'VARCHAR'],
	['period_end', 'VARCHAR'],
	['granularity', 'VARCHAR'],
	['year', 'INTEGER'],
	['moment', 'VARCHAR'],
	['grp', 'VARCHAR'],
	['subgroup', 'VARCHAR'],
	['value', 'DOUBLE'],
	['n', 'DOUBLE'],
	['ci_low', 'DOUBLE'],
	['ci_high', 'DOUBLE'],
	['ci_level', 'DOUBLE'],
	['estimate_type', 'VARCHAR'],
	['missing_reason', 'VARCHAR'],
	['area_name', 'VARCHAR'],
	['gemeente_name', 'VARCHAR'],
	['indicator_name', 'VARCHAR'],
	['indicator_unit', 'VARCHAR'],
	['source_name', 'VARCHAR'],
	['source_sha256', 'VARCHAR'],
	['source_profile', 'VARCHAR'],
	['source_rows_read', 'INTEGER'],
	['source_rows_accepted', 'INTEGER'],
	['source_rows_rejected', 'INTEGER']
] as const;

/** The first 21 columns are those of `observation`, in its order. */
export const observationColumns = packColumns.slice(0, 21).map(([name]) => name);

const arrowTypes: Record<string, string> = {
	VARCHAR: 'Utf8',
	INTEGER: 'Int',
	DOUBLE: 'FloatingPoint'
};

/**
 * The query that writes a pack from a database: observations with the names they need. Names
 * are taken once per code (an area may be listed by several sources).
 */
export const packQuery = `
	SELECT ${observationColumns.map((c) => `o.${c}`).join(', ')},
		a.name AS area_name, g.name AS gemeente_name,
		coalesce(i.name, o.indicator_id) AS indicator_name, i.unit AS indicator_unit,
		s.name AS source_name, s.sha256 AS source_sha256, s.profile AS source_profile,
		s.rows_read AS source_rows_read, s.rows_accepted AS source_rows_accepted,
		s.rows_rejected AS source_rows_rejected
	FROM observation o
	JOIN source s ON s.id = o.source_id
	LEFT JOIN (SELECT id, source_id, any_value(name) AS name, any_value(unit) AS unit
		FROM indicator GROUP BY id, source_id) i ON i.id = o.indicator_id AND i.source_id = o.source_id
	LEFT JOIN (SELECT code, any_value(name) AS name FROM area GROUP BY code) a ON a.code = o.area_code
	LEFT JOIN (SELECT code, any_value(name) AS name FROM area WHERE level = 'GM' GROUP BY code) g
		ON g.code = o.gemeente_code
	ORDER BY o.source_id, o.indicator_id`;

export interface PackHeader {
	version: number;
	/** The database schema version of the app or tool that wrote the pack (for messages). */
	schemaVersion: number | null;
	/** Rows in all record batches: what the database must hold after reading the pack. */
	rows: number;
}

const CONTINUATION = -1;

function unreadable(file: string, cause?: unknown): AppError {
	return new AppError('pack_unreadable', { file }, cause ? { cause } : undefined);
}

/** The custom metadata of a flatbuffer Schema (field 2: [KeyValue { key, value }]). */
function metadataOf(schema: Table): Map<string, string> {
	return new Map(schema.tables(2).map((kv) => [kv.string(0), kv.string(1)]));
}

/**
 * A stream without a pack version: the first packs (only the observation table) had none and get
 * the "older version" message; any other Arrow file is not a pack.
 */
function unversioned(schema: Table, file: string): AppError {
	const names = schema.tables(1).map((f) => f.string(0));
	const firstPack = observationColumns.every((name, i) => names[i] === name);
	return firstPack
		? new AppError('pack_too_old', { file, version: 0, supported: PACK_VERSION })
		: new AppError('pack_not_wijkpeil', { file });
}

/** Checks the fields of a version-1 pack: names, order and types as `packColumns`. */
function checkFields(schema: Table, file: string) {
	const fields = schema.tables(1).map((f) => ({ name: f.string(0), type: TYPE_NAMES[f.uint8(2)] }));
	const expected = packColumns.map(([name, sql]) => ({ name, type: arrowTypes[sql] }));
	const same =
		fields.length === expected.length &&
		fields.every((f, i) => f.name === expected[i]!.name && f.type === expected[i]!.type);
	if (!same) throw unreadable(file);
}

/**
 * Reads the envelope of a pack before the database sees it: every message whole, the schema
 * first, the end-of-stream marker last. DuckDB's stream reader silently ignores a stream that
 * ends early (and then misreads the next one), so a cut-off file must be caught here.
 */
export function readPackHeader(bytes: Uint8Array, file: string): PackHeader {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let pos = 0;
	let rows = 0;
	let header: Omit<PackHeader, 'rows'> | null = null;
	try {
		for (;;) {
			if (pos + 8 > bytes.length) throw unreadable(file);
			if (view.getInt32(pos, true) !== CONTINUATION) throw unreadable(file);
			const length = view.getInt32(pos + 4, true);
			pos += 8;
			if (length === 0) break;
			if (length < 0 || pos + length > bytes.length) throw unreadable(file);
			const message = new Table(view, pos + view.getUint32(pos, true));
			const bodyLength = message.int64(3);
			pos += length + bodyLength;
			if (bodyLength < 0 || pos > bytes.length) throw unreadable(file);
			const kind = message.uint8(1);
			if (header === null) {
				if (kind !== HEADER_SCHEMA) throw unreadable(file);
				const schema = message.table(2)!;
				const meta = metadataOf(schema);
				const version = Number(meta.get(PACK_KEY));
				if (!Number.isInteger(version)) throw unversioned(schema, file);
				if (version !== PACK_VERSION)
					throw new AppError(version > PACK_VERSION ? 'pack_too_new' : 'pack_too_old', {
						file,
						version,
						supported: PACK_VERSION
					});
				checkFields(schema, file);
				const schemaVersion = Number(meta.get(PACK_SCHEMA_KEY));
				header = { version, schemaVersion: Number.isInteger(schemaVersion) ? schemaVersion : null };
			} else if (kind === HEADER_RECORD_BATCH) {
				rows += message.table(2)!.int64(0);
			}
		}
	} catch (error) {
		if (error instanceof AppError) throw error;
		// A flatbuffer offset pointing outside the bytes: the file is damaged.
		throw unreadable(file, error);
	}
	if (header === null || pos !== bytes.length) throw unreadable(file);
	return { ...header, rows };
}

/** A data pack, by its file name. */
export function isPackName(name: string): boolean {
	return /\.(arrow|arrows)$/i.test(name);
}
