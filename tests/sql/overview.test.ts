import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heatmapModel } from '../../src/lib/charts/heatmap/model';
import { indicatorOverrides, listIndicators } from '../../src/lib/db/queries/explore';
import { gemeenteOverview } from '../../src/lib/db/queries/overview';
import { importFile } from '../../src/lib/db/queries/import';
import { resolveMeta, saveUserMeta } from '../../src/lib/db/queries/meta';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { repoFile } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;

beforeAll(async () => {
	db = await openTestDb();
	const file = await prepareFile(
		'voorbeeldstad-fictief.csv',
		repoFile('data-samples/voorbeeldstad-fictief.csv')
	);
	await importFile(db, file);
});
afterAll(() => db.close());

async function overviewModel() {
	const rows = await gemeenteOverview(db, 'GM9999');
	const overrides = await indicatorOverrides(db);
	const indicators = (await listIndicators(db, 'GM9999')).map((i) =>
		resolveMeta(i.id, i.unit, overrides[i.id] ?? null)
	);
	return { rows, model: heatmapModel(rows, indicators) };
}

describe('gemeenteOverview', () => {
	it('returns every value of the gemeente and its wijken, without Nederland', async () => {
		const { rows } = await overviewModel();
		// 4 indicators x (8 wijken + the gemeente) x 10 years.
		expect(rows).toHaveLength(4 * 9 * 10);
		expect(new Set(rows.map((r) => r.level))).toEqual(new Set(['GM', 'WK']));
		const suppressed = rows.find(
			(r) => r.code === 'WK999902' && r.period === '2021' && r.indicator === 'Eenzaamheid (%)'
		);
		expect(suppressed).toMatchObject({ value: null, missing: 'suppressed', model: false });
	});

	it('feeds the heatmap: a row per wijk, a column per indicator, flags where intervals allow', async () => {
		const { model } = await overviewModel();
		expect(model.rows.map((r) => r.name)).toEqual([
			'Centrum',
			'De Akkers',
			'Molenwijk',
			'Noorderpark',
			'Oosterweide',
			'Oude Haven',
			'Westerkwartier',
			'Zuiderhout'
		]);
		expect(model.columns).toHaveLength(4);
		expect(model.columns.every((c) => c.period === '2023' && c.reference !== null)).toBe(true);
		expect(model.counts.gunstiger + model.counts.ongunstiger).toBeGreaterThan(0);
		// Bijstand has neither bounds nor n: none of its cells may be flagged.
		const bijstand = model.columns.findIndex((c) => c.id.startsWith('Bijstand'));
		const statuses = new Set(model.rows.map((r) => r.cells[bijstand]!.status));
		expect([...statuses]).toEqual(['niet_getoetst']);
	});

	it('indicatorOverrides: a direction the user set to neutral removes better and worse', async () => {
		await saveUserMeta(db, 'Moeite met rondkomen (%)', { direction: 'neutraal' });
		expect((await indicatorOverrides(db))['Moeite met rondkomen (%)']).toMatchObject({
			direction: 'neutraal'
		});
		const { model } = await overviewModel();
		const column = model.columns.findIndex((c) => c.id === 'Moeite met rondkomen (%)');
		const statuses = model.rows.map((r) => r.cells[column]!.status);
		expect(statuses.some((s) => s === 'hoger' || s === 'lager')).toBe(true);
		expect(statuses.some((s) => s === 'gunstiger' || s === 'ongunstiger')).toBe(false);
	});
});
