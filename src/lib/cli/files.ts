/**
 * Runs each file through the same ingest core as the app: prepareFile (decode, sniff, recognise
 * the columns) and then checkFile or importFile against a real DuckDB engine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
	checkFile,
	importFile,
	type ConflictChoice,
	type ImportReport
} from '$lib/db/queries/import';
import type { Db } from '$lib/db/sql';
import { AppError, toUserMessage } from '$lib/errors/app-error';
import { prepareFile, type PreparedFile } from '$lib/ingest/prepare';
import { checkPilotFile } from '$lib/db/queries/pilot/import';
import type { Command } from './args';
import { valuesNotStored } from '$lib/share/import-report';
import { cliText } from './text.nl';

/** 0: usable without rejected rows; 1: some rows rejected; 2: the file cannot be read at all. */
export type ExitCode = 0 | 1 | 2;

export interface FileResult {
	/** The path as given on the command line. */
	file: string;
	/** What the check found; also present for a file with no usable row at all. */
	report?: ImportReport;
	/** Why the file cannot be imported: a stable code and its Dutch text. */
	error?: { code: string; message: string };
	/** Options that did not apply to this file, in Dutch. */
	notes?: string[];
	exitCode: ExitCode;
}

class CliError extends Error {
	constructor(
		readonly code: keyof typeof cliText.errors,
		readonly userMessage: string,
		options?: ErrorOptions
	) {
		super(code, options);
	}
}

function describeError(error: unknown): { code: string; message: string } {
	if (error instanceof CliError) return { code: error.code, message: error.userMessage };
	if (error instanceof AppError) {
		const message = toUserMessage(error);
		if (error.code === 'mapping_no_period')
			return { code: error.code, message: `${message} ${cliText.errors.periodHint}` };
		return error.code.startsWith('mapping_')
			? { code: error.code, message: `${message} ${cliText.errors.mappingHint}` }
			: { code: error.code, message };
	}
	// Unexpected: toUserMessage writes the raw error to stderr and returns a general text.
	return { code: 'unexpected', message: toUserMessage(error) };
}

async function readBytes(file: string): Promise<Uint8Array> {
	try {
		return new Uint8Array(await readFile(file));
	} catch (cause) {
		throw new CliError('file_unreadable', cliText.errors.file_unreadable(file), { cause });
	}
}

export interface FileOptions {
	/** The user's own words for "no value", added to what the file's mapping already has. */
	missing?: readonly string[];
	/** The period of a file without a period column; it replaces a year guessed from the name. */
	period?: string;
	/** The indicator of a file with a column per period or area and no indicator column. */
	indicator?: string;
	/** Which of two different values for one key to keep; default: neither (both reported). */
	conflicts?: ConflictChoice;
}

/** The file with the options applied, and a note for each option that does not apply to it. */
function withOptions(file: PreparedFile, { missing = [], period, indicator }: FileOptions) {
	const notes: string[] = [];
	const periodColumn = file.mapping.layout === 'periods' || file.mapping.period !== null;
	if (period !== undefined && (file.template || periodColumn))
		notes.push(cliText.periodNotUsed(period));
	// Only a column per period or per area without an indicator column needs the name.
	const named = isPivotedWithoutIndicator(file.mapping);
	if (indicator !== undefined && (file.template || !named))
		notes.push(cliText.indicatorNotUsed(indicator));
	if (file.template) return { prepared: file, notes };
	const mapping = { ...file.mapping };
	if (missing.length > 0) mapping.missing = [...new Set([...(mapping.missing ?? []), ...missing])];
	if (period !== undefined && !periodColumn) mapping.fixedPeriod = period;
	if (indicator !== undefined && named) mapping.fixedIndicator = indicator;
	return { prepared: { ...file, mapping }, notes };
}

const isPivotedWithoutIndicator = (m: PreparedFile['mapping']) =>
	(m.layout === 'periods' || m.layout === 'areas') && m.indicator === null;

async function processFile(
	db: Db,
	file: string,
	command: Command,
	options: FileOptions
): Promise<FileResult> {
	let report: ImportReport | undefined;
	let notes: string[] = [];
	try {
		// The name without folders, as in the app: profiles read a year or table id from it.
		const bytes = await readBytes(file);
		const applied = withOptions(await prepareFile(path.basename(file), bytes), options);
		const { prepared } = applied;
		notes = applied.notes;
		// The app asks for the name; here only --indicator can give it.
		const { mapping } = prepared;
		if (!prepared.template && isPivotedWithoutIndicator(mapping) && !mapping.fixedIndicator?.trim())
			throw new CliError('mapping_no_indicator', cliText.errors.mapping_no_indicator);
		const choice = options.conflicts ? { conflicts: options.conflicts } : {};
		if (prepared.template && command === 'check') {
			report = await checkPilotFile(db, prepared, prepared.template);
			if (report.rowsAccepted === 0)
				throw new AppError('import_nothing_valid', { file: prepared.fileName });
		} else if (prepared.template) {
			// Pilot data (often about persons) never goes into a pack that can be shared.
			throw new CliError('pilot_not_packed', cliText.errors.pilot_not_packed(prepared.fileName));
		} else if (command === 'check') {
			report = await checkFile(db, prepared, choice);
			// Read, but every row rejected: that is rows rejected (1), not an unreadable file.
			if (report.rowsAccepted === 0 && report.rowsRejected === 0)
				throw new AppError('import_nothing_valid', { file: prepared.fileName });
		} else {
			try {
				report = await importFile(db, prepared, choice);
			} catch (error) {
				// importFile refuses a file without one usable row; show the check that says why.
				if (error instanceof AppError && error.code === 'import_nothing_valid') {
					report = await checkFile(db, prepared, choice);
					if (report.rowsRejected > 0)
						return { file, report, ...(notes.length > 0 && { notes }), exitCode: 1 };
				}
				if (error instanceof AppError && error.code === 'import_needs_replace')
					throw new CliError('same_name', cliText.errors.same_name(prepared.fileName));
				throw error;
			}
		}
		const unused = report.rowsRejected + valuesNotStored(report);
		return { file, report, ...(notes.length > 0 && { notes }), exitCode: unused > 0 ? 1 : 0 };
	} catch (error) {
		const described = describeError(error);
		return { file, report, error: described, ...(notes.length > 0 && { notes }), exitCode: 2 };
	}
}

/** Checks (or imports) every file in turn; one unreadable file does not stop the others. */
export async function processFiles(
	db: Db,
	files: string[],
	command: Command,
	options: FileOptions = {}
): Promise<FileResult[]> {
	const results: FileResult[] = [];
	for (const file of files) results.push(await processFile(db, file, command, options));
	return results;
}

/** The exit code of the whole run: the worst of its files. */
export function overallExitCode(results: FileResult[]): ExitCode {
	return results.reduce<ExitCode>((worst, r) => (r.exitCode > worst ? r.exitCode : worst), 0);
}
