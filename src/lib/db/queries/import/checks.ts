import type { RowIssueCode } from '$lib/errors/row-issues.nl';
import type { PreparedFile } from '$lib/ingest/prepare';
import { insertRows } from '../../insert-rows';
import type { Db } from '../../sql';
import { cellSql, col, trimSql } from './cells';
import { candidateShape } from './candidate';
import type { KeyTables } from './keys';
import { unitFromName } from './names';

export type ConflictChoice = 'skip' | 'first' | 'last';

/** A problem found in one cell or row, before the line number is known. */
export interface RawIssue {
	rn: number;
	column: number | null;
	value: string;
	code: RowIssueCode;
	/** For duplicates: the other rows (rn) with the same key. */
	others?: number[];
	/** What the cell is stored as, when that differs from the file (a normalised area code). */
	stored?: string;
}

/** Rows whose key could not be read: unknown area code, period or empty indicator name. */
export async function keyProblems(db: Db, file: PreparedFile, bad: KeyTables): Promise<RawIssue[]> {
	const m = file.mapping;
	const area = bad.badCode ? m.areaCode : null;
	const period = bad.badPeriod ? m.period : null;
	const indicator = bad.badIndicator ? m.indicator : null;
	if (area === null && period === null && indicator === null) return [];
	const isBad = (column: number | null, table: string) =>
		column === null
			? 'false'
			: `(s.${col(column)} IS NULL OR s.${col(column)} IN (SELECT raw FROM import_bad_${table}))`;
	const rows = await db.all<{
		rn: number;
		code: string | null;
		period: string | null;
		bad_code: boolean;
		bad_period: boolean;
	}>(
		`SELECT rn, code, period, bad_code, bad_period FROM (
			SELECT s.rn, ${area === null ? 'NULL' : `s.${col(area)}`} AS code,
				${period === null ? 'NULL' : `s.${col(period)}`} AS period,
				${isBad(area, 'code')} AS bad_code, ${isBad(period, 'period')} AS bad_period,
				${isBad(indicator, 'indicator')} AS bad_indicator
			FROM staging s)
		WHERE bad_code OR bad_period OR bad_indicator
		ORDER BY rn`
	);
	return rows.map((r) =>
		r.bad_code
			? { rn: r.rn, column: area, value: r.code ?? '', code: 'bad_area_code' }
			: r.bad_period
				? { rn: r.rn, column: period, value: r.period ?? '', code: 'bad_period' }
				: { rn: r.rn, column: m.indicator, value: '', code: 'no_indicator' }
	);
}

/**
 * Rows of a StatLine file with `Marges` that give nothing to store: an unknown margin code, a
 * bound without the row of its value (MW), or a second row of the same kind for one area,
 * period, group and meetmoment (see import_margin in candidate.ts).
 */
export async function marginProblems(db: Db, file: PreparedFile): Promise<RawIssue[]> {
	const m = file.mapping;
	if (m.layout !== 'wide' || m.margins === null) return [];
	const rows = await db.all<{
		rn: number;
		value: string;
		kind: string | null;
		first: number;
		mw: number | null;
	}>(
		`SELECT g.rn, ${trimSql(`s.${col(m.margins)}`)} AS value, g.kind, g.first_rn AS first,
			g.value_rn AS mw
		FROM import_margin g JOIN staging s USING (rn)
		WHERE g.kind IS NULL OR g.value_rn IS NULL OR g.first_rn <> g.rn ORDER BY g.rn`
	);
	const problems = rows.map((r): RawIssue => {
		const at = { rn: r.rn, column: m.margins, value: r.value ?? '' };
		if (r.kind === null) return { ...at, code: 'margin_unknown' };
		if (r.first !== r.rn) return { ...at, code: 'margin_twice', others: [r.first] };
		return { ...at, code: 'margin_without_value' };
	});
	return [...problems, ...(await unreadableBounds(db, file))];
}

/** Cells of the bound rows (MOG, MBG) that are no number and no missing marker. */
async function unreadableBounds(db: Db, file: PreparedFile): Promise<RawIssue[]> {
	const m = file.mapping;
	if (m.indicators.length === 0) return [];
	const parts = m.indicators.map((i) => {
		const cell = cellSql(i, file.sniffed.decimal, m.missing);
		return `SELECT k.rn, ${i} AS col, ${cell.text} AS value FROM keyed k JOIN import_margin g USING (rn)
			WHERE g.kind IN ('MOG', 'MBG') AND g.first_rn = g.rn AND g.value_rn IS NOT NULL
				AND NOT ${cell.missing} AND ${cell.number} IS NULL`;
	});
	const rows = await db.all<{ rn: number; col: number; value: string }>(
		`${parts.join('\nUNION ALL\n')} ORDER BY rn, col`
	);
	return rows.map((r) => ({ rn: r.rn, column: r.col, value: r.value, code: 'bad_bound' }));
}

/**
 * One row per indicator: how many of its values lie within 0-100 and have bounds (to recognise
 * percentages), and what is kept (for the report). Made once every value check has run.
 */
async function indicatorStats(db: Db) {
	await db.run(`CREATE OR REPLACE TEMP TABLE import_indicator_stats AS
		SELECT n.name AS indicator, s.* FROM (
			SELECT ind_key,
				count(*) FILTER (WHERE value BETWEEN 0 AND 100) / nullif(count(value), 0) AS within,
				count(ci_low) AS bounds, count(*) FILTER (WHERE value > 100 OR value < 0) AS beyond,
				count(*) FILTER (WHERE keep) AS kept,
				count(*) FILTER (WHERE keep AND value IS NULL) AS missing,
				min(value_col) FILTER (WHERE keep) AS first_col, min(rn) FILTER (WHERE keep) AS first_rn
			FROM candidate GROUP BY ind_key) s
		JOIN import_indicator_name n USING (ind_key)`);
	return db.all<{
		indicator: string;
		ind_key: number;
		within: number | null;
		bounds: number;
		beyond: number;
	}>('SELECT indicator, ind_key, within, bounds, beyond FROM import_indicator_stats');
}

/**
 * Indicators that hold percentages ("(%)", "percentage" or "aandeel" in the name, all values of
 * a long file whose value column says so, or survey-like values with bounds) and have a value
 * below 0 or above 100: only their rows need reading one by one.
 */
async function sharesOutOfRange(db: Db, file: PreparedFile): Promise<number[]> {
	const m = file.mapping;
	const valueHeader = m.layout === 'long' && m.value !== null ? file.sniffed.header[m.value] : '';
	const allShares = /^\s*(%|percentage|procent|aandeel)\s*$/i.test(valueHeader ?? '');
	const stats = await indicatorStats(db);
	return stats
		.filter(
			(s) =>
				allShares ||
				unitFromName(s.indicator) === '%' ||
				/(^%|percentage|procent|aandeel)/i.test(s.indicator) ||
				(s.bounds > 0 && (s.within ?? 0) >= 0.75)
		)
		.filter((s) => s.beyond > 0)
		.map((s) => s.ind_key);
}

async function collect(
	db: Db,
	code: RowIssueCode,
	where: string,
	params: unknown[] = [],
	value = 'raw'
) {
	const rows = await db.all<{ rn: number; value_col: number; value: string | null }>(
		`SELECT rn, value_col, ${value}::VARCHAR AS value FROM candidate WHERE ${where} ORDER BY rn`,
		params
	);
	return rows.map((r): RawIssue => ({ rn: r.rn, column: r.value_col, value: r.value ?? '', code }));
}

/** Sample sizes (long files with an n column): unreadable, negative (then dropped), fractional. */
async function sampleSizeChecks(db: Db, nColumn: number): Promise<RawIssue[]> {
	const nIssues = async (code: RowIssueCode, where: string) =>
		(await collect(db, code, where, [], 'n_raw')).map((i) => ({ ...i, column: nColumn }));
	const issues = [
		...(await nIssues('bad_n', `coalesce(n_raw, '') NOT IN ('', '.') AND n IS NULL`)),
		...(await nIssues('n_negative', 'n < 0')),
		...(await nIssues('n_fractional', 'n >= 0 AND n <> floor(n)'))
	];
	await db.run('UPDATE candidate_data SET n = NULL WHERE n < 0');
	return issues;
}

/** Interval bounds: reversed ones are dropped, a value outside its bounds is reported. */
async function boundChecks(db: Db, boundsColumn: number | null): Promise<RawIssue[]> {
	const boundIssues = async (code: RowIssueCode, where: string, value: string) =>
		(await collect(db, code, where, [], value)).map((i) => ({
			...i,
			column: boundsColumn ?? i.column
		}));
	const reversed = await boundIssues(
		'bounds_reversed',
		'ci_low > ci_high',
		"replace(ci_low::VARCHAR || ' > ' || ci_high::VARCHAR, '.', ',')"
	);
	await db.run('UPDATE candidate_data SET ci_low = NULL, ci_high = NULL WHERE ci_low > ci_high');
	const outside = await boundIssues(
		'value_outside_bounds',
		'value < ci_low OR value > ci_high',
		'raw'
	);
	return [...reversed, ...outside];
}

/**
 * Checks every value that would be stored and marks what must not be (`keep = false`).
 * Suspicious values are kept and reported; values that cannot be right are dropped or emptied.
 */
export async function valueChecks(
	db: Db,
	file: PreparedFile,
	conflicts: ConflictChoice
): Promise<RawIssue[]> {
	const m = file.mapping;
	// `keep` starts as "a number or a missing marker" (see candidate.ts).
	const badNumbers = await collect(db, 'bad_number', 'NOT keep');
	const sampleSizes = m.layout === 'long' && m.n !== null ? await sampleSizeChecks(db, m.n) : [];
	const has = candidateShape(m);
	const bounds = has.bounds ? await boundChecks(db, m.ciLow ?? m.margins) : [];
	const duplicated = await duplicates(db, conflicts, {
		byColumn: has.valueCol,
		bySubgroup: has.subgroup,
		byMoment: has.moment
	});
	const shares = await sharesOutOfRange(db, file);
	const outOfRange =
		shares.length === 0
			? []
			: await collect(
					db,
					'share_out_of_range',
					`(value > 100 OR value < 0) AND ind_key IN (${shares.map(() => '?').join(', ')})`,
					shares
				);
	return [...badNumbers, ...sampleSizes, ...bounds, ...outOfRange, ...duplicated];
}

/**
 * Same key twice: a row identical to an earlier one is stored once (exact duplicate); rows with
 * different values are conflicts, stored only as the user chose (first, last, or none).
 */
async function duplicates(
	db: Db,
	conflicts: ConflictChoice,
	{ byColumn, bySubgroup, byMoment }: { byColumn: boolean; bySubgroup: boolean; byMoment: boolean }
): Promise<RawIssue[]> {
	// The key: indicator, area, period and (when mapped) subgroup and meetmoment, all small
	// integers but the last two, which are compared as one text (`split`).
	const splitOf = (table: string) =>
		[
			bySubgroup ? `coalesce(${table}subgroup, '')` : '',
			byMoment ? `coalesce(${table}moment, '')` : ''
		]
			.filter(Boolean)
			.join(' || chr(1) || ') || "''";
	const subgroup = splitOf('');
	const key = `ind_key, code_id, period_id${bySubgroup || byMoment ? `, ${subgroup}` : ''}`;
	// Counting distinct hashes is the cheapest way to learn that no key repeats (the usual case);
	// a hash shared by two keys only means the exact search below runs and finds nothing.
	const [count] = await db.all<{ repeated: number }>(
		`SELECT count(*) - count(DISTINCT hash(${key})) AS repeated FROM candidate WHERE keep`
	);
	if (!count?.repeated) return [];
	await db.run(`CREATE OR REPLACE TEMP TABLE import_dup AS
		SELECT ind_key, code_id, period_id, ${subgroup} AS subgroup
		FROM candidate WHERE keep GROUP BY ${key} HAVING count(*) > 1`);
	const groups = await db.all<{ rns: number[]; cols: number[]; raws: string[]; sigs: string[] }>(
		`SELECT list(c.rn ORDER BY c.rn, c.value_col) AS rns, list(c.value_col ORDER BY c.rn, c.value_col) AS cols,
			list(coalesce(c.raw, '') ORDER BY c.rn, c.value_col) AS raws,
			list(concat_ws('|', coalesce(c.value::VARCHAR, c.reason), c.n, c.ci_low, c.ci_high)
				ORDER BY c.rn, c.value_col) AS sigs
		FROM candidate c JOIN import_dup d ON c.ind_key = d.ind_key AND c.code_id = d.code_id
			AND c.period_id = d.period_id AND ${splitOf('c.')} = d.subgroup
		WHERE c.keep GROUP BY d.ind_key, d.code_id, d.period_id, d.subgroup`
	);
	const issues: RawIssue[] = [];
	const drop: number[][] = [];
	for (const g of groups) {
		const rns = Array.from(g.rns);
		const cols = Array.from(g.cols);
		const raws = Array.from(g.raws);
		const sigs = Array.from(g.sigs);
		const firstOf = new Map<string, number>();
		const reps: number[] = [];
		rns.forEach((rn, k) => {
			const first = firstOf.get(sigs[k]!);
			if (first === undefined) {
				firstOf.set(sigs[k]!, k);
				reps.push(k);
				return;
			}
			issues.push({
				rn,
				column: cols[k]!,
				value: raws[k]!,
				code: 'exact_duplicate',
				others: [rns[first]!]
			});
			drop.push([rn, cols[k]!]);
		});
		if (reps.length < 2) continue;
		const keep = conflicts === 'first' ? reps[0] : conflicts === 'last' ? reps.at(-1) : -1;
		for (const k of reps) {
			const others = reps.filter((j) => j !== k).map((j) => rns[j]!);
			issues.push({
				rn: rns[k]!,
				column: cols[k]!,
				value: raws[k]!,
				// The value the user chose is stored: the report says so, not "niet opgeslagen".
				code: k === keep ? 'conflict_kept' : 'conflicting_duplicate',
				others
			});
		}
		for (const k of reps) if (k !== keep) drop.push([rns[k]!, cols[k]!]);
	}
	if (drop.length > 0) {
		await db.run('CREATE OR REPLACE TEMP TABLE import_drop (rn INTEGER, value_col INTEGER)');
		await insertRows(db, 'import_drop', ['rn', 'value_col'], drop);
		const sameColumn = byColumn ? 'AND candidate_data.value_col = d.value_col' : '';
		await db.run(`UPDATE candidate_data SET keep = false FROM import_drop d
			WHERE candidate_data.rn = d.rn ${sameColumn}`);
		await db.run('DROP TABLE temp.import_drop');
	}
	return issues;
}
