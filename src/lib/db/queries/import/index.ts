import { AppError } from '$lib/errors/app-error';
import { rowIssueSeverity, type ErrorCode, type RowIssueCode } from '$lib/errors/messages.nl';
import { mapping as mappingSchema } from '$lib/ingest/mapping';
import type { PreparedFile } from '$lib/ingest/prepare';
import { transaction, type Db } from '../../sql';
import { buildCandidates } from './candidate';
import { keyProblems, valueChecks, type ConflictChoice, type RawIssue } from './checks';
import { dropStaging, stage, type Staged } from './stage';
import { deleteSourceRows, storeAreas, storeIndicators, storeObservations } from './store';

export type { ConflictChoice } from './checks';

export interface ImportIssue {
	line: number;
	column: string;
	value: string;
	code: RowIssueCode;
	severity: 'error' | 'warning' | 'note';
	/** Line numbers of the other rows with the same key (duplicates), or the last line swallowed. */
	otherLines?: number[];
}

export interface ImportReport {
	status: 'checked' | 'imported' | 'duplicate';
	sourceId: string;
	fileName: string;
	encoding: string;
	delimiter: string;
	decimal: string;
	profile: string;
	layout: PreparedFile['mapping']['layout'];
	/** Data rows in the file: rowsAccepted + rowsRejected, always. */
	rowsRead: number;
	rowsAccepted: number;
	rowsRejected: number;
	/** Values that will be (or were) stored, and how many of them are missing. */
	observations: number;
	missingValues: number;
	indicators: string[];
	gemeenten: string[];
	/** Earlier imports of a file with the same name that this one replaces. */
	replaces: { id: string; name: string; imported_at: string }[];
	/** The first issues (at most MAX_ISSUES), in file order; issueCount and counts cover all. */
	issues: ImportIssue[];
	issueCount: number;
	counts: Partial<Record<RowIssueCode, number>>;
}

export interface ImportOptions {
	isSample?: boolean;
	/** What to do with rows that give one key two different values. */
	conflicts?: ConflictChoice;
	/** Replace earlier imports of a file with the same name (the user confirmed). */
	replace?: boolean;
	/** Stops the import between steps; a started transaction is rolled back. */
	signal?: AbortSignal;
	now?: () => Date;
}

export const MAX_ISSUES = 500;

function stopIfCancelled(options: ImportOptions) {
	if (options.signal?.aborted) throw new AppError('import_cancelled');
}

function toIssues(file: PreparedFile, staged: Staged, raw: RawIssue[]): ImportIssue[] {
	const header = file.sniffed.header;
	// Staged row rn is the rn-th record DuckDB read; rejected records are left out of that count.
	const rejected = new Set(staged.problems.map((p) => p.line));
	const afterHeader = file.sniffed.headerLine + 1;
	const lines = file.decoded.lines.filter((line) => line > afterHeader && !rejected.has(line));
	const lineOf = (rn: number) => lines[rn - 1] ?? 0;
	const read = staged.problems.map((p) => ({
		line: p.line,
		column: '',
		value: p.text,
		code: p.kind,
		severity: 'error' as const,
		otherLines: p.lastLine > p.line ? [p.lastLine] : undefined
	}));
	const checked = raw.map((i) => ({
		line: lineOf(i.rn),
		column: i.column === null ? '' : (header[i.column] ?? ''),
		value: i.value,
		code: i.code,
		severity: rowIssueSeverity[i.code],
		otherLines: i.others?.map(lineOf)
	}));
	return [...read, ...checked].sort((a, b) => a.line - b.line);
}

/**
 * Reads and checks a file without storing anything: the report the user sees before deciding.
 * Leaves the temp tables in place for `commitImport`.
 */
export async function analyzeImport(db: Db, file: PreparedFile, options: ImportOptions = {}) {
	const checked = mappingSchema.safeParse(file.mapping);
	if (!checked.success) throw new AppError(checked.error.issues[0]!.message as ErrorCode);
	const sourceId = 'src_' + file.sha256.slice(0, 16);
	const registered = `wijkpeil-import-${sourceId}.csv`;
	try {
		return { report: await analyzeStaged(db, file, options, sourceId, registered), registered };
	} catch (error) {
		await dropStaging(db, registered);
		throw error;
	}
}

async function analyzeStaged(
	db: Db,
	file: PreparedFile,
	options: ImportOptions,
	sourceId: string,
	registered: string
): Promise<ImportReport> {
	const staged = await stage(db, file, registered);
	stopIfCancelled(options);
	await buildCandidates(db, file);
	stopIfCancelled(options);
	const raw = await keyProblems(db, file);
	raw.push(...(await valueChecks(db, file, options.conflicts ?? 'skip')));
	stopIfCancelled(options);
	// Padding-only differences are normal; a changed case or GM3 → GM0003 gets a note per code.
	const codeColumn = file.mapping.layout === 'areas' ? null : file.mapping.areaCode;
	if (codeColumn !== null) {
		const changed = await db.all<{ rn: number; raw: string }>(
			`SELECT min(rn) AS rn, any_value(trim(c${codeColumn})) AS raw FROM keyed WHERE changed GROUP BY code`
		);
		raw.push(
			...changed.map((c) => ({
				rn: c.rn,
				column: codeColumn,
				value: c.raw,
				code: 'area_code_normalised' as const
			}))
		);
	}
	const [totals] = await db.all<{ accepted: number; observations: number; missing: number }>(
		`SELECT count(DISTINCT rn) AS accepted, count(*) AS observations, count(*) FILTER (WHERE value IS NULL) AS missing
		FROM candidate WHERE keep`
	);
	const indicators = await db.all<{ name: string }>(
		'SELECT indicator AS name FROM candidate WHERE keep GROUP BY indicator ORDER BY min(value_col), min(rn)'
	);
	const gemeenten = await db.all<{ code: string }>(
		`SELECT gemeente AS code FROM candidate WHERE keep AND gemeente IS NOT NULL
		GROUP BY gemeente ORDER BY count(DISTINCT code) DESC, gemeente`
	);
	const replaces = await db.all<{ id: string; name: string; imported_at: string }>(
		'SELECT id, name, imported_at FROM source WHERE name = ? AND sha256 <> ? ORDER BY imported_at',
		[file.fileName, file.sha256]
	);
	const issues = toIssues(file, staged, raw);
	const counts: Partial<Record<RowIssueCode, number>> = {};
	for (const issue of issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
	// A row that swallowed the lines after it (an unclosed quote) counts for each line it covers.
	const rowsRead = staged.rows + staged.problems.reduce((n, p) => n + p.lastLine - p.line + 1, 0);
	return {
		status: 'checked',
		sourceId,
		fileName: file.fileName,
		encoding: file.decoded.encoding,
		delimiter: file.sniffed.delimiter,
		decimal: file.sniffed.decimal,
		profile: file.mapping.profile,
		layout: file.mapping.layout,
		rowsRead,
		rowsAccepted: totals?.accepted ?? 0,
		rowsRejected: rowsRead - (totals?.accepted ?? 0),
		observations: totals?.observations ?? 0,
		missingValues: totals?.missing ?? 0,
		indicators: indicators.map((i) => i.name),
		gemeenten: gemeenten.map((g) => g.code),
		replaces,
		issues: issues.slice(0, MAX_ISSUES),
		issueCount: issues.length,
		counts
	};
}

/** Stores what `analyzeImport` prepared: one transaction, so it lands whole or not at all. */
async function commitImport(
	db: Db,
	file: PreparedFile,
	report: ImportReport,
	options: ImportOptions
) {
	if (report.rowsAccepted === 0)
		throw new AppError('import_nothing_valid', { file: file.fileName });
	if (report.replaces.length > 0 && !options.replace)
		throw new AppError('import_needs_replace', { file: file.fileName });
	try {
		await transaction(db, async () => {
			for (const old of report.replaces) await deleteSourceRows(db, old.id);
			stopIfCancelled(options);
			await storeObservations(db, file, report.sourceId);
			stopIfCancelled(options);
			await storeIndicators(db, report.indicators, report.sourceId);
			await storeAreas(db);
			stopIfCancelled(options);
			await db.run('INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
				report.sourceId,
				file.fileName,
				file.sha256,
				file.mapping.profile,
				(options.now ?? (() => new Date()))().toISOString(),
				report.rowsRead,
				report.rowsAccepted,
				report.rowsRejected,
				options.isSample ?? false
			]);
		});
		await db.run('CHECKPOINT');
	} catch (error) {
		if (/quota|no space|out of memory/i.test(String(error)))
			throw new AppError('db_storage_full', {}, { cause: error });
		throw error;
	}
}

/** Checks a file and returns the report; stores nothing. */
export async function checkFile(
	db: Db,
	file: PreparedFile,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const known = await db.all('SELECT id FROM source WHERE sha256 = ?', [file.sha256]);
	const { report, registered } = await analyzeImport(db, file, options);
	await dropStaging(db, registered);
	return known.length > 0 ? { ...report, status: 'duplicate' } : report;
}

/**
 * Checks and stores a file. Importing the same bytes again (same SHA-256) changes nothing; a
 * file with the same name but other bytes replaces the earlier one only with `replace: true`.
 */
export async function importFile(
	db: Db,
	file: PreparedFile,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const known = await db.all('SELECT id FROM source WHERE sha256 = ?', [file.sha256]);
	const { report, registered } = await analyzeImport(db, file, options);
	try {
		if (known.length > 0) return { ...report, status: 'duplicate' };
		await commitImport(db, file, report, options);
		return { ...report, status: 'imported' };
	} finally {
		await dropStaging(db, registered);
	}
}

/** Deletes an imported file and its values, durably. */
export async function deleteSource(db: Db, sourceId: string) {
	await transaction(db, () => deleteSourceRows(db, sourceId));
	await db.run('CHECKPOINT');
}
