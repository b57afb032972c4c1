import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../../tests/helpers/markup';
import LineChart from './LineChart.svelte';
import type { LineSeries } from './model';

const periods = ['2016', '2017', '2018', '2019', '2020'];
const series: LineSeries[] = [
	{
		key: 'WK000101',
		label: 'Centrum',
		kind: 'wijk',
		points: [
			{ period: '2016', value: 20.5, low: 18, high: 23 },
			{ period: '2017', value: 22, low: 19.5, high: 24.5 },
			// a suppressed value: a gap with a marker, never drawn as 0
			{ period: '2018', value: null, missing: 'suppressed' },
			{ period: '2019', value: 25, low: 22, high: 28 },
			{ period: '2020', value: 24.5, low: 21.5, high: 27.5 }
		]
	},
	{
		key: 'GM0001',
		label: 'Gemeente',
		kind: 'gemeente',
		points: periods.map((period, i) => ({ period, value: 21 + i * 0.5 }))
	}
];

describe('LineChart server render', () => {
	it('draws a line with a gap and an interval band as before', async () => {
		const markup = renderMarkup(
			LineChart,
			{
				series,
				periods,
				description: 'Lijngrafiek met een gat in 2018',
				unit: '%',
				decimals: 1
			},
			{ svgOnly: true }
		);
		expect(markup).toContain('<path');
		await expect(markup).toMatchFileSnapshot('./__snapshots__/line-chart-gap-band.svg');
	});
});
