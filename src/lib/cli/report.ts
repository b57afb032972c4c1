/** Turns file results into plain Dutch text for people, or one JSON document for scripts. */
import type { ImportReport } from '$lib/db/queries/import';
import { issueMessage, SHOWN_ISSUES, valuesNotStored } from '$lib/share/import-report';
import type { FileResult } from './files';
import { cliText } from './text.nl';

const MAX_VALUE = 60;

/** C0 and C1 controls (terminal escape sequences) and bidirectional overrides. */
function isControl(code: number): boolean {
	return (
		code < 0x20 ||
		(code >= 0x7f && code < 0xa0) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069)
	);
}

/** File content shown in a terminal: line breaks made visible, other controls replaced. */
export function printable(text: string): string {
	const lines = text.replace(/\r\n|[\n\r]/g, '↵');
	return Array.from(lines, (ch) => (isControl(ch.codePointAt(0)!) ? '�' : ch)).join('');
}

export function shortValue(value: string): string {
	const chars = Array.from(value);
	return chars.length > MAX_VALUE ? chars.slice(0, MAX_VALUE - 1).join('') + '…' : value;
}

function facts(report: ImportReport): [string, string][] {
	const t = cliText;
	const l = t.labels;
	return [
		[l.encoding, t.encodings[report.encoding] ?? report.encoding],
		[l.delimiter, t.delimiterNames[report.delimiter] ?? report.delimiter],
		[l.decimal, t.decimalNames[report.decimal] ?? report.decimal],
		[l.profile, t.profiles[report.profile] ?? report.profile],
		[l.layout, t.layouts[report.layout] ?? report.layout],
		[l.rowsRead, t.number(report.rowsRead)],
		[l.rowsAccepted, t.number(report.rowsAccepted)],
		[l.rowsRejected, t.number(report.rowsRejected)],
		[l.observations, t.observations(report.observations, report.missingValues)],
		[l.indicators, t.indicators(report.indicators)]
	];
}

function issueLines(report: ImportReport): string[] {
	if (report.issueCount === 0) return [`  ${cliText.noIssues}`];
	const lines = report.issues
		.slice(0, SHOWN_ISSUES)
		.map(
			(issue) =>
				'  - ' +
				cliText.issue(
					issue.line,
					issue.code === 'unclosed_quote' ? Math.max(...(issue.otherLines ?? [])) : issue.line,
					issue.column,
					shortValue(issue.value),
					issueMessage(issue),
					cliText.severity[issue.severity]
				)
		);
	if (report.issueCount > SHOWN_ISSUES)
		lines.push('  ' + cliText.moreIssues(SHOWN_ISSUES, report.issueCount));
	return [`  ${cliText.issuesHeading(report.issueCount)}`, ...lines];
}

/** The report of one file, as lines of text. */
export function fileText(result: FileResult): string[] {
	const lines = [cliText.fileHeading(result.file)];
	const { report, error } = result;
	if (report) {
		const width = Math.max(...facts(report).map(([label]) => label.length)) + 2;
		for (const [label, value] of facts(report))
			lines.push(`  ${(label + ':').padEnd(width)}${value}`);
		lines.push(...issueLines(report));
		if (report.overlaps.length > 0) lines.push(`  ${cliText.overlaps(report.overlaps)}`);
		if (report.unusedColumns.length > 0)
			lines.push(`  ${cliText.unusedColumns(report.unusedColumns)}`);
		if (report.status === 'duplicate') lines.push(`  ${cliText.outcome.duplicate}`);
	}
	for (const note of result.notes ?? []) lines.push(`  ${note}`);
	if (error) lines.push(`  ${error.message}`, `  ${cliText.outcome.unreadable}`);
	else if (report && report.rowsAccepted === 0 && report.rowsRejected > 0)
		lines.push(`  ${cliText.outcome.nothingUsable}`);
	else if (report && report.rowsRejected > 0)
		lines.push(`  ${cliText.outcome.rejected(report.rowsRejected)}`);
	else if (report && valuesNotStored(report) > 0)
		lines.push(`  ${cliText.outcome.valuesRejected(valuesNotStored(report))}`);
	else lines.push(`  ${cliText.outcome.ok}`);
	return lines.map(printable);
}

/** The whole run as text: each file, then a summary line. */
export function runText(results: FileResult[]): string {
	const count = (code: number) => results.filter((r) => r.exitCode === code).length;
	const blocks = results.map((r) => fileText(r).join('\n'));
	return [...blocks, cliText.summary(count(0), count(1), count(2))].join('\n\n') + '\n';
}

/** One file in the JSON document; the report's fields plus the exit code (and error, if any). */
export function fileJson(result: FileResult) {
	const { report, error } = result;
	return {
		file: result.file,
		...(report && {
			status: report.status,
			sourceId: report.sourceId,
			encoding: report.encoding,
			delimiter: report.delimiter,
			decimal: report.decimal,
			profile: report.profile,
			layout: report.layout,
			rowsRead: report.rowsRead,
			rowsAccepted: report.rowsAccepted,
			rowsRejected: report.rowsRejected,
			observations: report.observations,
			missingValues: report.missingValues,
			indicators: report.indicators,
			gemeenten: report.gemeenten,
			overlaps: report.overlaps,
			unusedColumns: report.unusedColumns,
			issueCount: report.issueCount,
			issues: report.issues.map((issue) => ({
				line: issue.line,
				column: issue.column,
				value: issue.value,
				code: issue.code,
				severity: issue.severity,
				message: issueMessage(issue),
				...(issue.otherLines && { otherLines: issue.otherLines }),
				...(issue.stored !== undefined && { stored: issue.stored })
			}))
		}),
		...(error && { error }),
		...(result.notes && { notes: result.notes }),
		exitCode: result.exitCode
	};
}

export function runJson(results: FileResult[]): string {
	return JSON.stringify(results.map(fileJson), null, 2) + '\n';
}
