/**
 * waarstaatjegemeente.nl-style exports (no public sample exists): fictitious files in the shapes
 * portals produce — long, a column per period, or a column per area (issue 3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/db/queries/import';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { utf8 } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const stored = (sourceId: string) =>
	db.all<{ indicator: string; area: string; period: string; value: number | null }>(
		`SELECT indicator_id AS indicator, area_code AS area, period_label AS period, value
		FROM observation WHERE source_id = ? ORDER BY indicator, area, period_start`,
		[sourceId]
	);

describe('portal exports', () => {
	it('reads a long export: indicator, area, period, value', async () => {
		const csv =
			'Indicator;Gebiedcode;Gebied;Periode;Waarde\n' +
			'Tevredenheid met de buurt (%);GM9990;Proefstad;2021;78,5\n' +
			'Tevredenheid met de buurt (%);GM9990;Proefstad;2023;80,1\n' +
			'Tevredenheid met de buurt (%);GM9991;Testdorp;2023;.\n';
		const file = await prepareFile('wsjg-lang.csv', utf8(csv));
		expect(file.mapping.layout).toBe('long');
		const report = await importFile(db, file);
		expect(await stored(report.sourceId)).toEqual([
			{ indicator: 'Tevredenheid met de buurt (%)', area: 'GM9990', period: '2021', value: 78.5 },
			{ indicator: 'Tevredenheid met de buurt (%)', area: 'GM9990', period: '2023', value: 80.1 },
			{ indicator: 'Tevredenheid met de buurt (%)', area: 'GM9991', period: '2023', value: null }
		]);
	});

	it('reads areas as rows and a column per period, with the indicator in a column', async () => {
		const csv =
			'Indicator;Gemeentecode;Gemeente;2019;2020;2021\n' +
			'Bijstand per 1.000;9990;Proefstad;41,2;40,8;39,9\n' +
			'Bijstand per 1.000;9991;Testdorp;22,0;;23,5\n';
		const file = await prepareFile('wsjg-perioden.csv', utf8(csv));
		expect(file.mapping.layout).toBe('periods');
		file.mapping.codeKind = 'gemeentenummer';
		const report = await importFile(db, file);
		expect(report.rowsRejected).toBe(0);
		const rows = await stored(report.sourceId);
		expect(rows.map((r) => [r.area, r.period, r.value])).toEqual([
			['GM9990', '2019', 41.2],
			['GM9990', '2020', 40.8],
			['GM9990', '2021', 39.9],
			['GM9991', '2019', 22],
			['GM9991', '2020', null],
			['GM9991', '2021', 23.5]
		]);
	});

	it('reads periods as rows and a column per area, with one indicator for the file', async () => {
		const csv = 'Periode,GM9990,GM9991,WK999001\n2022,12.5,8.1,15\n2023,12.9,.,14.2\n';
		const file = await prepareFile('wsjg-gebieden.csv', utf8(csv));
		expect(file.mapping.layout).toBe('areas');
		expect(file.mapping.indicators).toEqual([1, 2, 3]);
		await expect(importFile(db, file)).rejects.toMatchObject({ code: 'mapping_name_indicator' });
		file.mapping.fixedIndicator = 'Werkloosheid (%)';
		const report = await importFile(db, file);
		const rows = await stored(report.sourceId);
		expect(rows.map((r) => [r.indicator, r.area, r.period, r.value])).toEqual([
			['Werkloosheid (%)', 'GM9990', '2022', 12.5],
			['Werkloosheid (%)', 'GM9990', '2023', 12.9],
			['Werkloosheid (%)', 'GM9991', '2022', 8.1],
			['Werkloosheid (%)', 'GM9991', '2023', null],
			['Werkloosheid (%)', 'WK999001', '2022', 15],
			['Werkloosheid (%)', 'WK999001', '2023', 14.2]
		]);
		// The areas are known afterwards, so the explorer lists the gemeente (it did not).
		expect(report.gemeenten).toEqual(['GM9990', 'GM9991']);
		const areas = await db.all<{ code: string; level: string; parent: string | null }>(
			`SELECT code, level, parent FROM area WHERE code IN ('GM9990', 'GM9991', 'WK999001')
			ORDER BY code`
		);
		expect(areas).toEqual([
			{ code: 'GM9990', level: 'GM', parent: null },
			{ code: 'GM9991', level: 'GM', parent: null },
			{ code: 'WK999001', level: 'WK', parent: 'GM9990' }
		]);
	});

	it('turns gemeente numbers into GM codes (3 → GM0003) when the column holds numbers', async () => {
		const csv = 'gemeentenummer;jaar;inwoners\n3;2020;9500\n363;2020;872757\n';
		const file = await prepareFile('nummers.csv', utf8(csv));
		file.mapping.codeKind = 'gemeentenummer';
		file.mapping.areaCode = 0;
		file.mapping.indicators = [2];
		const report = await importFile(db, file);
		expect((await stored(report.sourceId)).map((r) => [r.area, r.value])).toEqual([
			['GM0003', 9500],
			['GM0363', 872757]
		]);
	});

	it('recognises a column of gemeente numbers by itself (3 → GM0003, 0014 → GM0014)', async () => {
		const csv = 'gemeentenummer;jaar;bijstand\n3;2021;120\n0014;2021;2910\n';
		const file = await prepareFile('nummers-herkend.csv', utf8(csv));
		expect(file.mapping.codeKind).toBe('gemeentenummer');
		const report = await importFile(db, file);
		expect(report.rowsRejected).toBe(0);
		expect((await stored(report.sourceId)).map((r) => [r.area, r.value])).toEqual([
			['GM0003', 120],
			['GM0014', 2910]
		]);
	});
});
