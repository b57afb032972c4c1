import type { RowIssueCode } from '$lib/errors/messages.nl';
import type { PreparedFile } from '$lib/ingest/prepare';
import { insertRows, type Db } from '../../sql';
import { col } from './cells';
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
}

const key = "indicator, code, start_date, end_date, granularity, coalesce(subgroup, '')";

/** Rows whose key could not be read: unknown area code, period or empty indicator name. */
export async function keyProblems(db: Db, file: PreparedFile): Promise<RawIssue[]> {
	const m = file.mapping;
	const area = m.layout === 'areas' ? null : m.areaCode;
	const period = m.layout === 'periods' ? null : m.period;
	const codeCheck = area === null ? 'false' : 'k.code IS NULL';
	const periodCheck = period === null ? 'false' : 'ip.label IS NULL';
	const codeJoin = area === null ? '' : `LEFT JOIN import_code k ON k.raw = s.${col(area)}`;
	const periodJoin =
		period === null ? '' : `LEFT JOIN import_period ip ON ip.raw = s.${col(period)}`;
	const ind = m.indicator === null ? 'false' : `coalesce(trim(s.${col(m.indicator)}), '') = ''`;
	const rows = await db.all<{
		rn: number;
		code: string | null;
		period: string | null;
		bad_code: boolean;
		bad_period: boolean;
	}>(
		`SELECT s.rn, ${area === null ? 'NULL' : `s.${col(area)}`} AS code,
			${period === null ? 'NULL' : `s.${col(period)}`} AS period,
			${codeCheck} AS bad_code, ${periodCheck} AS bad_period
		FROM staging s ${codeJoin} ${periodJoin}
		WHERE ${codeCheck} OR ${periodCheck} OR ${ind}
		ORDER BY s.rn`
	);
	return rows.map((r) =>
		r.bad_code
			? { rn: r.rn, column: area, value: r.code ?? '', code: 'bad_area_code' }
			: r.bad_period
				? { rn: r.rn, column: period, value: r.period ?? '', code: 'bad_period' }
				: { rn: r.rn, column: m.indicator, value: '', code: 'no_indicator' }
	);
}

/** Indicators that hold percentages: "(%)" in the name, or survey-like values with bounds. */
async function shareIndicators(db: Db): Promise<string[]> {
	const stats = await db.all<{ indicator: string; within: number | null; bounds: number }>(
		`SELECT indicator, count(*) FILTER (WHERE value BETWEEN 0 AND 100) / nullif(count(value), 0) AS within,
			count(ci_low) AS bounds
		FROM candidate GROUP BY indicator`
	);
	return stats
		.filter(
			(s) =>
				unitFromName(s.indicator) === '%' ||
				/(^%|percentage|procent)/i.test(s.indicator) ||
				(s.bounds > 0 && (s.within ?? 0) >= 0.75)
		)
		.map((s) => s.indicator);
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
	await db.run('ALTER TABLE candidate ADD COLUMN keep BOOLEAN DEFAULT true');
	const issues: RawIssue[] = [];
	const missing = 'reason IS NOT NULL';
	issues.push(...(await collect(db, 'bad_number', `NOT ${missing} AND value IS NULL`)));
	await db.run(`UPDATE candidate SET keep = false WHERE reason IS NULL AND value IS NULL`);
	if (m.layout === 'long' && m.n !== null) {
		const nCol = m.n;
		const nIssues = async (code: RowIssueCode, where: string) =>
			(await collect(db, code, where, [], 'n_raw')).map((i) => ({ ...i, column: nCol }));
		issues.push(...(await nIssues('bad_n', `coalesce(n_raw, '') NOT IN ('', '.') AND n IS NULL`)));
		issues.push(...(await nIssues('n_negative', 'n < 0')));
		issues.push(...(await nIssues('n_fractional', 'n >= 0 AND n <> floor(n)')));
		await db.run('UPDATE candidate SET n = NULL WHERE n < 0');
	}
	const bounds = m.ciLow ?? m.margins;
	const boundIssues = async (code: RowIssueCode, where: string, value: string) =>
		(await collect(db, code, where, [], value)).map((i) => ({ ...i, column: bounds ?? i.column }));
	issues.push(
		...(await boundIssues(
			'bounds_reversed',
			'ci_low > ci_high',
			"replace(ci_low::VARCHAR || ' > ' || ci_high::VARCHAR, '.', ',')"
		))
	);
	await db.run('UPDATE candidate SET ci_low = NULL, ci_high = NULL WHERE ci_low > ci_high');
	issues.push(
		...(await boundIssues('value_outside_bounds', 'value < ci_low OR value > ci_high', 'raw'))
	);

	const shares = await shareIndicators(db);
	if (shares.length > 0) {
		const list = shares.map(() => '?').join(', ');
		issues.push(
			...(await collect(
				db,
				'share_out_of_range',
				`indicator IN (${list}) AND (value > 100 OR value < 0)`,
				shares
			))
		);
	}
	issues.push(...(await duplicates(db, conflicts)));
	return issues;
}

/**
 * Same key twice: a row identical to an earlier one is stored once (exact duplicate); rows with
 * different values are conflicts, stored only as the user chose (first, last, or none).
 */
async function duplicates(db: Db, conflicts: ConflictChoice): Promise<RawIssue[]> {
	// Find duplicate keys with a cheap one-column aggregate first; detail only those groups.
	const groups = await db.all<{ rns: number[]; cols: number[]; raws: string[]; sigs: string[] }>(
		`WITH dup AS (SELECT hash(${key}) AS k FROM candidate WHERE keep GROUP BY k HAVING count(*) > 1)
		SELECT list(rn ORDER BY rn) AS rns, list(value_col ORDER BY rn) AS cols,
			list(coalesce(raw, '') ORDER BY rn) AS raws,
			list(concat_ws('|', coalesce(value::VARCHAR, reason), n, ci_low, ci_high) ORDER BY rn) AS sigs
		FROM candidate WHERE keep AND hash(${key}) IN (SELECT k FROM dup)
		GROUP BY ${key} HAVING count(*) > 1`
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
		for (const k of reps) {
			const others = reps.filter((j) => j !== k).map((j) => rns[j]!);
			issues.push({
				rn: rns[k]!,
				column: cols[k]!,
				value: raws[k]!,
				code: 'conflicting_duplicate',
				others
			});
		}
		const keep = conflicts === 'first' ? reps[0] : conflicts === 'last' ? reps.at(-1) : -1;
		for (const k of reps) if (k !== keep) drop.push([rns[k]!, cols[k]!]);
	}
	await db.run('CREATE OR REPLACE TEMP TABLE import_drop (rn INTEGER, value_col INTEGER)');
	await insertRows(db, 'import_drop', ['rn', 'value_col'], drop);
	await db.run(`UPDATE candidate SET keep = false FROM import_drop d
		WHERE candidate.rn = d.rn AND candidate.value_col = d.value_col`);
	await db.run('DROP TABLE temp.import_drop');
	return issues;
}
