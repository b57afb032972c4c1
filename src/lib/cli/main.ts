/**
 * The command-line tool (`npx wijkpeil`): the app's ingest core in Node, for checking files in
 * scripts and for building a data pack without a browser. bin/wijkpeil.js loads the bundle that
 * vite.cli.config.ts builds from this file.
 */
import { openNodeDb } from '$lib/db/node';
import { parseCommandLine } from './args';
import { overallExitCode, processFiles, type ExitCode } from './files';
import { writePack } from './pack';
import { runJson, runText } from './report';
import { cliText } from './text.nl';

export interface Output {
	stdout(text: string): void;
	stderr(text: string): void;
}

const processOutput: Output = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
};

/** Runs the tool with the arguments after `wijkpeil` and returns the exit code. */
export async function main(argv: string[], output: Output = processOutput): Promise<ExitCode> {
	const invocation = parseCommandLine(argv);
	if (invocation.kind === 'help') {
		output.stdout(cliText.usage + '\n');
		return 0;
	}
	if (invocation.kind === 'usage-error') {
		output.stderr(`${invocation.message}\n\n${cliText.usage}\n`);
		return 2;
	}
	const { command, files, json, out, missing, period, indicator, conflicts } = invocation;
	const db = await openNodeDb();
	try {
		const results = await processFiles(db, files, command, {
			missing,
			period,
			indicator,
			conflicts
		});
		output.stdout(json ? runJson(results) : runText(results));
		let exitCode = overallExitCode(results);
		if (command === 'import' && out !== null) {
			if (exitCode === 2) output.stderr(cliText.packNotWritten + '\n');
			else {
				try {
					const written = await writePack(db, out);
					const sources = results.filter((r) => r.report?.status === 'imported').length;
					// With --json, stdout holds only the JSON document.
					const note = cliText.packWritten(out, written, sources) + '\n';
					if (json) output.stderr(note);
					else output.stdout(note);
				} catch {
					output.stderr(cliText.errors.pack_unwritable(out) + '\n');
					exitCode = 2;
				}
			}
		}
		return exitCode;
	} finally {
		db.close();
	}
}
