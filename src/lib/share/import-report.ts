import type { ImportReport } from '$lib/db/queries/import';
import { fillTemplate } from '$lib/errors/app-error';
import { rowIssues, rowIssueSeverity, type RowIssueCode } from '$lib/errors/row-issues.nl';
import { importText } from '$lib/components/import/text.nl';
import { toCsv } from './csv';

/** How many issues the app and the command line's text show; the rest are in the downloads. */
export const SHOWN_ISSUES = 500;

/**
 * Values that are not stored although their row is: in a file with a column per indicator, one
 * unreadable cell drops that value and keeps the rest of the row.
 */
export function valuesNotStored(report: ImportReport): number {
	if (report.rowsRejected > 0) return 0;
	return Object.entries(report.counts).reduce(
		(n, [code, count]) => (rowIssueSeverity[code as RowIssueCode] === 'error' ? n + count : n),
		0
	);
}

/** The Dutch message of one issue, with its values filled in. */
export function issueMessage(issue: ImportReport['issues'][number]): string {
	return fillTemplate(rowIssues[issue.code], {
		value: issue.value,
		column: issue.column,
		others: (issue.otherLines ?? []).join(', '),
		stored: issue.stored ?? ''
	});
}

/** The validation report as CSV: what was read, and every issue with line, column and value. */
export function reportCsv(report: ImportReport): string {
	const t = importText;
	const facts: [string, string | number][] = [
		[t.file, report.fileName],
		[t.encoding, (t.encodingNames as Record<string, string>)[report.encoding] ?? report.encoding],
		[t.delimiter, report.delimiter === '\t' ? 'tab' : report.delimiter],
		[t.decimal, report.decimal],
		[t.profile, t.profiles[report.profile] ?? report.profile],
		[t.facts.rowsRead, report.rowsRead],
		[t.facts.rowsAccepted, report.rowsAccepted],
		[t.facts.rowsRejected, report.rowsRejected],
		[t.facts.observations, report.observations],
		[t.facts.unusedColumns, report.unusedColumns.join(', ')]
	];
	const header = [t.issueLine, t.issueColumn, t.issueValue, t.issueSeverity, t.issueReason];
	const issues = report.issues.map((i) => [
		i.line,
		i.column,
		i.value,
		t.severity[i.severity],
		issueMessage(i)
	]);
	return toCsv([...facts, [], header, ...issues]);
}
