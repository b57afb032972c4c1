import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPilotFile } from '../../src/lib/db/queries/pilot/import';
import { processRows } from '../../src/lib/db/queries/pilot/views';
import { prepareFile } from '../../src/lib/ingest/prepare';
import {
	ALL,
	MISSING,
	NO_REASON,
	periodCounts,
	processData,
	type ProcessData
} from '../../src/lib/pilot/process';
import { activities, personValues } from '../../src/lib/pilot/process-series';
import { openTestDb } from '../helpers/node-db';
import { repoFile, utf8 } from '../helpers/files';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
const SAMPLE = 'basisbaan-voorbeeldstad-fictief-procesregistratie.csv';
const THRESHOLD = 10;

/** The sample file read directly, independently of the import: one record per line. */
function sampleRecords(): Record<string, string>[] {
	const lines = new TextDecoder()
		.decode(repoFile(`data-samples/pilot/${SAMPLE}`))
		.trim()
		.split(/\r?\n/);
	const header = lines[0]!.split(';');
	return lines.slice(1).map((line) => {
		const cells = line.split(';');
		return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
	});
}
const label = (periode: string) => periode.replace(/^(\d{4})-Q(\d)$/, '$1 K$2');
const num = (s: string | undefined) =>
	s === undefined || s === '' ? null : Number(s.replace(',', '.'));
const counts = [
	'doelgroep',
	'benaderd',
	'aangemeld',
	'gestart',
	'actief',
	'afgerond',
	'uitgevallen'
];

let db: TestDb;
let data: ProcessData;
const records = sampleRecords();

beforeAll(async () => {
	db = await openTestDb();
	const file = await prepareFile(SAMPLE, repoFile(`data-samples/pilot/${SAMPLE}`));
	const report = await importPilotFile(db, file, file.template!, { isSample: true });
	expect(report.status).toBe('imported');
	data = processData(await processRows(db, 'basisbaan-voorbeeldstad'));
});
afterAll(() => db.close());

describe('the Proces model on the imported sample procesregistratie', () => {
	it('has every quarter and wijk of the file', () => {
		expect(data.periods).toEqual([...new Set(records.map((r) => label(r.periode!)))]);
		expect(data.wijken.map((w) => w.code)).toEqual([...new Set(records.map((r) => r.wijkcode))]);
	});

	it('adds up the wijken for alle wijken, and shows every count that is not hidden as in the file', () => {
		for (const period of data.periods) {
			const shown = periodCounts(data, period, THRESHOLD);
			const inPeriod = records.filter((r) => label(r.periode!) === period);
			for (const measure of counts) {
				const total = inPeriod.reduce((s, r) => s + num(r[measure])!, 0);
				const all = shown.cells.get(ALL)!.get(measure)!;
				if (!all.hidden) expect(all.value, `${period} ${measure}`).toBe(total);
				for (const r of inPeriod) {
					const cell = shown.cells.get(r.wijkcode!)!.get(measure)!;
					const value = num(r[measure])!;
					if (value > 0 && value < THRESHOLD) expect(cell.hidden).toBe('klein');
					if (!cell.hidden) expect(cell.value).toBe(value);
				}
			}
		}
	});

	it('never leaves exactly one hidden wijk beside a shown alle-wijken count', () => {
		for (const period of data.periods) {
			const shown = periodCounts(data, period, THRESHOLD);
			for (const measure of [...counts, ...data.reasons]) {
				if (shown.cells.get(ALL)!.get(measure)!.hidden) continue;
				const hidden = data.wijken.filter((w) => shown.cells.get(w.code)!.get(measure)!.hidden);
				expect(hidden.length, `${period} ${measure}`).not.toBe(1);
			}
		}
	});

	it('hides Westerkwartier where it is small, and another wijk so it cannot be computed back', () => {
		const last = periodCounts(data, '2025 K4', THRESHOLD);
		const file = records.find((r) => r.periode === '2025-Q4' && r.wijkcode === 'WK999908')!;
		expect(num(file.afgerond)).toBeLessThan(THRESHOLD);
		expect(last.cells.get('WK999908')!.get('afgerond')!.hidden).toBe('klein');
		const complements = data.wijken.filter(
			(w) => last.cells.get(w.code)!.get('afgerond')!.hidden === 'aanvullend'
		);
		expect(complements.length).toBeGreaterThan(0);
		// Gestart is 11: not small, so shown.
		expect(last.cells.get('WK999908')!.get('gestart')).toEqual({ value: 11, hidden: null });
	});

	it('adds up the activities of the wijken per quarter', () => {
		const rows = activities(data, ALL);
		for (const row of rows) {
			const inPeriod = records.filter((r) => label(r.periode!) === row.period);
			expect(row.planned).toBe(inPeriod.reduce((s, r) => s + num(r.activiteiten_gepland)!, 0));
			expect(row.realised).toBe(
				inPeriod.reduce((s, r) => s + num(r.activiteiten_gerealiseerd)!, 0)
			);
		}
	});

	it('hides a doorlooptijd when fewer people than the threshold started in that quarter', () => {
		for (const w of data.wijken) {
			const values = personValues(data, 'doorlooptijd_dagen', w.code, THRESHOLD);
			const own = records.filter((r) => r.wijkcode === w.code);
			own.forEach((r, i) => {
				const starters = num(r.gestart)! - (i === 0 ? 0 : num(own[i - 1]!.gestart)!);
				const median = num(r.doorlooptijd_dagen);
				if (median === null) expect(values[i]).toEqual(MISSING);
				else if (starters < THRESHOLD) expect(values[i]!.hidden).toBe('klein');
				else expect(values[i]).toEqual({ value: median, hidden: null });
			});
		}
	});
});

describe('a procesregistratie with whole-pilot rows, a custom reason and a missing wijk', () => {
	it('uses the rows without wijkcode for alle wijken and counts uitval without a reason', async () => {
		const file = await prepareFile(
			'proces-eigen.csv',
			utf8(
				[
					'pilot;periode;wijkcode;doelgroep;gestart;uitgevallen;uitval_werk;uitval_schulden',
					'Proef P;2024-Q1;WK999901;200;40;12;4;0',
					'Proef P;2024-Q1;WK999902;300;50;20;9;6',
					'Proef P;2024-Q1;;520;95;33;13;6',
					'Proef P;2024-Q2;WK999901;200;60;25;15;10'
				].join('\n')
			)
		);
		expect((await importPilotFile(db, file, file.template!)).status).toBe('imported');
		const own = processData(await processRows(db, 'proef-p'));
		expect(own.reasons).toEqual(['uitval_werk', 'uitval_schulden']);
		const q1 = periodCounts(own, '2024 K1', THRESHOLD);
		expect(q1.whole).toBe(true);
		expect(q1.cells.get(ALL)!.get('gestart')).toEqual({ value: 95, hidden: null });
		// 33 - 13 - 6 = 14 without a reason for the whole pilot; 8 in WK999901 (small) and 5 in WK999902.
		expect(q1.cells.get(ALL)!.get(NO_REASON)).toEqual({ value: 14, hidden: null });
		expect(q1.cells.get('WK999901')!.get(NO_REASON)!.hidden).toBe('klein');
		const q2 = periodCounts(own, '2024 K2', THRESHOLD);
		expect(q2.whole).toBe(false);
		expect(q2.missing.map((m) => [m.area.code, m.measures])).toEqual([['WK999902', null]]);
		expect(q2.cells.get(ALL)!.get('gestart')).toEqual({ value: 60, hidden: null });
	});
});
