import { describe, expect, it } from 'vitest';
import type { ImportReport } from '$lib/db/queries/import';
import { reportCsv } from './import-report';

const report: ImportReport = {
	status: 'checked',
	sourceId: 'src_1',
	fileName: 'wijken.csv',
	encoding: 'utf-8',
	delimiter: ';',
	decimal: ',',
	profile: 'long',
	layout: 'long',
	rowsRead: 3,
	rowsAccepted: 2,
	rowsRejected: 1,
	observations: 2,
	missingValues: 0,
	indicators: ['Eenzaam (%)'],
	gemeenten: ['GM0363'],
	replaces: [],
	overlaps: [],
	unusedColumns: [],
	issues: [],
	issueCount: 0,
	counts: {}
};

describe('reportCsv', () => {
	it('writes the facts with the labels and names the screen shows', () => {
		const lines = reportCsv(report)
			.replace(/^\uFEFF/, '')
			.split('\r\n');
		expect(lines[0]).toBe('Bestand;wijken.csv');
		expect(lines[1]).toBe('Tekenset;UTF-8');
	});
});
