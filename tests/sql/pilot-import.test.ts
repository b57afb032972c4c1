import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteSource } from '../../src/lib/db/queries/import';
import { checkPilotFile, importPilotFile } from '../../src/lib/db/queries/pilot/import';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { recogniseTemplate } from '../../src/lib/pilot/templates';
import { openTestDb } from '../helpers/node-db';
import { repoFile, utf8 } from '../helpers/files';

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;

beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

async function prepared(name: string, text: string) {
	const file = await prepareFile(name, utf8(text));
	const template = recogniseTemplate(file.sniffed.header);
	if (!template) throw new Error(`not a template: ${file.sniffed.header.join(';')}`);
	return { file, template };
}

const deelnemers = [
	'pilot;deelnemer_id;groep;wijkcode;startdatum;einddatum;uitstroom_type;uitstroom_datum',
	'Proef A;p1;pilot;WK999901;2024-01-15;;werk_12;2024-09-01',
	'Proef A;p2;controle;wk999902;15-02-2024;2025-02-15;;',
	'Proef A;p3;Pilot;WK999901;2024-03-01;;;',
	'Proef A;p4;pilot;WK999901;2024-13-01;;;', // no such month
	'Proef A;p5;controle;WK999902;2024-03-01;;werk_40;2024-05-01', // unknown exit type
	'Proef A;p6;controle;WK999902;2024-03-01;;werk_27;', // exit without date
	'Proef A;p7;pilot;WK999902;2024-03-01;;verhuisd;2023-12-01', // exit before start
	'Proef A;p1;pilot;WK999901;2024-01-15;;;', // p1 again
	'Proef A;;pilot;WK999901;2024-01-15;;;' // no id
].join('\n');

describe('pilot templates through the import path', () => {
	it('reports every rejected deelnemer row with its line and reason, and stores the rest', async () => {
		const { file, template } = await prepared('deelnemers.csv', deelnemers);
		expect(template).toBe('deelnemers');
		const checked = await checkPilotFile(db, file, template);
		expect(checked.rowsRead).toBe(9);
		expect(checked.rowsAccepted).toBe(3);
		expect(checked.rowsRejected).toBe(6);
		const byLine = Object.fromEntries(checked.issues.map((i) => [i.line, i.code]));
		expect(byLine).toEqual({
			5: 'pilot_bad_date',
			6: 'pilot_bad_choice',
			7: 'pilot_exit_date_missing',
			8: 'pilot_dates_reversed',
			9: 'pilot_duplicate_participant',
			10: 'pilot_required'
		});
		expect(checked.issues.find((i) => i.line === 9)?.otherLines).toEqual([2]);
		expect(await db.all('SELECT * FROM participant')).toEqual([]);

		const report = await importPilotFile(db, file, template);
		expect(report.status).toBe('imported');
		const rows = await db.all<{ id: string; grp: string; area: string; start: string }>(
			`SELECT participant_id AS id, grp, area_code AS area, strftime(start_date, '%Y-%m-%d') AS start
			FROM participant ORDER BY id`
		);
		expect(rows).toEqual([
			{ id: 'p1', grp: 'pilot', area: 'WK999901', start: '2024-01-15' },
			{ id: 'p2', grp: 'controle', area: 'WK999902', start: '2024-02-15' },
			{ id: 'p3', grp: 'pilot', area: 'WK999901', start: '2024-03-01' }
		]);
		expect(await db.all('SELECT id, name FROM pilot')).toEqual([
			{ id: 'proef-a', name: 'Proef A' }
		]);
		expect((await importPilotFile(db, file, template)).status).toBe('duplicate');
		expect(await db.all('SELECT count(*)::INTEGER AS n FROM participant')).toEqual([{ n: 3 }]);
	});

	it('stores metingen long, keeps empty cells missing (never 0) and rejects scores off the scale', async () => {
		const { file, template } = await prepared(
			'metingen.csv',
			[
				'pilot;deelnemer_id;meetmoment;datum;welbevinden_who5;werk_12u;eenzaamheid (score 1-10)',
				'Proef A;p1;nulmeting;2024-01-15;48;nee;6,5',
				'Proef A;p1;eindmeting;2026-01-15;60;ja;',
				'Proef A;p2;nulmeting;2024-02-15;;0;4',
				'Proef A;p3;Tussenmeting;2025-03-01;120;1;5', // WHO-5 above 100
				'Proef A;p9;nulmeting;2024-02-15;40;0;3', // not in deelnemers: kept, with a note
				'Proef A;p1;nulmeting;2024-01-16;49;nee;6' // p1 nulmeting twice
			].join('\n')
		);
		expect(template).toBe('metingen');
		const report = await importPilotFile(db, file, template);
		expect(report.rowsAccepted).toBe(4);
		expect(report.issues.map((i) => [i.line, i.code, i.column])).toEqual([
			[5, 'pilot_score_out_of_range', 'welbevinden_who5'],
			[6, 'pilot_unknown_participant', 'deelnemer_id'],
			[7, 'pilot_duplicate_measurement', '']
		]);
		const who5 = await db.all<{ id: string; moment: string; score: number }>(
			`SELECT participant_id AS id, moment, score FROM measurement
			WHERE outcome = 'welbevinden_who5' ORDER BY id, moment`
		);
		expect(who5).toEqual([
			{ id: 'p1', moment: 'eindmeting', score: 60 },
			{ id: 'p1', moment: 'nulmeting', score: 48 },
			{ id: 'p9', moment: 'nulmeting', score: 40 }
		]);
		const outcomes = await db.all('SELECT outcome, unit, kind FROM pilot_outcome ORDER BY outcome');
		expect(outcomes).toEqual([
			{ outcome: 'eenzaamheid', unit: 'score 1-10', kind: 'mean' },
			{ outcome: 'welbevinden_who5', unit: 'score 0-100', kind: 'mean' },
			{ outcome: 'werk_12u', unit: expect.anything(), kind: 'share' }
		]);
		const [shares] = await db.all<{ n: number; yes: number }>(
			`SELECT count(*)::INTEGER AS n, sum(score)::INTEGER AS yes FROM measurement WHERE outcome = 'werk_12u'`
		);
		expect(shares).toEqual({ n: 4, yes: 1 });
	});

	it('turns a procesregistratie into one value per periode, wijk and measure', async () => {
		const { file, template } = await prepared(
			'proces.csv',
			[
				'pilot;periode;wijkcode;doelgroep;benaderd;aangemeld;gestart;actief;afgerond;uitgevallen;uitval_werk;uitval_anders;activiteiten_gepland;activiteiten_gerealiseerd;doorlooptijd_dagen;tevredenheid',
				'Proef A;2024-Q1;WK999901;120;40;25;20;20;0;2;1;1;10;8;21;7,5',
				'Proef A;2024KW02;WK999901;120;70;45;38;30;4;4;3;1;12;12;;7,9',
				'Proef A;2024-Q5;WK999901;120;1;1;1;1;1;0;0;0;1;1;1;1',
				'Proef A;2024-Q1;WK999901;120;41;25;20;20;0;2;1;1;10;8;21;7,5'
			].join('\n')
		);
		expect(template).toBe('procesregistratie');
		const report = await importPilotFile(db, file, template);
		expect(report.rowsAccepted).toBe(2);
		expect(report.issues.map((i) => [i.line, i.code])).toEqual([
			[4, 'bad_period'],
			[5, 'conflicting_duplicate']
		]);
		const rows = await db.all<{ period: string; measure: string; value: number }>(
			`SELECT period_label AS period, measure, value FROM process_record
			WHERE measure IN ('benaderd', 'doorlooptijd_dagen', 'tevredenheid') ORDER BY period_start, measure`
		);
		expect(rows).toEqual([
			{ period: '2024 K1', measure: 'benaderd', value: 40 },
			{ period: '2024 K1', measure: 'doorlooptijd_dagen', value: 21 },
			{ period: '2024 K1', measure: 'tevredenheid', value: 7.5 },
			{ period: '2024 K2', measure: 'benaderd', value: 70 },
			{ period: '2024 K2', measure: 'tevredenheid', value: 7.9 }
		]);
	});

	it('stores aggregated outcomes and deletes a pilot source with all its rows', async () => {
		const { file, template } = await prepared(
			'geaggregeerd.csv',
			[
				'pilot;groep;meetmoment;wijkcode;uitkomst;n;gemiddelde;sd;aandeel;ondergrens;bovengrens',
				'Proef B;pilot;nulmeting;;welbevinden_who5;120;51,2;17,9;;;',
				'Proef B;controle;nulmeting;;werk_12u;118;;;14,4;;',
				'Proef B;controle;eindmeting;;werk_12u;8;;;112;;'
			].join('\n')
		);
		expect(template).toBe('geaggregeerd');
		const report = await importPilotFile(db, file, template);
		expect(report.rowsAccepted).toBe(2);
		expect(report.issues.map((i) => [i.line, i.code])).toEqual([[4, 'share_out_of_range']]);
		const rows = await db.all(
			'SELECT grp, moment, n, mean, sd, share FROM pilot_aggregate ORDER BY grp'
		);
		expect(rows).toEqual([
			{ grp: 'controle', moment: 'nulmeting', n: 118, mean: null, sd: null, share: 14.4 },
			{ grp: 'pilot', moment: 'nulmeting', n: 120, mean: 51.2, sd: 17.9, share: null }
		]);
		await deleteSource(db, report.sourceId);
		expect(await db.all('SELECT * FROM pilot_aggregate')).toEqual([]);
		expect(await db.all('SELECT id FROM source WHERE id = ?', [report.sourceId])).toEqual([]);
	});
});

describe('the fictitious pilot sample in data-samples/pilot', () => {
	const files = [
		'basisbaan-voorbeeldstad-fictief-deelnemers.csv',
		'basisbaan-voorbeeldstad-fictief-metingen.csv',
		'basisbaan-voorbeeldstad-fictief-procesregistratie.csv',
		'regelluwe-bijstand-voorbeeldstad-fictief-geaggregeerd.csv'
	];

	it('imports every row of every template, as the app does at first start', async () => {
		const sample = await openTestDb();
		try {
			for (const name of files) {
				const file = await prepareFile(name, repoFile(`data-samples/pilot/${name}`));
				expect(file.template, name).not.toBeNull();
				const report = await importPilotFile(sample, file, file.template!, { isSample: true });
				expect(report.rowsRejected, name).toBe(0);
				expect(
					report.issues.filter((i) => i.severity !== 'note'),
					name
				).toEqual([]);
			}
			const pilots = await sample.all<{ name: string; participants: number }>(
				`SELECT name, (SELECT count(*) FROM participant WHERE pilot_id = p.id)::INTEGER AS participants
				FROM pilot p ORDER BY name`
			);
			expect(pilots.map((p) => p.name)).toEqual([
				'Basisbaan Voorbeeldstad',
				'Regelluwe bijstand Voorbeeldstad'
			]);
			expect(pilots[0]!.participants).toBeGreaterThan(500);
		} finally {
			await sample.close();
		}
	});
});
