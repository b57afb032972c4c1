import { describe, expect, it } from 'vitest';
import type { TrendRow } from '$lib/db/queries/explore';
import { describeTrend } from './describe';
import { buildTrend } from './trend';

const row = (
	code: string,
	level: TrendRow['level'],
	name: string,
	period: string,
	value: number | null,
	missing: TrendRow['missing'] = null
): TrendRow => ({
	code,
	level,
	name,
	period,
	start: `${period}-01-01`,
	value,
	missing,
	ci_low: null,
	ci_high: null,
	n: null,
	subgroup: null,
	moment: null
});

const rows: TrendRow[] = [
	row('GM9999', 'GM', 'Voorbeeldstad', '2021', 50),
	row('GM9999', 'GM', 'Voorbeeldstad', '2020', 48),
	row('NL00', 'NL', 'Nederland', '2020', 45),
	row('WK999902', 'WK', 'Oude Haven', '2020', 60),
	row('WK999902', 'WK', 'Oude Haven', '2021', null, 'suppressed'),
	row('WK999901', 'WK', 'Centrum', '2021', 40)
];

describe('buildTrend', () => {
	it('leaves the gemeente and Nederland lines out when asked (counts), not the table', () => {
		const kinds = (references: boolean) =>
			buildTrend(rows, ['WK999901'], references).series.map((s) => s.kind);
		expect(kinds(true)).toEqual(['wijk', 'gemeente', 'nederland']);
		expect(kinds(false)).toEqual(['wijk']);
		const t = buildTrend(rows, ['WK999901'], false);
		expect(t.gemeente?.code).toBe('GM9999');
		expect(t.table.map((r) => r.kind)).toEqual(['gemeente', 'nederland', 'wijk', 'wijk']);
	});

	it('orders periods by start date and wijken by name', () => {
		const t = buildTrend(rows, ['WK999901']);
		expect(t.periods).toEqual(['2020', '2021']);
		expect([...t.starts]).toEqual([
			['2021', '2021-01-01'],
			['2020', '2020-01-01']
		]);
		expect(t.wijken.map((w) => w.name)).toEqual(['Centrum', 'Oude Haven']);
		expect(t.gemeente).toEqual({ code: 'GM9999', name: 'Voorbeeldstad' });
	});

	it('draws the chosen wijken plus gemeente and Nederland, and tables every area', () => {
		const t = buildTrend(rows, ['WK999901']);
		expect(t.series.map((s) => [s.key, s.kind])).toEqual([
			['WK999901', 'wijk'],
			['GM9999', 'gemeente'],
			['NL00', 'nederland']
		]);
		expect(t.table.map((r) => r.code)).toEqual(['GM9999', 'NL00', 'WK999901', 'WK999902']);
	});

	it('keeps a missing value null with its reason, for every period', () => {
		const t = buildTrend(rows, []);
		const oudeHaven = t.table.find((r) => r.code === 'WK999902')!;
		expect(oudeHaven.cells).toEqual([
			{ period: '2020', value: 60, missing: null, low: null, high: null },
			{ period: '2021', value: null, missing: 'suppressed', low: null, high: null }
		]);
		const centrum = t.table.find((r) => r.code === 'WK999901')!;
		expect(centrum.cells[0]).toEqual({
			period: '2020',
			value: null,
			missing: null,
			low: null,
			high: null
		});
	});

	it('adds the code to wijken that share a name', () => {
		const twins = [
			row('WK051801', 'WK', 'Belgisch Park', '2020', 1),
			row('WK051802', 'WK', 'Belgisch Park', '2020', 2)
		];
		expect(buildTrend(twins, []).wijken.map((w) => w.name)).toEqual([
			'Belgisch Park (WK051801)',
			'Belgisch Park (WK051802)'
		]);
	});
});

describe('describeTrend', () => {
	it('names first and last values and the gaps of every line', () => {
		const t = buildTrend(rows, ['WK999901', 'WK999902']);
		const text = describeTrend(t.series, {
			indicator: 'Eenzaamheid',
			gemeente: 'Voorbeeldstad',
			unit: '%',
			decimals: 1
		});
		expect(text).toContain(
			'Lijngrafiek van Eenzaamheid in Voorbeeldstad, 2020 tot en met 2021, met 4 lijnen.'
		);
		expect(text).toContain('Voorbeeldstad: 48,0% in 2020, 50,0% in 2021.');
		expect(text).toContain('Oude Haven heeft geen cijfer voor 2021.');
		expect(text).toContain('Centrum heeft geen cijfer voor 2020.');
	});

	it('names a single value once, not as first and last', () => {
		const t = buildTrend(
			[
				row('GM9999', 'GM', 'Voorbeeldstad', '2016', null),
				row('GM9999', 'GM', 'Voorbeeldstad', '2020', 21.3)
			],
			[]
		);
		const text = describeTrend(t.series, {
			indicator: 'Beperkt',
			gemeente: 'Voorbeeldstad',
			unit: '%',
			decimals: 1
		});
		expect(text).toContain('Voorbeeldstad: 21,3% in 2020, de enige periode met een cijfer.');
		expect(text).not.toContain('21,3% in 2020, 21,3% in 2020');
	});
});
