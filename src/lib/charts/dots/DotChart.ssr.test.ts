import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../../tests/helpers/markup';
import DotChart from './DotChart.svelte';
import type { DotRow } from './model';

const row = (
	key: string,
	value: number | null,
	low: number | null,
	high: number | null,
	judgement: string,
	difference: DotRow['difference']
): DotRow => ({
	key,
	label: key,
	value,
	low,
	high,
	judgement,
	difference,
	missing: value === null ? 'suppressed' : null
});

describe('DotChart server render', () => {
	it('draws sorted wijken with whiskers, a flagged wijk and the references as before', async () => {
		const markup = renderMarkup(
			DotChart,
			{
				rows: [
					row('Centrum', 31, 28, 34, 'ongunstiger', 'hoger'),
					row('Haven', 24, 20, 28, 'geen_verschil', 'geen_verschil'),
					row('Noord', 18.5, 16, 21, 'gunstiger', 'lager'),
					row('Zuid', null, null, null, 'niet_getoetst', 'niet_getoetst')
				],
				references: [
					{ key: 'GM', label: 'Gemeente', value: 24.2 },
					{ key: 'NL', label: 'Nederland', value: 22.8 }
				],
				description: 'Stippengrafiek met één gemarkeerde wijk',
				unit: '%',
				decimals: 1,
				describeRow: (r) => `${r.label}: ${r.judgement}`
			},
			{ svgOnly: true }
		);
		expect(markup).toContain('Centrum: ongunstiger');
		await expect(markup).toMatchFileSnapshot('./__snapshots__/dot-chart-flag.svg');
	});
});
