import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heatmapModel } from '../../src/lib/charts/heatmap/model';
import { indicatorOverrides, listIndicators, trend } from '../../src/lib/db/queries/explore';
import { gemeenteOverview } from '../../src/lib/db/queries/overview';
import { importFile } from '../../src/lib/db/queries/import';
import { resolveMeta, saveUserMeta } from '../../src/lib/db/queries/meta';
import { groupIndicators } from '../../src/lib/explore/indicator-groups';
import {
	orderedPeriods,
	periodsInRange,
	rowsInPeriods,
	rowsInWindow,
	startWindow
} from '../../src/lib/explore/period-range';
import { buildTrend } from '../../src/lib/explore/trend';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { repoFile, utf8 } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;

beforeAll(async () => {
	db = await openTestDb();
	const sample = 'voorbeeldstad-fictief.csv';
	await importFile(db, await prepareFile(sample, repoFile(`data-samples/${sample}`)));
	// An indicator the catalogue does not know, from the user's own file.
	const own =
		'code,jaar,naam,straatverlichting\nWK999901,2021,Centrum,"3,5"\nWK999902,2021,Oude Haven,4\n';
	await importFile(db, await prepareFile('eigen-telling.csv', utf8(own)));
});
afterAll(() => db.close());

describe('groupIndicators on the indicators of an imported gemeente', () => {
	it('groups by source and catalogue theme, unknown indicators under Overig', async () => {
		const { groups, matches, total } = groupIndicators(await listIndicators(db, 'GM9999'), '');
		expect(groups.map((g) => `${g.label}: ${g.indicators.map((i) => i.id).join(' | ')}`)).toEqual([
			'eigen-telling.csv · Overig: straatverlichting',
			'voorbeeldstad-fictief.csv · Bestaanszekerheid: Bijstandsuitkeringen (per 1.000 inwoners) | Moeite met rondkomen (%)',
			'voorbeeldstad-fictief.csv · Gezondheid: Ervaren gezondheid goed of zeer goed (%)',
			'voorbeeldstad-fictief.csv · Welzijn en meedoen: Eenzaamheid (%)'
		]);
		expect([matches, total]).toEqual([5, 5]);
	});

	it('finds an indicator by its plain-Dutch label from the catalogue', async () => {
		// "Voelt zich gezond" is the catalogue's B1 label, not in the file; every word must match.
		const { groups, matches } = groupIndicators(await listIndicators(db, 'GM9999'), 'voelt gezond');
		expect(matches).toBe(1);
		expect(groups.flatMap((g) => g.indicators.map((i) => i.id))).toEqual([
			'Ervaren gezondheid goed of zeer goed (%)'
		]);
	});
});

describe('a B1 label the user sets for an indicator', () => {
	it('is stored, wins over the catalogue, and is found by the search', async () => {
		const own = 'straatverlichting';
		expect(resolveMeta(own, null, null).label).toBe(own);
		await saveUserMeta(db, own, { name: 'Lantaarnpalen per straat', label: 'Licht op straat' });
		const overrides = await indicatorOverrides(db);
		expect(overrides[own]).toMatchObject({
			name: 'Lantaarnpalen per straat',
			label: 'Licht op straat'
		});
		expect(resolveMeta(own, null, overrides[own]!)).toMatchObject({
			name: 'Lantaarnpalen per straat',
			label: 'Licht op straat',
			origin: 'user'
		});
		const labels = { [own]: 'Licht op straat' };
		const found = groupIndicators(await listIndicators(db, 'GM9999'), 'licht', null, {}, labels);
		expect(found.groups.flatMap((g) => g.indicators.map((i) => i.id))).toEqual([own]);

		// The catalogue's label stays for an indicator the user renamed without giving a label.
		const health = 'Ervaren gezondheid goed of zeer goed (%)';
		await saveUserMeta(db, health, { name: 'Gezondheid' });
		const again = await indicatorOverrides(db);
		expect(resolveMeta(health, '%', again[health]!).label).toBe('Voelt zich gezond');
		// Without a catalogue label, the user's name is the label too.
		await saveUserMeta(db, own, { name: 'Lantaarnpalen' });
		expect(resolveMeta(own, null, (await indicatorOverrides(db))[own]!).label).toBe(
			'Lantaarnpalen'
		);
	});
});

describe('listIndicators', () => {
	it('names as source only the files with figures for this gemeente', async () => {
		const other = await openTestDb();
		try {
			const file = (code: string) => utf8(`gebiedscode;jaar;Eenzaamheid (%)\n${code};2022;40\n`);
			await importFile(other, await prepareFile('utrecht.csv', file('WK034401')));
			await importFile(other, await prepareFile('den-haag.csv', file('WK051801')));
			const source = async (gemeente: string) =>
				(await listIndicators(other, gemeente)).map((i) => `${i.id}: ${i.source}`);
			expect(await source('GM0344')).toEqual(['Eenzaamheid (%): utrecht.csv']);
			expect(await source('GM0518')).toEqual(['Eenzaamheid (%): den-haag.csv']);
		} finally {
			other.close();
		}
	});
});

describe('period range on the real trend and overview queries', () => {
	it('cuts the trend to the range and keeps a suppressed value as a gap, not 0', async () => {
		const rows = await trend(db, 'GM9999', 'Eenzaamheid (%)');
		const all = orderedPeriods(rows);
		expect(all).toEqual([
			'2014',
			'2015',
			'2016',
			'2017',
			'2018',
			'2019',
			'2020',
			'2021',
			'2022',
			'2023'
		]);
		const chosen = periodsInRange(all, { from: '2019', to: '2021' });
		const data = buildTrend(rowsInPeriods(rows, chosen), ['WK999902']);
		expect(data.periods).toEqual(['2019', '2020', '2021']);
		const oudeHaven = data.series.find((s) => s.key === 'WK999902')!;
		expect(oudeHaven.points.map((p) => p.period)).toEqual(['2019', '2020', '2021']);
		expect(oudeHaven.points.at(-1)).toMatchObject({ value: null, missing: 'suppressed' });
	});

	it('makes the Overzicht use the latest period inside the range for every indicator', async () => {
		const rows = await trend(db, 'GM9999', 'Eenzaamheid (%)');
		const all = orderedPeriods(rows);
		const window = startWindow(rows, periodsInRange(all, { from: '2016', to: '2020' }), all);
		expect(window).toEqual({ from: '2016-01-01', to: '2020-01-01' });
		const overview = rowsInWindow(await gemeenteOverview(db, 'GM9999'), window);
		const indicators = (await listIndicators(db, 'GM9999')).map((i) =>
			resolveMeta(i.id, i.unit, null)
		);
		const model = heatmapModel(overview, indicators);
		// The own file only has 2021: outside the range, so it has no wijk values here.
		expect(model.columns.map((c) => c.period)).toEqual(['2020', '2020', '2020', '2020']);
		expect(model.withoutWijken.map((i) => i.id)).toEqual(['straatverlichting']);
	});
});
