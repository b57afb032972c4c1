import { AppError } from '$lib/errors/app-error';
import type { ErrorCode } from '$lib/errors/messages.nl';
import type { RowIssueCode } from '$lib/errors/row-issues.nl';
import { mapping as mappingSchema, unusedColumns } from '$lib/ingest/mapping';
import type { PreparedFile } from '$lib/ingest/prepare';
import { durableTransaction, type Db } from '../../sql';
import { buildCandidates } from './candidate';
import { keyProblems, marginProblems, valueChecks, type ConflictChoice } from './checks';
import { toIssues, type ImportIssue } from './issues';
import { mapKeys } from './keys';
import { areaNotes, overlappingFiles, summarise, totals } from './report';
import { dropTables, release, stage } from './stage';
import { deleteSourceRows, storeAreas, storeIndicators, storeObservations } from './store';

export type { ConflictChoice } from './checks';
export { toIssues, type ImportIssue } from './issues';

export interface ImportReport {
	status: 'checked' | 'imported' | 'duplicate';
	sourceId: string;
	fileName: string;
	/** With status 'duplicate': the name under which the same bytes were added before. */
	sameAs?: string;
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
	/**
	 * Other files that already give some of these values (same indicator, area, period, group
	 * and meetmoment); once this file is added, its values are the ones shown.
	 */
	overlaps: { name: string; values: number }[];
	/** Columns of the file that no role reads (see unusedColumns in mapping.ts). */
	unusedColumns: string[];
	/**
	 * Every issue, in file order: the downloadable report and the command line's --json list them
	 * all; the app and the command line's text show the first SHOWN_ISSUES.
	 */
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

function stopIfCancelled(options: ImportOptions) {
	if (options.signal?.aborted) throw new AppError('import_cancelled');
}

/** What an analysis depends on: the bytes, how they are read and mapped, and the user's choice. */
function analysisKey(file: PreparedFile, options: ImportOptions) {
	const { delimiter, decimal, headerLine, header } = file.sniffed;
	const read = { delimiter, decimal, headerLine, header };
	return JSON.stringify([file.sha256, read, file.mapping, options.conflicts ?? 'skip']);
}

/** The last analysis per database, whose temp tables stay until it is stored or replaced. */
interface Analysis {
	key: string;
	report: ImportReport;
}
const analyses = new WeakMap<Db, Analysis>();
const queues = new WeakMap<Db, Promise<unknown>>();

/** Runs import work for one database one at a time: analyses share the temp tables. */
function exclusive<T>(db: Db, work: () => Promise<T>): Promise<T> {
	const result = (queues.get(db) ?? Promise.resolve()).then(work);
	queues.set(
		db,
		result.catch(() => undefined)
	);
	return result;
}

/**
 * The earlier analysis of the same file and mapping, when its temp tables are still intact: the
 * app always checks before it stores, and storing then reads nothing again. Anything that staged
 * another file since, or dropped the tables, also dropped `import_stamp`.
 */
async function reusable(db: Db, key: string): Promise<Analysis | null> {
	const kept = analyses.get(db);
	if (kept?.key !== key) return null;
	const stamp = await db
		.all<{ key: string }>('SELECT key FROM temp.import_stamp')
		.catch(() => [] as { key: string }[]);
	return stamp[0]?.key === key ? kept : null;
}

/** Reads and checks a file without storing anything; keeps its temp tables for storing. */
async function analyze(db: Db, file: PreparedFile, options: ImportOptions): Promise<Analysis> {
	const checked = mappingSchema.safeParse(file.mapping);
	if (!checked.success) throw new AppError(checked.error.issues[0]!.message as ErrorCode);
	const key = analysisKey(file, options);
	const found = await reusable(db, key);
	if (found) return found;
	const sourceId = 'src_' + file.sha256.slice(0, 16);
	const registered = `wijkpeil-import-${sourceId}.csv`;
	analyses.delete(db);
	// The bytes of this file stay registered (checking again after an error, or with another
	// mapping, reads them again); those of any other file go.
	await release(db, file);
	try {
		const report = await analyzeStaged(db, file, options, sourceId, registered);
		await db.run('CREATE OR REPLACE TEMP TABLE import_stamp AS SELECT ?::VARCHAR AS key', [key]);
		const analysis = { key, report };
		analyses.set(db, analysis);
		return analysis;
	} catch (error) {
		await dropTables(db);
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
	// Handed over without a copy: the file stays registered until it is stored or discarded.
	const staged = await stage(db, file, registered, { handOver: true });
	stopIfCancelled(options);
	const bad = await mapKeys(db, file);
	await buildCandidates(db, file);
	stopIfCancelled(options);
	const raw = await keyProblems(db, file, bad);
	raw.push(...(await marginProblems(db, file)));
	raw.push(...(await valueChecks(db, file, options.conflicts ?? 'skip')));
	stopIfCancelled(options);
	await summarise(db, file.mapping);
	const codeColumn = file.mapping.layout === 'areas' ? null : file.mapping.areaCode;
	raw.push(...(await areaNotes(db, codeColumn)));
	const sums = await totals(db, file.mapping);
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
		rowsAccepted: sums.accepted,
		rowsRejected: rowsRead - sums.accepted,
		observations: sums.observations,
		missingValues: sums.missing,
		indicators: sums.indicators,
		gemeenten: sums.gemeenten,
		replaces: await replacedBy(db, file),
		overlaps: await overlappingFiles(db, file),
		unusedColumns: unusedColumns(file.mapping, file.sniffed.header),
		issues,
		issueCount: issues.length,
		counts
	};
}

/** Earlier imports of a file with the same name and other bytes. */
function replacedBy(db: Db, file: PreparedFile) {
	return db.all<{ id: string; name: string; imported_at: string }>(
		'SELECT id, name, imported_at FROM source WHERE name = ? AND sha256 <> ? ORDER BY imported_at',
		[file.fileName, file.sha256]
	);
}

/** Stores what `analyze` prepared: one transaction, so it lands whole or not at all. */
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
	await durableTransaction(db, async () => {
		for (const old of report.replaces) await deleteSourceRows(db, old.id);
		stopIfCancelled(options);
		await storeObservations(db, file, report.sourceId);
		stopIfCancelled(options);
		await storeIndicators(db, report.indicators, report.sourceId);
		await storeAreas(db, report.sourceId);
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
}

/** The name under which a file with the same bytes was added, or null. */
async function knownAs(db: Db, file: PreparedFile): Promise<string | null> {
	const known = await db.all<{ name: string }>(
		'SELECT name FROM source WHERE sha256 = ? ORDER BY imported_at LIMIT 1',
		[file.sha256]
	);
	return known[0]?.name ?? null;
}

/**
 * Checks a file and returns the report; stores nothing. Its temp tables stay, so that storing
 * the same file with the same mapping next (`importFile`) does not read and check it again.
 */
export function checkFile(
	db: Db,
	file: PreparedFile,
	options: ImportOptions = {}
): Promise<ImportReport> {
	return exclusive(db, async () => {
		const known = await knownAs(db, file);
		const { report } = await analyze(db, file, options);
		const fresh = { ...report, replaces: await replacedBy(db, file) };
		return known === null ? fresh : { ...fresh, status: 'duplicate' as const, sameAs: known };
	});
}

/**
 * Checks and stores a file. Importing the same bytes again (same SHA-256) changes nothing; a
 * file with the same name but other bytes replaces the earlier one only with `replace: true`.
 */
export function importFile(
	db: Db,
	file: PreparedFile,
	options: ImportOptions = {}
): Promise<ImportReport> {
	return exclusive(db, async () => {
		const known = await knownAs(db, file);
		try {
			const analysis = await analyze(db, file, options);
			const report = { ...analysis.report, replaces: await replacedBy(db, file) };
			if (known === null) {
				stopIfCancelled(options);
				await commitImport(db, file, report, options);
			}
			analyses.delete(db);
			await release(db);
			if (known === null) return { ...report, status: 'imported' as const };
			return { ...report, status: 'duplicate' as const, sameAs: known };
		} catch (error) {
			// The file's bytes stay registered, so it can be tried again (see discardCheck).
			analyses.delete(db);
			await dropTables(db);
			throw error;
		}
	});
}

/** Drops what the last check kept (the user closed the report without storing). */
export function discardCheck(db: Db): Promise<void> {
	return exclusive(db, async () => {
		analyses.delete(db);
		await release(db);
	});
}

/** Deletes an imported file and its values, durably. */
export async function deleteSource(db: Db, sourceId: string) {
	await durableTransaction(db, () => deleteSourceRows(db, sourceId));
}
