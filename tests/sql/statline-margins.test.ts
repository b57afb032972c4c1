/**
 * StatLine "Gezondheid per wijk en buurt" with a `Marges` column (issue 3): MW00000 rows hold the
 * value, MOG0095 and MBG0095 rows its 95% bounds. Those rows are used, not rejected; a bound
 * without its value, a second row of one kind and an unknown code are reported by line.
 * The file is fictitious, in the layout of CBS's UntypedDataSet.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkFile, importFile } from '../../src/lib/db/queries/import';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const header =
	'ID;Leeftijd;Marges;WijkenEnBuurten;Perioden;Gemeentenaam_1;SoortRegio_2;Codering_3;ErvarenGezondheidGoedZeerGoed_4;Roker_11';
const row = (id: number, margin: string, code: string, health: string, smoker: string) =>
	`${id};20300;${margin};${code}  ;2020JJ00;Amsterdam   ;Wijk      ;${code}    ;${health.padStart(8)};${smoker.padStart(8)}`;
const lines = [
	header,
	row(0, 'MW00000', 'WK036300', '76.1', '20.0'), // line 2
	row(1, 'MOG0095', 'WK036300', '74.0', '18.0'), // line 3
	row(2, 'MBG0095', 'WK036300', '78.2', '.'), // line 4
	row(3, 'MW00000', 'WK036301', '70.5', '25.0'), // line 5: no bounds
	row(4, 'MOG0095', 'WK036302', '60.0', '30.0'), // line 6: a bound without its value
	row(5, 'MW00000', 'WK036303', '65.0', '22.0'), // line 7
	row(6, 'MW00000', 'WK036303', '66.0', '23.0'), // line 8: the value a second time
	row(7, 'XX00000', 'WK036304', '50.0', '10.0') // line 9: an unknown code
];
const file = () =>
	prepareFile('gezondheid-marges-fictief.csv', new TextEncoder().encode(lines.join('\r\n')));

it('uses the bound rows with their value and reports the rows that give nothing', async () => {
	const prepared = await file();
	expect(prepared.mapping.margins).toBe(2);
	const report = await checkFile(db, prepared);
	expect(report.rowsRead).toBe(8);
	// Lines 2-4 (one value with both bounds), 5 and 7.
	expect(report.rowsAccepted).toBe(5);
	expect(report.rowsRejected).toBe(3);
	expect(report.issues.map((i) => [i.line, i.code, i.value, i.otherLines])).toEqual([
		[6, 'margin_without_value', 'MOG0095', undefined],
		[8, 'margin_twice', 'MW00000', [7]],
		[9, 'margin_unknown', 'XX00000', undefined]
	]);
});

it('keeps a topic column with one unreadable cell as an indicator and reports that cell', async () => {
	const typo = [
		'ID;Persoonskenmerken;Marges;RegioS;ErvarenGezondheidGoedZeerGoed_6;Roker_7',
		'1;80200;MW00000;GM1680;    74.5;  12.0',
		'2;80200;MW00000;GM0358;    71.2;  13,5',
		'3;80200;MW00000;GM0197;    70.0;  11.0'
	].join('\n');
	const file = await prepareFile('roken-2020-fictief.csv', new TextEncoder().encode(typo));
	const report = await checkFile(db, file);
	expect(report.indicators).toEqual(['ErvarenGezondheidGoedZeerGoed_6', 'Roker_7']);
	expect(report.observations).toBe(5);
	expect(report.issues.map((i) => [i.line, i.column, i.code, i.value])).toEqual([
		[3, 'Roker_7', 'bad_number', '13,5']
	]);
	expect(report.unusedColumns).toEqual(['ID']);
});

it('stores each value with the bounds of its own rows, and the first of two value rows', async () => {
	const report = await importFile(db, await file());
	expect(report.status).toBe('imported');
	const rows = await db.all<{
		area: string;
		indicator: string;
		value: number | null;
		lo: number | null;
		hi: number | null;
		missing: string | null;
	}>(
		`SELECT area_code AS area, indicator_id AS indicator, value, ci_low AS lo, ci_high AS hi,
			missing_reason AS missing
		FROM observation WHERE source_id = ? ORDER BY area, indicator`,
		[report.sourceId]
	);
	expect(rows).toEqual([
		{
			area: 'WK036300',
			indicator: 'ErvarenGezondheidGoedZeerGoed_4',
			value: 76.1,
			lo: 74,
			hi: 78.2,
			missing: null
		},
		// The upper bound is suppressed ('.'): only the lower one is known.
		{ area: 'WK036300', indicator: 'Roker_11', value: 20, lo: 18, hi: null, missing: null },
		{
			area: 'WK036301',
			indicator: 'ErvarenGezondheidGoedZeerGoed_4',
			value: 70.5,
			lo: null,
			hi: null,
			missing: null
		},
		{ area: 'WK036301', indicator: 'Roker_11', value: 25, lo: null, hi: null, missing: null },
		{
			area: 'WK036303',
			indicator: 'ErvarenGezondheidGoedZeerGoed_4',
			value: 65,
			lo: null,
			hi: null,
			missing: null
		},
		{ area: 'WK036303', indicator: 'Roker_11', value: 22, lo: null, hi: null, missing: null }
	]);
});

it('reports a bound that is no number, and keeps its value', async () => {
	const csv = [
		'ID;WijkenEnBuurten;Perioden;Marges;Roken_1',
		'1;WK036300;2020JJ00;MW00000;20',
		'2;WK036300;2020JJ00;MOG0095;abc',
		'3;WK036300;2020JJ00;MBG0095;22'
	].join('\n');
	const report = await importFile(
		db,
		await prepareFile('grens-fictief.csv', new TextEncoder().encode(csv))
	);
	expect(report.issues.map((i) => [i.line, i.column, i.code, i.value, i.severity])).toEqual([
		[3, 'Roken_1', 'bad_bound', 'abc', 'warning']
	]);
	const rows = await db.all<{ value: number; lo: number | null; hi: number | null }>(
		'SELECT value, ci_low AS lo, ci_high AS hi FROM observation WHERE source_id = ?',
		[report.sourceId]
	);
	expect(rows).toEqual([{ value: 20, lo: null, hi: 22 }]);
});
