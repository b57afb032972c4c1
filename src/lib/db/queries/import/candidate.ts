import { normalizeAreaCode, normalizeGemeenteNumber } from '$lib/ingest/area-code';
import type { Mapping } from '$lib/ingest/mapping';
import { parsePeriod } from '$lib/ingest/period';
import type { PreparedFile } from '$lib/ingest/prepare';
import { insertRows, sqlString, type Db } from '../../sql';
import { cellSql, col, optionalNumber, optionalText } from './cells';

/** Known StatLine codes for population groups; other codes are shown as they are. */
const subgroupLabels: Record<string, string> = {
	'20300': '18 jaar of ouder',
	'80200': '65 jaar of ouder',
	'53105': '18 tot 65 jaar',
	T001038: 'totaal',
	T009002: 'totaal'
};

/** Distinct raw texts of a column, or the column names themselves in a pivoted layout. */
async function rawValues(db: Db, file: PreparedFile, column: number | null, fromHeader: boolean) {
	if (fromHeader) return file.mapping.indicators.map((i) => file.sniffed.header[i]!);
	if (column === null) return [];
	const rows = await db.all<{ raw: string }>(
		`SELECT DISTINCT ${col(column)} AS raw FROM staging WHERE raw IS NOT NULL`
	);
	return rows.map((r) => r.raw);
}

async function mapAreaCodes(db: Db, file: PreparedFile) {
	const { mapping } = file;
	const raws = await rawValues(db, file, mapping.areaCode, mapping.layout === 'areas');
	const normalize =
		mapping.codeKind === 'gemeentenummer' ? normalizeGemeenteNumber : normalizeAreaCode;
	await db.run(`CREATE OR REPLACE TEMP TABLE import_code
		(raw VARCHAR, code VARCHAR, level VARCHAR, gemeente VARCHAR, changed BOOLEAN)`);
	const rows = raws.flatMap((raw) => {
		const area = normalize(raw);
		if (!area) return [];
		// Padding is how StatLine writes codes; other changes (case, GM3) are worth a note.
		const changed = area.level !== 'NL' && raw.trim() !== area.code;
		return [[raw, area.code, area.level, area.gemeente, changed]];
	});
	await insertRows(db, 'import_code', ['raw', 'code', 'level', 'gemeente', 'changed'], rows);
}

async function mapPeriods(db: Db, file: PreparedFile) {
	const { mapping } = file;
	await db.run(`CREATE OR REPLACE TEMP TABLE import_period (raw VARCHAR, label VARCHAR,
		start_date VARCHAR, end_date VARCHAR, granularity VARCHAR, year INTEGER)`);
	const raws =
		mapping.period === null && mapping.layout !== 'periods'
			? [mapping.fixedPeriod ?? '']
			: await rawValues(db, file, mapping.period, mapping.layout === 'periods');
	const rows = raws.flatMap((raw) => {
		const p = parsePeriod(raw);
		return p ? [[raw, p.label, p.start, p.end, p.granularity, p.year]] : [];
	});
	const columns = ['raw', 'label', 'start_date', 'end_date', 'granularity', 'year'];
	await insertRows(db, 'import_period', columns, rows);
}

function subgroupSql(mapping: Mapping) {
	if (mapping.subgroups.length === 0) return 'NULL::VARCHAR';
	const labels = Object.entries(subgroupLabels)
		.map(([code, label]) => `WHEN ${sqlString(code)} THEN ${sqlString(label)}`)
		.join(' ');
	return mapping.subgroups
		.map((i) => `CASE trim(${col(i)}) ${labels} ELSE trim(${col(i)}) END`)
		.join(` || '; ' || `);
}

/**
 * `keyed`: staging rows whose area code and period are understood, with normalised keys.
 * `candidate`: one row per value that would be stored (wide files unpivoted per indicator,
 * StatLine margin rows folded into value and bounds), with the raw text kept for checks.
 */
export async function buildCandidates(db: Db, file: PreparedFile) {
	const { mapping } = file;
	await mapAreaCodes(db, file);
	await mapPeriods(db, file);
	// In a pivoted layout one part of the key comes from the column names, not from the rows.
	const areaInRows = mapping.layout !== 'areas';
	const periodInRows = mapping.layout !== 'periods';
	const area = areaInRows
		? 'k.code, k.level, k.gemeente, k.changed'
		: 'NULL::VARCHAR AS code, NULL::VARCHAR AS level, NULL::VARCHAR AS gemeente, false AS changed';
	const period = periodInRows
		? 'p.label, p.start_date, p.end_date, p.granularity, p.year'
		: 'NULL::VARCHAR AS label, NULL::VARCHAR AS start_date, NULL::VARCHAR AS end_date, NULL::VARCHAR AS granularity, NULL::INTEGER AS year';
	const areaJoin = areaInRows ? `JOIN import_code k ON k.raw = s.${col(mapping.areaCode!)}` : '';
	const periodJoin = !periodInRows
		? ''
		: mapping.period === null
			? 'CROSS JOIN import_period p'
			: `JOIN import_period p ON p.raw = s.${col(mapping.period)}`;
	const indicatorFilled =
		mapping.indicator !== null ? `AND coalesce(trim(s.${col(mapping.indicator)}), '') <> ''` : '';
	await db.run(`CREATE OR REPLACE TEMP TABLE keyed AS
		SELECT s.*, ${area}, ${period}, ${subgroupSql(mapping)} AS subgroup,
			${optionalText(mapping.areaName)} AS area_name, ${optionalText(mapping.gemeenteName)} AS gemeente_name,
			${mapping.margins === null ? "'MW00000'" : `upper(trim(${col(mapping.margins)}))`} AS margin
		FROM staging s ${areaJoin} ${periodJoin}
		WHERE true ${indicatorFilled}`);

	await db.run(`CREATE OR REPLACE TEMP TABLE candidate (rn INTEGER, value_col INTEGER, indicator VARCHAR,
		code VARCHAR, level VARCHAR, gemeente VARCHAR, label VARCHAR, start_date VARCHAR, end_date VARCHAR,
		granularity VARCHAR, year INTEGER, subgroup VARCHAR, raw VARCHAR, value DOUBLE, reason VARCHAR,
		n_raw VARCHAR, n DOUBLE, ci_low DOUBLE, ci_high DOUBLE)`);
	if (mapping.layout === 'long') await longCandidates(db, file);
	else if (mapping.layout === 'wide') await wideCandidates(db, file);
	else await pivotedCandidates(db, file);
}

/**
 * A column per period or per area: each column gives one part of the key as a constant
 * (bound as parameters, since it comes from the file's header).
 */
async function pivotedCandidates(db: Db, file: PreparedFile) {
	const { mapping: m, sniffed } = file;
	const indicator = m.indicator === null ? '?' : `trim(${col(m.indicator)})`;
	const indicatorParams = m.indicator === null ? [m.fixedIndicator] : [];
	const byPeriod = m.layout === 'periods';
	const constants = byPeriod
		? 'code, level, gemeente, ?, ?, ?, ?, ?::INTEGER'
		: '?, ?, ?, label, start_date, end_date, granularity, year';
	for (const i of await filledColumns(db, file)) {
		const raw = sniffed.header[i]!;
		const lookup = byPeriod
			? 'SELECT label, start_date, end_date, granularity, year FROM import_period WHERE raw = ?'
			: 'SELECT code, level, gemeente FROM import_code WHERE raw = ?';
		const [key] = await db.all<Record<string, string | number | null>>(lookup, [raw]);
		if (!key) continue;
		const cell = cellSql(i, sniffed.decimal);
		await db.run(
			`INSERT INTO candidate SELECT rn, ${i}, ${indicator}, ${constants}, subgroup, ${cell.text},
				${cell.number}, ${cell.reason}, NULL, NULL, NULL, NULL FROM keyed`,
			[...indicatorParams, ...Object.values(key)]
		);
	}
}

const keys = 'code, level, gemeente, label, start_date, end_date, granularity, year, subgroup';

async function longCandidates(db: Db, file: PreparedFile) {
	const { mapping: m, sniffed } = file;
	const d = sniffed.decimal;
	const cell = cellSql(m.value!, d);
	const nText = m.n === null ? 'NULL' : cellSql(m.n, d).text;
	await db.run(`INSERT INTO candidate SELECT rn, ${m.value}, trim(${col(m.indicator!)}), ${keys},
		${cell.text}, ${cell.number}, ${cell.reason}, ${nText}, ${optionalNumber(m.n, d)},
		${optionalNumber(m.ciLow, d)}, ${optionalNumber(m.ciHigh, d)} FROM keyed`);
}

/** Indicator columns with at least one value; columns empty in the whole file are skipped. */
export async function filledColumns(db: Db, file: PreparedFile): Promise<number[]> {
	const { indicators } = file.mapping;
	if (indicators.length === 0) return [];
	const counts = indicators
		.map((i) => `count(*) FILTER (WHERE NOT ${cellSql(i, file.sniffed.decimal).missing}) AS n${i}`)
		.join(', ');
	const [row] = await db.all<Record<string, number>>(`SELECT ${counts} FROM keyed`);
	return indicators.filter((i) => (row?.[`n${i}`] ?? 0) > 0);
}

/**
 * Wide files: one candidate per indicator column. StatLine margin rows (MW* estimate, MOG* lower
 * bound, MBG* upper bound) are folded into one row per key first, in a single pass.
 */
async function wideCandidates(db: Db, file: PreparedFile) {
	const { mapping: m, sniffed } = file;
	const d = sniffed.decimal;
	const columns = await filledColumns(db, file);
	let from = 'keyed';
	if (m.margins !== null) {
		const mw = "FILTER (WHERE margin LIKE 'MW%')";
		const parts = columns.map((i) => {
			const cell = cellSql(i, d);
			return `any_value(${cell.text}) ${mw} AS t${i}, any_value(${cell.number}) ${mw} AS v${i},
				any_value(${cell.reason}) ${mw} AS r${i},
				any_value(${cell.number}) FILTER (WHERE margin LIKE 'MOG%') AS lo${i},
				any_value(${cell.number}) FILTER (WHERE margin LIKE 'MBG%') AS hi${i}`;
		});
		await db.run(`CREATE OR REPLACE TEMP TABLE folded AS
			SELECT min(rn) ${mw} AS rn, ${keys}, ${parts.join(', ')}
			FROM keyed GROUP BY ${keys} HAVING count(*) ${mw} > 0`);
		from = 'folded';
	}
	for (const i of columns) {
		const cell = cellSql(i, d);
		const [text, number, reason, low, high] =
			m.margins === null
				? [cell.text, cell.number, cell.reason, 'NULL', 'NULL']
				: [`t${i}`, `v${i}`, `r${i}`, `lo${i}`, `hi${i}`];
		await db.run(
			`INSERT INTO candidate SELECT rn, ${i}, ?, ${keys}, ${text}, ${number}, ${reason},
				NULL, NULL, ${low}, ${high} FROM ${from}`,
			[sniffed.header[i]!.trim()]
		);
	}
	await db.run('DROP TABLE IF EXISTS temp.folded');
}
