import { AppError } from '$lib/errors/app-error';
import type { ErrorCode, RowIssueCode } from '$lib/errors/messages.nl';
import { normalizeAreaCode } from '$lib/ingest/area-code';
import { mapping as mappingSchema, type Mapping } from '$lib/ingest/mapping';
import { missingMarkers, numberPatterns, suppressedMarkers } from '$lib/ingest/number';
import { parsePeriod } from '$lib/ingest/period';
import type { PreparedFile } from '$lib/ingest/prepare';
import { insertRows, sqlString, transaction, type Db } from '../sql';

export interface ImportIssue {
	line: number;
	column: string;
	value: string;
	code: RowIssueCode;
}

export interface ImportReport {
	status: 'imported' | 'duplicate';
	sourceId: string;
	fileName: string;
	rowsRead: number;
	rowsAccepted: number;
	rowsRejected: number;
	observations: number;
	missingValues: number;
	indicators: string[];
	gemeenten: string[];
	/** The first issues found (at most MAX_ISSUES); issueCount counts them all. */
	issues: ImportIssue[];
	issueCount: number;
}

export interface ImportOptions {
	isSample?: boolean;
	now?: () => Date;
}

const MAX_ISSUES = 200;
const col = (i: number) => `c${i}`;

/** SQL for one cell of column i: trimmed text, whether it is missing, and its number. */
function cellSql(i: number, decimal: ',' | '.') {
	const text = `coalesce(trim(${col(i)}), '')`;
	const missing = `(${text} IN (${missingMarkers.map(sqlString).join(', ')}))`;
	const suppressed = `(${text} IN (${suppressedMarkers.map(sqlString).join(', ')}))`;
	const cleaned =
		decimal === ',' ? `replace(replace(${text}, '.', ''), ',', '.')` : `replace(${text}, ',', '')`;
	const pattern = sqlString(numberPatterns[decimal].source);
	const number = `CASE WHEN regexp_full_match(${text}, ${pattern}) THEN try_cast(${cleaned} AS DOUBLE) END`;
	const reason = `CASE WHEN ${suppressed} THEN 'suppressed' WHEN ${missing} THEN 'not_available' END`;
	return { text, missing, number, reason };
}

/** The unit written in brackets at the end of a column name: "Rondkomen (%)" → "%". */
export function unitFromName(name: string): string | null {
	return /\(([^()]+)\)\s*$/.exec(name)?.[1]?.trim() ?? null;
}

async function stage(db: Db, file: PreparedFile, fileName: string) {
	const { delimiter, headerLine, header } = file.sniffed;
	const columns = header.map((_, i) => `${sqlString(col(i))}: 'VARCHAR'`).join(', ');
	const skip = headerLine + 1;
	await db.registerFile(fileName, file.decoded.utf8);
	await db.run(`CREATE OR REPLACE TEMP TABLE staging AS
		SELECT (row_number() OVER () + ${skip})::INTEGER AS line, *
		FROM read_csv(${sqlString(fileName)}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"',
			header = false, skip = ${skip}, columns = {${columns}}, auto_detect = false,
			null_padding = true, strict_mode = false)`);
}

async function mapKeys(db: Db, mapping: Mapping) {
	const codes = await db.all<{ raw: string }>(
		`SELECT DISTINCT ${col(mapping.areaCode)} AS raw FROM staging WHERE raw IS NOT NULL`
	);
	await db.run(
		'CREATE OR REPLACE TEMP TABLE import_code (raw VARCHAR, code VARCHAR, level VARCHAR, gemeente VARCHAR)'
	);
	const codeRows = codes.flatMap(({ raw }) => {
		const area = normalizeAreaCode(raw);
		return area ? [[raw, area.code, area.level, area.gemeente]] : [];
	});
	await insertRows(db, 'import_code', ['raw', 'code', 'level', 'gemeente'], codeRows);

	const periods = await db.all<{ raw: string }>(
		`SELECT DISTINCT ${col(mapping.period)} AS raw FROM staging WHERE raw IS NOT NULL`
	);
	await db.run(`CREATE OR REPLACE TEMP TABLE import_period (raw VARCHAR, label VARCHAR,
		start_date VARCHAR, end_date VARCHAR, granularity VARCHAR, year INTEGER)`);
	const periodRows = periods.flatMap(({ raw }) => {
		const p = parsePeriod(raw);
		return p ? [[raw, p.label, p.start, p.end, p.granularity, p.year]] : [];
	});
	const periodColumns = ['raw', 'label', 'start_date', 'end_date', 'granularity', 'year'];
	await insertRows(db, 'import_period', periodColumns, periodRows);

	const indicatorFilled =
		mapping.layout === 'long' ? `AND coalesce(trim(s.${col(mapping.indicator!)}), '') <> ''` : '';
	await db.run(`CREATE OR REPLACE TEMP TABLE keyed AS
		SELECT s.*, k.code, k.level, k.gemeente, p.label, p.start_date, p.end_date, p.granularity, p.year
		FROM staging s
		JOIN import_code k ON k.raw = s.${col(mapping.areaCode)}
		JOIN import_period p ON p.raw = s.${col(mapping.period)}
		WHERE true ${indicatorFilled}`);
}

async function rejectedRows(db: Db, file: PreparedFile, issues: ImportIssue[]) {
	const { mapping, sniffed } = file;
	const a = col(mapping.areaCode);
	const p = col(mapping.period);
	const indicator = mapping.layout === 'long' ? col(mapping.indicator!) : null;
	const rows = await db.all<{
		line: number;
		code: string | null;
		period: string | null;
		ind: string | null;
		bad_code: boolean;
		bad_period: boolean;
	}>(
		`SELECT s.line, s.${a} AS code, s.${p} AS period, ${indicator ? `s.${indicator}` : 'NULL'} AS ind,
			k.code IS NULL AS bad_code, ip.label IS NULL AS bad_period
		FROM staging s
		LEFT JOIN import_code k ON k.raw = s.${a}
		LEFT JOIN import_period ip ON ip.raw = s.${p}
		WHERE k.code IS NULL OR ip.label IS NULL ${indicator ? `OR coalesce(trim(s.${indicator}), '') = ''` : ''}
		ORDER BY s.line`
	);
	for (const row of rows) {
		if (row.bad_code)
			issues.push({
				line: row.line,
				column: sniffed.header[mapping.areaCode]!,
				value: row.code ?? '',
				code: 'bad_area_code'
			});
		else if (row.bad_period)
			issues.push({
				line: row.line,
				column: sniffed.header[mapping.period]!,
				value: row.period ?? '',
				code: 'bad_period'
			});
		else
			issues.push({
				line: row.line,
				column: sniffed.header[mapping.indicator!]!,
				value: row.ind ?? '',
				code: 'no_indicator'
			});
	}
	return rows.length;
}

async function badNumbers(db: Db, file: PreparedFile, columns: number[], issues: ImportIssue[]) {
	for (const i of columns) {
		const cell = cellSql(i, file.sniffed.decimal);
		const rows = await db.all<{ line: number; value: string }>(
			`SELECT line, ${cell.text} AS value FROM keyed WHERE NOT ${cell.missing} AND (${cell.number}) IS NULL ORDER BY line`
		);
		for (const row of rows)
			issues.push({
				line: row.line,
				column: file.sniffed.header[i]!,
				value: row.value,
				code: 'bad_number'
			});
	}
}

const observationColumns = `source_id, indicator_id, area_code, area_level, gemeente_code, period_label,
	period_start, period_end, granularity, year, grp, value, n, ci_low, ci_high, ci_level, estimate_type, missing_reason`;

function optionalNumber(index: number | null, decimal: ',' | '.') {
	return index === null ? 'NULL' : cellSql(index, decimal).number;
}

async function insertObservations(db: Db, file: PreparedFile, sourceId: string): Promise<string[]> {
	const { mapping, sniffed } = file;
	const keys = `code, level, gemeente, label, start_date, end_date, granularity, year, 'totaal'`;
	if (mapping.layout === 'wide') {
		const names: string[] = [];
		// One INSERT per indicator keeps the table clustered by indicator: filtered reads stay fast.
		for (const i of mapping.indicators) {
			const cell = cellSql(i, sniffed.decimal);
			const name = sniffed.header[i]!;
			names.push(name);
			await db.run(
				`INSERT INTO observation (${observationColumns})
				SELECT ?, ?, ${keys}, ${cell.number}, NULL, NULL, NULL, NULL, 'register', ${cell.reason}
				FROM keyed WHERE ${cell.missing} OR (${cell.number}) IS NOT NULL`,
				[sourceId, name]
			);
		}
		return names;
	}
	const value = cellSql(mapping.value!, sniffed.decimal);
	const ind = `trim(${col(mapping.indicator!)})`;
	const low = optionalNumber(mapping.ciLow, sniffed.decimal);
	const high = optionalNumber(mapping.ciHigh, sniffed.decimal);
	await db.run(
		`INSERT INTO observation (${observationColumns})
		SELECT ?, ${ind}, ${keys}, ${value.number}, ${optionalNumber(mapping.n, sniffed.decimal)}, ${low}, ${high},
			CASE WHEN (${low}) IS NOT NULL AND (${high}) IS NOT NULL THEN 0.95 END, 'register', ${value.reason}
		FROM keyed WHERE ${value.missing} OR (${value.number}) IS NOT NULL`,
		[sourceId]
	);
	const rows = await db.all<{ name: string }>(
		`SELECT DISTINCT ${ind} AS name FROM keyed ORDER BY name`
	);
	return rows.map((r) => r.name);
}

async function upsertAreas(db: Db, mapping: Mapping) {
	const name = mapping.areaName === null ? 'NULL' : `nullif(trim(${col(mapping.areaName)}), '')`;
	const gemeenteName =
		mapping.gemeenteName === null
			? 'NULL'
			: `nullif(regexp_replace(trim(${col(mapping.gemeenteName)}), '^[Gg]emeente\\s+', ''), '')`;
	await db.run(`CREATE OR REPLACE TEMP TABLE import_area AS
		SELECT code, level, any_value(${name}) AS name,
			CASE WHEN level IN ('WK', 'BU') THEN gemeente END AS parent
		FROM keyed GROUP BY code, level, gemeente`);
	await db.run(`INSERT INTO import_area
		SELECT gemeente, 'GM', any_value(${gemeenteName}), NULL FROM keyed
		WHERE gemeente IS NOT NULL AND gemeente NOT IN (SELECT code FROM import_area)
		GROUP BY gemeente`);
	await db.run(`CREATE OR REPLACE TEMP TABLE merged_area AS
		SELECT i.code, i.level, coalesce(i.name, a.name) AS name, coalesce(i.parent, a.parent) AS parent
		FROM import_area i LEFT JOIN (SELECT code, any_value(name) AS name, any_value(parent) AS parent FROM area GROUP BY code) a
		ON a.code = i.code`);
	await db.run('DELETE FROM area WHERE code IN (SELECT code FROM merged_area)');
	await db.run(
		'INSERT INTO area (code, level, name, parent) SELECT code, level, name, parent FROM merged_area'
	);
}

async function dropStaging(db: Db, fileName: string) {
	for (const table of [
		'staging',
		'import_code',
		'import_period',
		'keyed',
		'import_area',
		'merged_area'
	])
		await db.run(`DROP TABLE IF EXISTS temp.${table}`);
	await db.dropFile(fileName).catch(() => undefined);
}

/**
 * Stores a prepared file: one transaction, so it lands whole or not at all. Importing the same
 * bytes again (same SHA-256) changes nothing.
 */
export async function importFile(
	db: Db,
	file: PreparedFile,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const sourceId = 'src_' + file.sha256.slice(0, 16);
	const report: ImportReport = {
		status: 'imported',
		sourceId,
		fileName: file.fileName,
		rowsRead: 0,
		rowsAccepted: 0,
		rowsRejected: 0,
		observations: 0,
		missingValues: 0,
		indicators: [],
		gemeenten: [],
		issues: [],
		issueCount: 0
	};
	const checked = mappingSchema.safeParse(file.mapping);
	if (!checked.success) throw new AppError(checked.error.issues[0]!.message as ErrorCode);
	const known = await db.all('SELECT id FROM source WHERE sha256 = ?', [file.sha256]);
	if (known.length > 0) return { ...report, status: 'duplicate' };

	const registered = `wijkpeil-import-${sourceId}.csv`;
	try {
		await stage(db, file, registered);
		await mapKeys(db, file.mapping);
		const issues: ImportIssue[] = [];
		const [{ read, accepted }] = (await db.all<{ read: number; accepted: number }>(
			'SELECT (SELECT count(*) FROM staging) AS read, (SELECT count(*) FROM keyed) AS accepted'
		)) as [{ read: number; accepted: number }];
		report.rowsRead = read;
		report.rowsAccepted = accepted;
		report.rowsRejected = await rejectedRows(db, file, issues);
		const valueColumns =
			file.mapping.layout === 'wide' ? file.mapping.indicators : [file.mapping.value!];
		await badNumbers(db, file, valueColumns, issues);
		if (accepted === 0) throw new AppError('import_nothing_valid', { file: file.fileName });

		await transaction(db, async () => {
			report.indicators = await insertObservations(db, file, sourceId);
			const indicatorRows = report.indicators.map((name) => [
				name,
				name,
				unitFromName(name),
				sourceId
			]);
			await db.run(
				`DELETE FROM indicator WHERE id IN (SELECT DISTINCT indicator_id FROM observation WHERE source_id = ?)`,
				[sourceId]
			);
			await insertRows(db, 'indicator', ['id', 'name', 'unit', 'source_id'], indicatorRows);
			await upsertAreas(db, file.mapping);
			await db.run('INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
				sourceId,
				file.fileName,
				file.sha256,
				file.mapping.layout,
				(options.now ?? (() => new Date()))().toISOString(),
				report.rowsRead,
				report.rowsAccepted,
				report.rowsRejected,
				options.isSample ?? false
			]);
		});
		const [counts] = await db.all<{ total: number; missing: number }>(
			'SELECT count(*) AS total, count(*) FILTER (WHERE value IS NULL) AS missing FROM observation WHERE source_id = ?',
			[sourceId]
		);
		report.observations = counts?.total ?? 0;
		report.missingValues = counts?.missing ?? 0;
		// The gemeente with the most wijken first: the one the user most likely wants to see.
		const gemeenten = await db.all<{ code: string }>(
			`SELECT gemeente AS code FROM keyed WHERE gemeente IS NOT NULL
			GROUP BY gemeente ORDER BY count(DISTINCT code) DESC, gemeente`
		);
		report.gemeenten = gemeenten.map((g) => g.code);
		report.issueCount = issues.length;
		report.issues = issues.slice(0, MAX_ISSUES);
	} finally {
		await dropStaging(db, registered);
	}
	await db.run('CHECKPOINT');
	return report;
}
