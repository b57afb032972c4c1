import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../../tests/helpers/markup';
import MapChart from './MapChart.svelte';
import type { MapShape, MapValue } from './model';

const square = (code: string, x: number, y: number): MapShape => ({
	code,
	name: `Wijk ${code.slice(-2)}`,
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x, y + 0.01],
				[x + 0.01, y + 0.01],
				[x + 0.01, y],
				[x, y]
			]
		]
	}
});

describe('MapChart server render', () => {
	it('draws the choropleth, its legend classes, the no-data pattern and the report as before', async () => {
		const shapes = [
			square('WK000101', 5, 52),
			square('WK000102', 5.01, 52),
			square('WK000103', 5, 52.01),
			square('WK000104', 5.01, 52.01),
			square('WK000105', 5.02, 52)
		];
		const values = new Map<string, MapValue>([
			['WK000101', { value: 12, missing: null }],
			['WK000102', { value: 18, missing: null }],
			['WK000103', { value: 25, missing: null }],
			['WK000104', { value: null, missing: 'suppressed' }],
			['WK000199', { value: 30, missing: null }]
		]);
		const markup = renderMarkup(MapChart, {
			shapes,
			values,
			description: 'Kaart met vijf wijken',
			format: (v) => (v === null ? 'geen gegevens' : `${v}%`),
			dataCodes: new Set(['WK000101', 'WK000102', 'WK000103', 'WK000199'])
		});
		expect(markup).toContain('url(#geen-gegevens)');
		expect(markup).toContain('fill="url(#niet-gepubliceerd)"');
		expect(markup).toContain('niet gepubliceerd (te weinig gegevens)');
		await expect(markup).toMatchFileSnapshot('./__snapshots__/map-chart.html');
	});
});
