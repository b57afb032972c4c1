import { AppError } from '$lib/errors/app-error';
import type { RowIssueCode } from '$lib/errors/row-issues.nl';
import { parsePeriod } from '$lib/ingest/period';
import type { PreparedFile } from '$lib/ingest/prepare';
import {
	columnKey,
	exitTypes,
	moments,
	outcomeFromHeader,
	type TemplateId
} from '$lib/pilot/templates';
import { insertRows } from '../../insert-rows';
import { durableTransaction, sqlString, type Db } from '../../sql';
import type { ImportOptions, ImportReport } from '../import';
import { toIssues } from '../import';
import type { RawIssue } from '../import/checks';
import { cellSql, col } from '../import/cells';
import { dropStaging, stage } from '../import/stage';
import { deleteSourceRows } from '../import/store';

/**
 * Imports the four pilot templates (deelnemers, metingen, geaggregeerd, procesregistratie)
 * through the same steps as any other file: DuckDB reads the text into `staging`, checks in SQL
 * give every rejected row a line, column and reason, and storing is one transaction.
 *
 * Participant rows go into `participant` and `measurement` only; they never reach the
 * observation table, the explorer or any export (see design.md, Privacy).
 */

const fixedColumns: Record<TemplateId, string[]> = {
	deelnemers: [
		'pilot',
		'deelnemer_id',
		'groep',
		'wijkcode',
		'startdatum',
		'einddatum',
		'uitstroom_type',
		'uitstroom_datum'
	],
	metingen: ['pilot', 'deelnemer_id', 'meetmoment', 'datum'],
	geaggregeerd: [
		'pilot',
		'groep',
		'meetmoment',
		'wijkcode',
		'uitkomst',
		'n',
		'gemiddelde',
		'sd',
		'aandeel',
		'ondergrens',
		'bovengrens'
	],
	procesregistratie: ['pilot', 'periode', 'wijkcode']
};

/** A check on one staged row: when `failing` is true the row gets `code` for `column`. */
interface Check {
	code: RowIssueCode;
	column: number | null;
	failing: string;
	value: string;
	/** Line numbers of the other rows involved (duplicates). */
	others?: string;
}

/** Column positions by template column name; only names the template defines reach this code. */
function columnsOf(file: PreparedFile) {
	const header = file.sniffed.header.map(columnKey);
	const index = (name: string) => {
		const i = header.indexOf(name);
		return i === -1 ? null : i;
	};
	return { header, index };
}

const text = (i: number | null) => (i === null ? 'NULL::VARCHAR' : `nullif(trim(${col(i)}), '')`);
const dateSql = (i: number | null) =>
	i === null
		? 'NULL::DATE'
		: `coalesce(try_strptime(trim(${col(i)}), '%Y-%m-%d'), try_strptime(trim(${col(i)}), '%d-%m-%Y'))::DATE`;
const inList = (values: readonly string[]) => `(${values.map(sqlString).join(', ')})`;
const required = (i: number | null): Check => ({
	code: 'pilot_required',
	column: i,
	failing: `${text(i)} IS NULL`,
	value: "''"
});
const badDate = (i: number | null): Check => ({
	code: 'pilot_bad_date',
	column: i,
	failing: `${text(i)} IS NOT NULL AND ${dateSql(i)} IS NULL`,
	value: text(i)
});
const badNumber = (i: number, file: PreparedFile): Check => {
	const cell = cellSql(i, file.sniffed.decimal);
	return {
		code: 'bad_number',
		column: i,
		failing: `NOT ${cell.missing} AND ${cell.number} IS NULL`,
		value: text(i)
	};
};
/** Rows after the first with the same key; `others` names the first row's line. */
function duplicateOf(keys: string[], code: RowIssueCode): Check {
	const key = keys.join(', ');
	return {
		code,
		column: null,
		failing: `count(*) OVER (PARTITION BY ${key}) > 1 AND rn > min(rn) OVER (PARTITION BY ${key})`,
		value: "''",
		others: `min(rn) OVER (PARTITION BY ${key})`
	};
}

interface Plan {
	/** The column with the pilot's name. */
	pilot: number;
	checks: Check[];
	/** Checks that only warn: the row is kept. */
	notes: Check[];
	/** SQL that stores the accepted rows (rows of `pilot_ok`) for source ? (bound). */
	store: (db: Db, sourceId: string) => Promise<void>;
	/** The outcomes or measures the file holds, for the report. */
	names: string[];
	/** Values the file gives (cells), and how many of them are empty. */
	values: string;
	missing: string;
}

/** Binary outcomes may be written ja/nee; everything else is a number. */
function scoreSql(i: number, file: PreparedFile) {
	const cell = cellSql(i, file.sniffed.decimal);
	return `(CASE lower(${cell.text}) WHEN 'ja' THEN 1 WHEN 'nee' THEN 0 ELSE ${cell.number} END)`;
}

async function planDeelnemers(file: PreparedFile): Promise<Plan> {
	const { index } = columnsOf(file);
	const [pilot, id, group, area, start, end, exitType, exitDate] =
		fixedColumns.deelnemers.map(index);
	const exitTypeSql = `lower(${text(exitType ?? null)})`;
	return {
		pilot: pilot!,
		checks: [
			required(pilot!),
			required(id!),
			required(group!),
			required(start!),
			badDate(start!),
			badDate(end ?? null),
			badDate(exitDate ?? null),
			{
				code: 'bad_area_code',
				column: area ?? null,
				failing: `${text(area ?? null)} IS NOT NULL AND NOT regexp_full_match(upper(${text(area ?? null)}), '(WK\\d{6}|BU\\d{8}|GM\\d{4})')`,
				value: text(area ?? null)
			},
			{
				code: 'pilot_bad_choice',
				column: exitType ?? null,
				failing: `${exitTypeSql} IS NOT NULL AND ${exitTypeSql} NOT IN ${inList(exitTypes)}`,
				value: text(exitType ?? null)
			},
			{
				code: 'pilot_exit_date_missing',
				column: exitDate ?? null,
				failing: `${exitTypeSql} IS NOT NULL AND ${text(exitDate ?? null)} IS NULL`,
				value: "''"
			},
			{
				code: 'pilot_dates_reversed',
				column: exitDate ?? null,
				failing: `${dateSql(exitDate ?? null)} < ${dateSql(start!)}`,
				value: text(exitDate ?? null)
			},
			{
				code: 'pilot_dates_reversed',
				column: end ?? null,
				failing: `${dateSql(end ?? null)} < ${dateSql(start!)}`,
				value: text(end ?? null)
			},
			duplicateOf([text(pilot!), text(id!)], 'pilot_duplicate_participant')
		],
		notes: [],
		names: [],
		values: 'count(*)',
		missing: '0',
		store: (db, sourceId) =>
			db.run(
				`INSERT INTO participant SELECT ?, ${pilotIdSql(text(pilot!))}, ${text(id!)},
					lower(${text(group!)}), upper(${text(area ?? null)}), ${dateSql(start!)}, ${dateSql(end ?? null)},
					${exitTypeSql}, ${dateSql(exitDate ?? null)}
				FROM pilot_ok`,
				[sourceId]
			)
	};
}

/** A pilot's id: its name in lower case with runs of other characters as one dash. */
export function pilotId(name: string) {
	return name
		.trim()
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
const pilotIdSql = (nameSql: string) =>
	`trim(regexp_replace(lower(strip_accents(${nameSql})), '[^a-z0-9]+', '-', 'g'), '-')`;

async function planMetingen(file: PreparedFile): Promise<Plan> {
	const { header, index } = columnsOf(file);
	const [pilot, id, moment, date] = fixedColumns.metingen.map(index);
	const outcomes = header
		.map((name, i) => ({ i, outcome: outcomeFromHeader(file.sniffed.header[i]!), name }))
		.filter(({ name }) => !fixedColumns.metingen.includes(name) && name !== '');
	const momentSql = `lower(${text(moment!)})`;
	const rangeChecks = outcomes.flatMap(({ i, outcome }): Check[] =>
		outcome.min === null || outcome.max === null
			? []
			: [
					{
						code: 'pilot_score_out_of_range',
						column: i,
						failing: `${scoreSql(i, file)} NOT BETWEEN ${outcome.min} AND ${outcome.max}`,
						value: text(i)
					}
				]
	);
	const binaryChecks = outcomes.map(({ i }) => {
		const cell = cellSql(i, file.sniffed.decimal);
		return {
			...badNumber(i, file),
			failing: `NOT ${cell.missing} AND ${scoreSql(i, file)} IS NULL`
		};
	});
	return {
		pilot: pilot!,
		checks: [
			required(pilot!),
			required(id!),
			required(moment!),
			{
				code: 'pilot_bad_choice',
				column: moment!,
				failing: `${momentSql} IS NOT NULL AND ${momentSql} NOT IN ${inList(moments)}`,
				value: text(moment!)
			},
			badDate(date ?? null),
			...binaryChecks,
			...rangeChecks,
			duplicateOf([text(pilot!), text(id!), momentSql], 'pilot_duplicate_measurement')
		],
		notes: [
			{
				code: 'pilot_unknown_participant',
				column: id!,
				failing: `${text(id!)} NOT IN (SELECT participant_id FROM participant)`,
				value: text(id!)
			}
		],
		names: outcomes.map(({ outcome }) => outcome.label),
		values: outcomes.length === 0 ? '0' : `count(*) * ${outcomes.length}`,
		missing:
			outcomes.length === 0
				? '0'
				: outcomes
						.map(({ i }) => `count(*) FILTER (WHERE ${scoreSql(i, file)} IS NULL)`)
						.join(' + '),
		store: async (db, sourceId) => {
			for (const { i, outcome } of outcomes) {
				await db.run(
					`INSERT INTO measurement SELECT ?, ${pilotIdSql(text(pilot!))}, ${text(id!)}, ${momentSql},
						${dateSql(date ?? null)}, ?, ${scoreSql(i, file)}
					FROM pilot_ok WHERE ${scoreSql(i, file)} IS NOT NULL`,
					[sourceId, outcome.id]
				);
			}
			// Outcomes seen for the first time get their label, unit and kind (mean or share).
			for (const { i, outcome } of outcomes) {
				const [binary] = await db.all<{ binary: boolean }>(
					`SELECT coalesce(bool_and(${scoreSql(i, file)} IN (0, 1)), false) AS binary
					FROM pilot_ok WHERE ${scoreSql(i, file)} IS NOT NULL`
				);
				const kind = outcome.kind ?? (binary?.binary ? 'share' : 'mean');
				await db.run(
					`INSERT INTO pilot_outcome SELECT DISTINCT ${pilotIdSql(text(pilot!))}, ?, ?, ?, ? FROM pilot_ok p
					WHERE NOT EXISTS (SELECT 1 FROM pilot_outcome o
						WHERE o.pilot_id = ${pilotIdSql(`nullif(trim(p.${col(pilot!)}), '')`)} AND o.outcome = ?)`,
					[outcome.id, outcome.label, outcome.unit ?? null, kind, outcome.id]
				);
			}
		}
	};
}

async function planGeaggregeerd(file: PreparedFile): Promise<Plan> {
	const { index } = columnsOf(file);
	const [pilot, group, moment, area, outcome, n, mean, sd, share, low, high] =
		fixedColumns.geaggregeerd.map(index);
	const num = (i: number | null | undefined) =>
		i === null || i === undefined ? 'NULL::DOUBLE' : cellSql(i, file.sniffed.decimal).number;
	const numberChecks = [n, mean, sd, share, low, high]
		.filter((i): i is number => i !== null && i !== undefined)
		.map((i) => badNumber(i, file));
	const momentSql = `lower(${text(moment!)})`;
	return {
		pilot: pilot!,
		checks: [
			required(pilot!),
			required(group!),
			required(moment!),
			required(outcome!),
			{
				code: 'pilot_bad_choice',
				column: moment!,
				failing: `${momentSql} IS NOT NULL AND ${momentSql} NOT IN ${inList(moments)}`,
				value: text(moment!)
			},
			...numberChecks,
			{
				code: 'share_out_of_range',
				column: share ?? null,
				failing: `${num(share)} NOT BETWEEN 0 AND 100`,
				value: text(share ?? null)
			},
			{
				code: 'n_negative',
				column: n ?? null,
				failing: `${num(n)} < 0 OR ${num(n)} <> round(${num(n)})`,
				value: text(n ?? null)
			},
			duplicateOf(
				[text(pilot!), `lower(${text(group!)})`, momentSql, text(area ?? null), text(outcome!)],
				'conflicting_duplicate'
			)
		],
		notes: [
			{
				code: 'bounds_reversed',
				column: low ?? null,
				failing: `${num(low)} > ${num(high)}`,
				value: `${text(low ?? null)} || ' > ' || ${text(high ?? null)}`
			}
		],
		names: [],
		values: 'count(*)',
		missing: `count(*) FILTER (WHERE ${num(mean)} IS NULL AND ${num(share)} IS NULL)`,
		store: (db, sourceId) =>
			db.run(
				`INSERT INTO pilot_aggregate SELECT ?, ${pilotIdSql(text(pilot!))}, lower(${text(group!)}), ${momentSql},
					upper(${text(area ?? null)}), ${text(outcome!)}, ${num(n)}::INTEGER, ${num(mean)}, ${num(sd)},
					${num(share)},
					CASE WHEN ${num(low)} <= ${num(high)} THEN ${num(low)} END,
					CASE WHEN ${num(low)} <= ${num(high)} THEN ${num(high)} END
				FROM pilot_ok`,
				[sourceId]
			)
	};
}

async function planProces(db: Db, file: PreparedFile): Promise<Plan> {
	const { header, index } = columnsOf(file);
	const [pilot, period, area] = fixedColumns.procesregistratie.map(index);
	const measures = header
		.map((name, i) => ({ name, i }))
		.filter(({ name }) => !fixedColumns.procesregistratie.includes(name) && name !== '');
	// Periods are parsed by the same rules as every other import (2024-Q1, 2024KW01, 2024-03 …).
	await db.run(`CREATE OR REPLACE TEMP TABLE pilot_period (raw VARCHAR, label VARCHAR,
		start_date DATE, end_date DATE)`);
	const raws = await db.all<{ raw: string }>(
		`SELECT DISTINCT trim(${col(period!)}) AS raw FROM staging WHERE ${text(period!)} IS NOT NULL`
	);
	const rows = raws.flatMap(({ raw }) => {
		const p = parsePeriod(raw);
		return p ? [[raw, p.label, p.start, p.end]] : [];
	});
	await insertRows(db, 'pilot_period', ['raw', 'label', 'start_date', 'end_date'], rows);
	const num = (i: number) => cellSql(i, file.sniffed.decimal).number;
	return {
		pilot: pilot!,
		checks: [
			required(pilot!),
			required(period!),
			{
				code: 'bad_period',
				column: period!,
				failing: `${text(period!)} IS NOT NULL AND trim(${col(period!)}) NOT IN (SELECT raw FROM pilot_period)`,
				value: text(period!)
			},
			...measures.map(({ i }) => badNumber(i, file)),
			...measures.map(({ i }): Check => ({
				code: 'n_negative',
				column: i,
				failing: `${num(i)} < 0`,
				value: text(i)
			})),
			duplicateOf(
				[text(pilot!), `trim(${col(period!)})`, `upper(${text(area ?? null)})`],
				'conflicting_duplicate'
			)
		],
		notes: [],
		names: measures.map(({ name }) => name),
		values: `count(*) * ${measures.length}`,
		missing:
			measures.length === 0
				? '0'
				: measures.map(({ i }) => `count(*) FILTER (WHERE ${num(i)} IS NULL)`).join(' + '),
		store: async (db, sourceId) => {
			for (const { name, i } of measures) {
				await db.run(
					`INSERT INTO process_record SELECT ?, ${pilotIdSql(text(pilot!))}, p.label, p.start_date, p.end_date,
						upper(${text(area ?? null)}), ?, ${num(i)}
					FROM pilot_ok s JOIN pilot_period p ON p.raw = trim(s.${col(period!)})
					WHERE ${num(i)} IS NOT NULL`,
					[sourceId, name]
				);
			}
		}
	};
}

function plan(db: Db, file: PreparedFile, template: TemplateId): Promise<Plan> {
	if (template === 'deelnemers') return planDeelnemers(file);
	if (template === 'metingen') return planMetingen(file);
	if (template === 'geaggregeerd') return planGeaggregeerd(file);
	return planProces(db, file);
}

/** Runs the checks; keeps the rows without an error in temp table `pilot_ok`. */
async function runChecks(db: Db, checks: Check[], notes: Check[]): Promise<RawIssue[]> {
	// Each check is evaluated in a subquery first: window functions (duplicates) cannot sit in WHERE.
	const issues = async (list: Check[]): Promise<RawIssue[]> => {
		if (list.length === 0) return [];
		const sql = list
			.map(
				(c, k) => `SELECT rn, ${k} AS k, value, other FROM (
					SELECT rn, (${c.failing}) AS failing, (${c.value})::VARCHAR AS value,
						(${c.others ?? 'NULL'})::INTEGER AS other
					FROM staging) WHERE failing`
			)
			.join(' UNION ALL ');
		const rows = await db.all<{
			rn: number;
			k: number;
			value: string | null;
			other: number | null;
		}>(sql);
		return rows.map((r) => ({
			rn: r.rn,
			column: list[r.k]!.column,
			value: r.value ?? '',
			code: list[r.k]!.code,
			others: r.other === null ? undefined : [r.other]
		}));
	};
	const errors = await issues(checks);
	const rejected = new Set(errors.map((e) => e.rn));
	await db.run('CREATE OR REPLACE TEMP TABLE pilot_rejected (rn INTEGER)');
	await insertRows(
		db,
		'pilot_rejected',
		['rn'],
		[...rejected].map((rn) => [rn])
	);
	await db.run(
		'CREATE OR REPLACE TEMP TABLE pilot_ok AS SELECT * FROM staging WHERE rn NOT IN (SELECT rn FROM pilot_rejected)'
	);
	const kept = await issues(notes);
	return [...errors, ...kept.filter((n) => !rejected.has(n.rn))];
}

const pilotTables = ['pilot_ok', 'pilot_rejected', 'pilot_period'];

async function dropPilotStaging(db: Db, registered: string) {
	for (const table of pilotTables) await db.run(`DROP TABLE IF EXISTS temp.${table}`);
	await dropStaging(db, registered);
}

async function analyse(db: Db, file: PreparedFile, template: TemplateId, options: ImportOptions) {
	const sourceId = 'src_' + file.sha256.slice(0, 16);
	const registered = `wijkpeil-pilot-${sourceId}.csv`;
	const staged = await stage(db, file, registered);
	if (options.signal?.aborted) throw new AppError('import_cancelled');
	const planned = await plan(db, file, template);
	const raw = await runChecks(db, planned.checks, planned.notes);
	const [totals] = await db.all<{ accepted: number; values: number; missing: number }>(
		`SELECT count(*) AS accepted, (${planned.values}) AS values, (${planned.missing}) AS missing FROM pilot_ok`
	);
	const pilots = await db.all<{ name: string }>(
		`SELECT DISTINCT ${text(planned.pilot)} AS name FROM pilot_ok ORDER BY name`
	);
	const replaces = await db.all<{ id: string; name: string; imported_at: string }>(
		'SELECT id, name, imported_at FROM source WHERE name = ? AND sha256 <> ? ORDER BY imported_at',
		[file.fileName, file.sha256]
	);
	const issues = toIssues(file, staged, raw);
	const counts: Partial<Record<RowIssueCode, number>> = {};
	for (const issue of issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
	const rowsRead = staged.rows + staged.problems.reduce((n, p) => n + p.lastLine - p.line + 1, 0);
	const report: ImportReport = {
		status: 'checked',
		sourceId,
		fileName: file.fileName,
		encoding: file.decoded.encoding,
		delimiter: file.sniffed.delimiter,
		decimal: file.sniffed.decimal,
		profile: `pilot-${template}`,
		layout: 'long',
		rowsRead,
		rowsAccepted: totals?.accepted ?? 0,
		rowsRejected: rowsRead - (totals?.accepted ?? 0),
		observations: Number(totals?.values ?? 0),
		missingValues: Number(totals?.missing ?? 0),
		indicators: planned.names,
		gemeenten: [],
		replaces,
		// Pilot files go to their own tables, one pilot per file: they do not overlap.
		overlaps: [],
		// A template's columns are fixed; columns outside it are not read.
		unusedColumns: [],
		issues,
		issueCount: issues.length,
		counts
	};
	return { report, planned, registered, pilots: pilots.map((p) => p.name) };
}

/** Checks a pilot file and returns the report; stores nothing. */
export async function checkPilotFile(
	db: Db,
	file: PreparedFile,
	template: TemplateId,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const known = await db.all('SELECT id FROM source WHERE sha256 = ?', [file.sha256]);
	const sourceId = 'src_' + file.sha256.slice(0, 16);
	try {
		const { report } = await analyse(db, file, template, options);
		return known.length > 0 ? { ...report, status: 'duplicate' } : report;
	} finally {
		await dropPilotStaging(db, `wijkpeil-pilot-${sourceId}.csv`);
	}
}

/** Checks and stores a pilot file in one transaction; the same bytes twice change nothing. */
export async function importPilotFile(
	db: Db,
	file: PreparedFile,
	template: TemplateId,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const known = await db.all('SELECT id FROM source WHERE sha256 = ?', [file.sha256]);
	const sourceId = 'src_' + file.sha256.slice(0, 16);
	try {
		const { report, planned, pilots } = await analyse(db, file, template, options);
		if (known.length > 0) return { ...report, status: 'duplicate' };
		if (report.rowsAccepted === 0)
			throw new AppError('import_nothing_valid', { file: file.fileName });
		if (report.replaces.length > 0 && !options.replace)
			throw new AppError('import_needs_replace', { file: file.fileName });
		const now = (options.now ?? (() => new Date()))().toISOString();
		await durableTransaction(db, async () => {
			for (const old of report.replaces) await deleteSourceRows(db, old.id);
			if (options.signal?.aborted) throw new AppError('import_cancelled');
			for (const name of pilots) {
				await db.run(
					`INSERT INTO pilot SELECT ?, ?, NULL, ? WHERE NOT EXISTS (SELECT 1 FROM pilot WHERE id = ?)`,
					[pilotId(name), name, now, pilotId(name)]
				);
			}
			await planned.store(db, report.sourceId);
			if (options.signal?.aborted) throw new AppError('import_cancelled');
			await db.run('INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
				report.sourceId,
				file.fileName,
				file.sha256,
				report.profile,
				now,
				report.rowsRead,
				report.rowsAccepted,
				report.rowsRejected,
				options.isSample ?? false
			]);
		});
		return { ...report, status: 'imported' };
	} finally {
		await dropPilotStaging(db, `wijkpeil-pilot-${sourceId}.csv`);
	}
}
