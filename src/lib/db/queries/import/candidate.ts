import type { Mapping } from '$lib/ingest/mapping';
import type { DecimalMark } from '$lib/ingest/number';
import type { PreparedFile } from '$lib/ingest/prepare';
import { subgroupLabels } from '$lib/ingest/subgroup';
import { sqlString, type Db } from '../../sql';
import { cellFromText, cellSql, cellText, col, trimSql } from './cells';
import { wideIndicatorKey } from './keys';

/** A row's subgroup: its group columns, known StatLine codes as their label (subgroupOf). */
function subgroupSql(mapping: Mapping) {
	if (mapping.subgroups.length === 0) return 'NULL::VARCHAR';
	const labels = Object.entries(subgroupLabels)
		.map(([code, label]) => `WHEN ${sqlString(code)} THEN ${sqlString(label)}`)
		.join(' ');
	return mapping.subgroups
		.map((i) => `CASE ${trimSql(col(i))} ${labels} ELSE ${trimSql(col(i))} END`)
		.join(` || '; ' || `);
}

/** The meetmoment of a row as the file writes it (trimmed; empty is none). */
function momentSql(mapping: Mapping) {
	return mapping.moment === null ? 'NULL::VARCHAR' : `nullif(${trimSql(col(mapping.moment))}, '')`;
}

/**
 * Which columns `candidate_data` stores for a mapping. Writing a million rows costs per column,
 * so a column that would only hold one constant (the value column of a long file) or NULL (no
 * sample size, no bounds, no subgroups) is left out and the `candidate` view supplies it.
 */
export function candidateShape(m: Mapping) {
	const long = m.layout === 'long';
	return {
		valueCol: !long,
		subgroup: m.subgroups.length > 0,
		moment: m.moment !== null,
		n: long && m.n !== null,
		bounds: long ? m.ciLow !== null || m.ciHigh !== null : m.layout === 'wide' && m.margins !== null
	};
}

/**
 * `candidate`: one row per value that would be stored, with its raw text for the checks and
 * `keep` saying whether it may be stored (a number or a missing marker; unreadable text is not).
 * Indicator, area and period are numbers (`ind_key`, `code_id`, `period_id`; see keys.ts): small
 * to write, cheap to compare, and joined back to their texts only when storing.
 */
async function candidateView(db: Db, m: Mapping) {
	const has = candidateShape(m);
	const pick = (present: boolean, name: string, absent: string) =>
		present ? name : `${absent} AS ${name}`;
	await db.run(`CREATE OR REPLACE TEMP VIEW candidate AS
		SELECT rn, ${pick(has.valueCol, 'value_col', `${m.value ?? 0}::INTEGER`)}, ind_key, code_id,
			period_id, ${pick(has.subgroup, 'subgroup', 'NULL::VARCHAR')},
			${pick(has.moment, 'moment', 'NULL::VARCHAR')}, raw, value, reason,
			${pick(has.n, 'n_raw', 'NULL::VARCHAR')}, ${pick(has.n, 'n', 'NULL::DOUBLE')},
			${pick(has.bounds, 'ci_low', 'NULL::DOUBLE')}, ${pick(has.bounds, 'ci_high', 'NULL::DOUBLE')},
			keep
		FROM candidate_data`);
}

const keep = '(value IS NOT NULL OR reason IS NOT NULL)';

/** The joins from staging `s` to the lookup tables; rows whose key cannot be read drop out. */
function keyJoins(m: Mapping) {
	return [
		m.layout === 'areas' ? '' : `JOIN import_code k ON k.raw = s.${col(m.areaCode!)}`,
		m.layout === 'periods'
			? ''
			: m.period === null
				? 'CROSS JOIN import_period p'
				: `JOIN import_period p ON p.raw = s.${col(m.period)}`,
		m.indicator === null ? '' : `JOIN import_indicator i ON i.raw = s.${col(m.indicator)}`
	].join(' ');
}

/**
 * Long files: staging joined to the lookup tables once, straight into `candidate_data`. Each
 * cell is trimmed once in the inner query and read in the next: DuckDB repeats work written
 * twice in one expression.
 */
async function longCandidates(db: Db, file: PreparedFile) {
	const { mapping: m, sniffed } = file;
	const has = candidateShape(m);
	const read = (text: string) => cellFromText(text, sniffed.decimal, m.missing);
	const texts = [`${cellText(m.value!)} AS t`];
	const outer = ['rn', 'ind_key', 'code_id', 'period_id', 't AS raw'];
	outer.push(`${read('t').number} AS value`, `${read('t').reason} AS reason`);
	if (has.subgroup) outer.push('subgroup');
	if (has.moment) outer.push('moment');
	if (has.n) {
		texts.push(`${cellText(m.n!)} AS nt`);
		outer.push('nt AS n_raw', `${read('nt').number} AS n`);
	}
	if (has.bounds) {
		const bound = (i: number | null) => (i === null ? "''" : cellText(i));
		texts.push(`${bound(m.ciLow)} AS lt`, `${bound(m.ciHigh)} AS ht`);
		outer.push(`${read('lt').number} AS ci_low`, `${read('ht').number} AS ci_high`);
	}
	await db.run(`CREATE OR REPLACE TEMP TABLE candidate_data AS
		SELECT *, ${keep} AS keep FROM (
			SELECT ${outer.join(', ')} FROM (
				SELECT s.rn, i.ind_key, k.code_id, p.period_id, ${subgroupSql(m)} AS subgroup,
					${momentSql(m)} AS moment, ${texts.join(', ')}
				FROM staging s ${keyJoins(m)}))`);
}

/** Wide and pivoted files: the staging rows whose key could be read, with their key numbers. */
async function keyedRows(db: Db, file: PreparedFile) {
	const { mapping: m } = file;
	const has = candidateShape(m);
	const margin = m.margins === null ? "'MW00000'" : `upper(${trimSql(col(m.margins))})`;
	await db.run(`CREATE OR REPLACE TEMP TABLE keyed AS
		SELECT s.*, ${m.indicator === null ? 'NULL::INTEGER' : 'i.ind_key'} AS ind_key,
			${m.layout === 'areas' ? 'NULL::INTEGER' : 'k.code_id'} AS code_id,
			${m.layout === 'periods' ? 'NULL::INTEGER' : 'p.period_id'} AS period_id,
			${subgroupSql(m)} AS subgroup, ${momentSql(m)} AS moment, ${margin} AS margin
		FROM staging s ${keyJoins(m)}`);
	const optional = [
		has.subgroup ? ', subgroup VARCHAR' : '',
		has.moment ? ', moment VARCHAR' : '',
		has.bounds ? ', ci_low DOUBLE, ci_high DOUBLE' : ''
	].join('');
	await db.run(`CREATE OR REPLACE TEMP TABLE candidate_data (rn INTEGER, value_col INTEGER,
		ind_key INTEGER, code_id INTEGER, period_id INTEGER, raw VARCHAR, value DOUBLE,
		reason VARCHAR, keep BOOLEAN${optional})`);
}

/** Reads the trimmed text `t` of `inner` (a query) into raw, value and reason, then keep. */
function readValues(inner: string, decimal: DecimalMark, extra: readonly string[] = []) {
	const cell = cellFromText('t', decimal, extra);
	return `SELECT *, ${keep} AS keep FROM (
		SELECT *, t AS raw, ${cell.number} AS value, ${cell.reason} AS reason FROM (${inner}))`;
}

/** Inserts the rows of `query` (which has every column needed) into candidate_data. */
function insertCandidates(m: Mapping, valueCol: number, query: string) {
	const has = candidateShape(m);
	const columns = ['rn', 'value_col', 'ind_key', 'code_id', 'period_id', 'raw', 'value'];
	columns.push('reason', 'keep');
	if (has.subgroup) columns.push('subgroup');
	if (has.moment) columns.push('moment');
	if (has.bounds) columns.push('ci_low', 'ci_high');
	const values = columns.map((c) => (c === 'value_col' ? String(valueCol) : c));
	return `INSERT INTO candidate_data (${columns.join(', ')}) SELECT ${values.join(', ')} FROM (${query})`;
}

/**
 * A column per period or per area: each column gives one part of the key as a constant (bound
 * as a parameter); the indicator comes from a column or is one for the whole file.
 */
async function pivotedCandidates(db: Db, file: PreparedFile) {
	const { mapping: m, sniffed } = file;
	const byPeriod = m.layout === 'periods';
	const indicator = m.indicator === null ? '1 AS ind_key' : 'ind_key';
	const constants = byPeriod
		? 'code_id, ?::INTEGER AS period_id'
		: '?::INTEGER AS code_id, period_id';
	for (const i of await filledColumns(db, file)) {
		const raw = sniffed.header[i]!;
		const lookup = byPeriod
			? 'SELECT period_id AS id FROM import_period WHERE raw = ?'
			: 'SELECT code_id AS id FROM import_code WHERE raw = ?';
		const [key] = await db.all<{ id: number }>(lookup, [raw]);
		if (!key) continue;
		const inner = `SELECT rn, ${indicator}, ${constants}, subgroup, moment, ${cellText(i)} AS t
			FROM keyed`;
		await db.run(insertCandidates(m, i, readValues(inner, sniffed.decimal, m.missing)), [key.id]);
	}
}

/** Indicator columns with at least one value; columns empty in the whole file are skipped. */
export async function filledColumns(db: Db, file: PreparedFile): Promise<number[]> {
	const { indicators } = file.mapping;
	if (indicators.length === 0) return [];
	const counts = indicators
		.map(
			(i) =>
				`count(*) FILTER (WHERE NOT ${cellSql(i, file.sniffed.decimal, file.mapping.missing).missing}) AS n${i}`
		)
		.join(', ');
	const [row] = await db.all<Record<string, number>>(`SELECT ${counts} FROM keyed`);
	return indicators.filter((i) => (row?.[`n${i}`] ?? 0) > 0);
}

/** What identifies a value in a wide file besides its indicator column. */
const keys = 'code_id, period_id, subgroup, moment';

/**
 * `import_margin`: per row of a StatLine file with `Marges`, what it gives (kind: MW the value,
 * MOG the lower and MBG the upper bound; NULL for an unknown code), the row with the value of
 * its area, period, group and meetmoment (`value_rn`, NULL when there is none), and the first
 * row of the same kind there (`first_rn`). Only the first row of each kind is folded into the
 * value; the others are reported (checks.ts, marginProblems) and counted as not used.
 */
async function marginRows(db: Db) {
	await db.run(`CREATE OR REPLACE TEMP TABLE import_margin AS
		SELECT rn, kind,
			min(CASE WHEN kind = 'MW' THEN rn END) OVER (PARTITION BY ${keys}) AS value_rn,
			min(rn) OVER (PARTITION BY ${keys}, kind) AS first_rn
		FROM (SELECT rn, ${keys}, CASE WHEN margin LIKE 'MW%' THEN 'MW' WHEN margin LIKE 'MOG%' THEN 'MOG'
				WHEN margin LIKE 'MBG%' THEN 'MBG' END AS kind
			FROM keyed)`);
}

/**
 * Wide files: one candidate per indicator column. StatLine margin rows (MW* estimate, MOG* lower
 * bound, MBG* upper bound) are folded into one row per key first, in a single pass.
 */
async function wideCandidates(db: Db, file: PreparedFile) {
	const { mapping: m, sniffed } = file;
	const d = sniffed.decimal;
	const columns = await filledColumns(db, file);
	if (m.margins !== null) {
		await marginRows(db);
		const mw = "FILTER (WHERE kind = 'MW')";
		const parts = columns.map((i) => {
			const cell = cellSql(i, d, m.missing);
			return `any_value(${cell.text}) ${mw} AS t${i},
				any_value(${cell.number}) FILTER (WHERE kind = 'MOG') AS lo${i},
				any_value(${cell.number}) FILTER (WHERE kind = 'MBG') AS hi${i}`;
		});
		await db.run(`CREATE OR REPLACE TEMP TABLE folded AS
			SELECT min(rn) ${mw} AS rn, ${keys}, ${parts.join(', ')}
			FROM keyed JOIN import_margin USING (rn)
			WHERE value_rn IS NOT NULL AND first_rn = rn GROUP BY ${keys}`);
	}
	const names = m.indicators.map((i) => sniffed.header[i]!.trim());
	for (const i of columns) {
		const indKey = wideIndicatorKey(names, m.indicators.indexOf(i));
		const inner =
			m.margins === null
				? `SELECT rn, ${indKey} AS ind_key, ${keys}, ${cellText(i)} AS t FROM keyed`
				: `SELECT rn, ${indKey} AS ind_key, ${keys}, coalesce(t${i}, '') AS t, lo${i} AS ci_low,
					hi${i} AS ci_high FROM folded`;
		await db.run(insertCandidates(m, i, readValues(inner, d, m.missing)));
	}
	await db.run('DROP TABLE IF EXISTS temp.folded');
}

/** Builds `candidate` from `staging` and the lookup tables of keys.ts. */
export async function buildCandidates(db: Db, file: PreparedFile) {
	if (file.mapping.layout === 'long') await longCandidates(db, file);
	else {
		await keyedRows(db, file);
		if (file.mapping.layout === 'wide') await wideCandidates(db, file);
		else await pivotedCandidates(db, file);
	}
	await candidateView(db, file.mapping);
}
