import { normalizeAreaCode, normalizeGemeenteNumber } from '$lib/ingest/area-code';
import { parsePeriod } from '$lib/ingest/period';
import type { PreparedFile } from '$lib/ingest/prepare';
import { insertRows } from '../../insert-rows';
import type { Db } from '../../sql';
import { col, trimSql } from './cells';

/**
 * Which key columns hold text that cannot be read (an empty cell, an unknown code or period, an
 * indicator name of only white space): only then do the rows need checking one by one.
 */
export interface KeyTables {
	badCode: boolean;
	badPeriod: boolean;
	badIndicator: boolean;
}

/**
 * Distinct texts of a column (null for an empty cell), or the column names in a pivoted layout.
 * Rows are then keyed by joining these small tables, never by running JavaScript per row.
 */
async function rawValues(db: Db, file: PreparedFile, column: number | null, fromHeader: boolean) {
	if (fromHeader) return file.mapping.indicators.map((i) => file.sniffed.header[i]!);
	if (column === null) return [];
	const rows = await db.all<{ raw: string | null }>(
		`SELECT DISTINCT ${col(column)} AS raw FROM staging`
	);
	return rows.map((r) => r.raw);
}

/** Numbers each distinct key, so duplicate checks compare small integers, not texts. */
function ids() {
	const seen = new Map<string, number>();
	return (key: string) => {
		if (!seen.has(key)) seen.set(key, seen.size + 1);
		return seen.get(key)!;
	};
}

/** Keeps the texts no row may have (`import_bad_<name>`); true when some row may have one. */
async function badTable(db: Db, name: string, raws: (string | null)[], bad: string[]) {
	await db.run(`CREATE OR REPLACE TEMP TABLE import_bad_${name} (raw VARCHAR)`);
	await insertRows(
		db,
		`import_bad_${name}`,
		['raw'],
		bad.map((raw) => [raw])
	);
	return bad.length > 0 || raws.includes(null);
}

/**
 * The code column's texts (`import_raw_code`: per text its first row and the area and gemeente
 * name it is given) and what they normalise to (`import_code`, with a number per code).
 */
async function mapAreaCodes(db: Db, file: PreparedFile) {
	const { mapping } = file;
	const inHeader = mapping.layout === 'areas';
	let raws: (string | null)[];
	if (inHeader) raws = await rawValues(db, file, null, true);
	else {
		// Names are trimmed per distinct (code, name, gemeente name), not per row: a file repeats
		// each area's code and names on every row.
		const column = col(mapping.areaCode!);
		const names = [mapping.areaName, mapping.gemeenteName].map((i, k) =>
			i === null ? `NULL::VARCHAR AS n${k}` : `${col(i)} AS n${k}`
		);
		const text = (i: number | null, k: number) =>
			i === null ? 'NULL::VARCHAR' : `nullif(${trimSql(`n${k}`)}, '')`;
		await db.run(`CREATE OR REPLACE TEMP TABLE import_raw_code AS
			SELECT raw, min(first_rn) AS first_rn, any_value(${text(mapping.areaName, 0)}) AS name,
				any_value(${text(mapping.gemeenteName, 1)}) AS gemeente_name
			FROM (SELECT ${column} AS raw, ${names.join(', ')}, min(rn) AS first_rn
				FROM staging GROUP BY ALL)
			GROUP BY raw`);
		const rows = await db.all<{ raw: string | null }>('SELECT raw FROM import_raw_code');
		raws = rows.map((r) => r.raw);
	}
	const normalize =
		mapping.codeKind === 'gemeentenummer' ? normalizeGemeenteNumber : normalizeAreaCode;
	await db.run(`CREATE OR REPLACE TEMP TABLE import_code
		(raw VARCHAR, code VARCHAR, level VARCHAR, gemeente VARCHAR, changed BOOLEAN, code_id INTEGER)`);
	const codeId = ids();
	const rows: unknown[][] = [];
	const bad: string[] = [];
	for (const raw of raws) {
		const area = raw === null ? null : normalize(raw);
		if (!area) {
			if (raw !== null) bad.push(raw);
			continue;
		}
		// Padding is how StatLine writes codes; other changes (case, GM3) are worth a note.
		const changed = area.level === 'custom' || (area.level !== 'NL' && raw!.trim() !== area.code);
		rows.push([raw, area.code, area.level, area.gemeente, changed, codeId(area.code)]);
	}
	const columns = ['raw', 'code', 'level', 'gemeente', 'changed', 'code_id'];
	await insertRows(db, 'import_code', columns, rows);
	return !inHeader && (await badTable(db, 'code', raws, bad));
}

async function mapPeriods(db: Db, file: PreparedFile) {
	const { mapping } = file;
	await db.run(`CREATE OR REPLACE TEMP TABLE import_period (raw VARCHAR, label VARCHAR,
		start_date VARCHAR, end_date VARCHAR, granularity VARCHAR, year INTEGER, period_id INTEGER)`);
	const inRows = mapping.layout !== 'periods' && mapping.period !== null;
	const raws = inRows
		? await rawValues(db, file, mapping.period, false)
		: mapping.layout === 'periods'
			? await rawValues(db, file, null, true)
			: [mapping.fixedPeriod ?? ''];
	const periodId = ids();
	const rows: unknown[][] = [];
	const bad: string[] = [];
	for (const raw of raws) {
		const p = raw === null ? null : parsePeriod(raw);
		if (!p) {
			if (raw !== null) bad.push(raw);
			continue;
		}
		const id = periodId(`${p.start}|${p.end}|${p.granularity}`);
		rows.push([raw, p.label, p.start, p.end, p.granularity, p.year, id]);
	}
	const columns = ['raw', 'label', 'start_date', 'end_date', 'granularity', 'year', 'period_id'];
	await insertRows(db, 'import_period', columns, rows);
	return inRows && (await badTable(db, 'period', raws, bad));
}

/**
 * The indicator column's texts, trimmed and numbered by name (`import_indicator`); a name of only
 * white space is bad. `import_indicator_name` holds each number's name, for every layout.
 */
async function mapIndicators(db: Db, file: PreparedFile) {
	const { mapping: m, sniffed } = file;
	await db.run(
		'CREATE OR REPLACE TEMP TABLE import_indicator (raw VARCHAR, name VARCHAR, ind_key INTEGER)'
	);
	await db.run(
		'CREATE OR REPLACE TEMP TABLE import_indicator_name (ind_key INTEGER, name VARCHAR)'
	);
	const indicatorId = ids();
	const name = (text: string) => [indicatorId(text), text];
	if (m.indicator === null) {
		// A column per indicator (columns with the same name are one), or one for the whole file.
		const names =
			m.layout === 'wide'
				? m.indicators.map((i) => sniffed.header[i]!.trim())
				: [m.fixedIndicator ?? ''];
		await insertRows(
			db,
			'import_indicator_name',
			['ind_key', 'name'],
			[...new Set(names)].map(name)
		);
		return false;
	}
	const raws = await rawValues(db, file, m.indicator, false);
	const named = raws.flatMap((raw) => (raw !== null && raw.trim() !== '' ? [raw] : []));
	const rows = named.map((raw) => [raw, raw.trim(), indicatorId(raw.trim())]);
	await insertRows(db, 'import_indicator', ['raw', 'name', 'ind_key'], rows);
	const names = [...new Set(named.map((raw) => raw.trim()))];
	await insertRows(db, 'import_indicator_name', ['ind_key', 'name'], names.map(name));
	const bad = raws.flatMap((raw) => (raw !== null && raw.trim() === '' ? [raw] : []));
	return badTable(db, 'indicator', raws, bad);
}

/** Each numbered code and period once, to join the numbers in `candidate` back to their texts. */
export const codeDim = '(SELECT DISTINCT code_id, code, level, gemeente FROM import_code)';
export const periodDim = `(SELECT DISTINCT period_id, label, start_date, end_date, granularity, year
	FROM import_period)`;

/** The ind_key of a wide file's indicator column: columns with the same name share one. */
export function wideIndicatorKey(names: string[], index: number) {
	return [...new Set(names)].indexOf(names[index]!) + 1;
}

/** Builds the small lookup tables import_code, import_period and import_indicator. */
export async function mapKeys(db: Db, file: PreparedFile): Promise<KeyTables> {
	const badCode = await mapAreaCodes(db, file);
	const badPeriod = await mapPeriods(db, file);
	const badIndicator = await mapIndicators(db, file);
	return { badCode, badPeriod, badIndicator };
}
