import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../../tests/helpers/markup';
import HeatmapLegend from './HeatmapLegend.svelte';
import HeatmapTable from './HeatmapTable.svelte';
import { cellStatuses, heatmapModel, type HeatmapObservation } from './model';
import { heatmapSvg } from './svg';

const obs = (
	indicator: string,
	code: string,
	value: number | null,
	extra: Partial<HeatmapObservation> = {}
): HeatmapObservation => ({
	indicator,
	code,
	level: code.startsWith('GM') ? 'GM' : 'WK',
	name: code === 'GM0001' ? 'Gemeente' : `Wijk ${code.slice(-1)}`,
	period: '2022',
	start: '2022-01-01',
	value,
	missing: null,
	ci_low: null,
	ci_high: null,
	n: null,
	model: false,
	...extra
});

const model = heatmapModel(
	[
		obs('gezond', 'GM0001', 70),
		obs('gezond', 'WK000101', 80, { ci_low: 76, ci_high: 84 }),
		obs('gezond', 'WK000102', 60, { ci_low: 55, ci_high: 65 }),
		obs('gezond', 'WK000103', 71, { ci_low: 66, ci_high: 76 }),
		obs('roken', 'GM0001', 20),
		obs('roken', 'WK000101', 30, { ci_low: 26, ci_high: 34 }),
		obs('roken', 'WK000102', null, { missing: 'suppressed' }),
		obs('roken', 'WK000103', 12, { ci_low: 9, ci_high: 15 }),
		obs('inwoners', 'GM0001', 5000),
		obs('inwoners', 'WK000101', 1500),
		obs('inwoners', 'WK000102', 2000),
		obs('inwoners', 'WK000103', 1500)
	],
	[
		{ id: 'gezond', name: 'Voelt zich gezond', unit: '%', direction: 'hoger_is_beter' },
		{ id: 'roken', name: 'Rookt', unit: '%', direction: 'lager_is_beter' },
		{ id: 'inwoners', name: 'Inwoners', unit: 'aantal', direction: 'neutraal' }
	]
);

describe('HeatmapTable server render', () => {
	it('draws better, worse, no difference, untested and suppressed cells as before', async () => {
		const markup = renderMarkup(HeatmapTable, {
			model,
			caption: 'Overzicht',
			onopen: () => undefined
		});
		expect(markup).toContain('data-status="gunstiger"');
		expect(markup).toContain('data-status="ongunstiger"');
		await expect(markup).toMatchFileSnapshot('./__snapshots__/heatmap-table.html');
	});

	it('draws the legend swatches as before', async () => {
		const markup = renderMarkup(HeatmapLegend, { shown: cellStatuses });
		await expect(markup).toMatchFileSnapshot('./__snapshots__/heatmap-legend.html');
	});
});

describe('heatmapSvg: the Overzicht as a downloadable picture', () => {
	const markup = heatmapSvg(model);

	it('has every wijk, every indicator and one cell per wijk and indicator', () => {
		for (const wijk of ['Wijk 1', 'Wijk 2', 'Wijk 3']) expect(markup).toContain(`>${wijk}</text>`);
		// Long names wrap over lines in the column head.
		for (const name of ['Voelt zich', 'gezond', 'Rookt', 'Inwoners'])
			expect(markup).toContain(`>${name}</text>`);
		expect(markup.match(/<rect x="\d+(\.\d+)?" y="\d+(\.\d+)?" width="104"/g)).toHaveLength(9);
	});

	it('colours and patterns the cells as the table does, and explains only what occurs', () => {
		const fills = [...markup.matchAll(/width="104" height="38" fill="([^"]+)"/g)].map((m) => m[1]);
		expect(fills).toContain('url(#overzicht-niet-gepubliceerd)');
		expect(fills.filter((f) => f === '#0072B2' || f === '#BF5000').length).toBeGreaterThan(0);
		expect(markup).toContain('<pattern id="overzicht-niet-gepubliceerd"');
		expect(markup).toContain('>niet gepubliceerd (te weinig gegevens)</text>');
		// No cell lacks data altogether, so that class is not in the legend.
		expect(markup).not.toContain('>geen gegevens</text>');
		expect(markup).toContain('>80%</text>');
		expect(markup).toContain('>gemeente: 70%</text>');
	});

	it('draws the picture as before', async () => {
		await expect(markup).toMatchFileSnapshot('./__snapshots__/heatmap.svg');
	});
});
