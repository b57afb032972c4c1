/**
 * Reads the command line: `check <file>... [--json]` or `import <file>... --out <pack> [--json]`,
 * both with `--missing <text>` (repeatable) for the files' own words for "no value",
 * `--period <period>` for files without a period column and `--indicator <name>` for files with
 * a column per period or per area and no indicator column.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConflictChoice } from '$lib/db/queries/import';
import { missingWords } from '$lib/ingest/mapping';
import { parsePeriod } from '$lib/ingest/period';
import { cliText } from './text.nl';

export type Command = 'check' | 'import';

export type Invocation =
	| { kind: 'help' }
	| {
			kind: 'run';
			command: Command;
			files: string[];
			json: boolean;
			out: string | null;
			/** The files' own texts for "no value" (as the mapping step's `missing`). */
			missing: string[];
			/** The period of files without a period column (as the mapping step's `fixedPeriod`). */
			period?: string;
			/** The indicator of files with a column per period or area (the mapping's `fixedIndicator`). */
			indicator?: string;
			/** Which of two different values for one key to keep (the report's choice); default none. */
			conflicts?: ConflictChoice;
	  }
	| { kind: 'usage-error'; message: string };

export function parseCommandLine(argv: string[]): Invocation {
	const t = cliText.usageErrors;
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				json: { type: 'boolean', default: false },
				out: { type: 'string', short: 'o' },
				missing: { type: 'string', multiple: true, default: [] },
				period: { type: 'string' },
				indicator: { type: 'string' },
				conflicts: { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		// Node names the option in quotes: "Unknown option '--jsn'".
		const option = /'([^']+)'/.exec(String((error as Error).message))?.[1] ?? '?';
		return { kind: 'usage-error', message: t.badOption(option) };
	}
	const { values, positionals } = parsed;
	if (values.help) return { kind: 'help' };
	const [command, ...files] = positionals;
	if (command === undefined) return { kind: 'usage-error', message: t.noCommand };
	if (command !== 'check' && command !== 'import')
		return { kind: 'usage-error', message: t.unknownCommand(command) };
	if (files.length === 0) return { kind: 'usage-error', message: t.noFiles };
	const out = values.out ?? null;
	if (command === 'import' && out === null) return { kind: 'usage-error', message: t.noOut };
	if (command === 'check' && out !== null)
		return { kind: 'usage-error', message: t.outOnlyForImport };
	// Writing the pack over a file being read would destroy the user's CSV.
	if (out !== null && files.some((f) => resolve(f) === resolve(out)))
		return { kind: 'usage-error', message: t.outIsInput(out) };
	// The mapping step's own rule (mapping.ts): trimmed, 1 to 40 characters, at most 20 words.
	const missing = missingWords.safeParse(values.missing);
	if (!missing.success) {
		const word = missing.error.issues[0]?.path[0];
		const message =
			typeof word === 'number' ? t.badMissing(values.missing[word]!.trim()) : t.tooManyMissing;
		return { kind: 'usage-error', message };
	}
	const period = values.period?.trim();
	if (period !== undefined && parsePeriod(period) === null)
		return { kind: 'usage-error', message: t.badPeriod(period) };
	const indicator = values.indicator?.trim();
	if (indicator !== undefined && (indicator === '' || indicator.length > 200))
		return { kind: 'usage-error', message: t.badIndicator };
	const conflicts = values.conflicts?.trim();
	if (conflicts !== undefined && conflicts !== 'first' && conflicts !== 'last')
		return { kind: 'usage-error', message: t.badConflicts(conflicts) };
	return {
		kind: 'run',
		command,
		files,
		json: values.json,
		out,
		missing: missing.data,
		period,
		...(indicator && { indicator }),
		...(conflicts && { conflicts })
	};
}
