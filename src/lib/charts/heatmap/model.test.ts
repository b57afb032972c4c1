import { describe, expect, it } from 'vitest';
import type { Direction } from '$lib/catalog/indicators';
import {
	cellStatuses,
	cellStyle,
	heatmapModel,
	type HeatmapIndicator,
	type HeatmapObservation
} from './model';

const obs = (
	indicator: string,
	code: string,
	period: string,
	value: number | null,
	extra: Partial<HeatmapObservation> = {}
): HeatmapObservation => ({
	indicator,
	code,
	level: code.startsWith('GM') ? 'GM' : 'WK',
	name: code,
	period,
	start: `${period}-01-01`,
	value,
	missing: null,
	ci_low: null,
	ci_high: null,
	n: null,
	model: false,
	...extra
});
const ind = (
	id: string,
	direction: Direction = 'hoger_is_beter',
	unit: string | null = '%'
): HeatmapIndicator => ({
	id,
	name: id,
	unit,
	direction
});

describe('heatmapModel classifies one cell against the gemeente', () => {
	it.each([
		{
			name: 'a higher wijk whose interval excludes the gemeente is better when higher is better',
			direction: 'hoger_is_beter' as const,
			wijk: { value: 60, ci_low: 55, ci_high: 65 },
			status: 'gunstiger',
			symbol: '▲'
		},
		{
			name: 'a higher wijk is worse when lower is better',
			direction: 'lager_is_beter' as const,
			wijk: { value: 60, ci_low: 55, ci_high: 65 },
			status: 'ongunstiger',
			symbol: '▲'
		},
		{
			name: 'a lower wijk is worse when higher is better',
			direction: 'hoger_is_beter' as const,
			wijk: { value: 40, ci_low: 35, ci_high: 45 },
			status: 'ongunstiger',
			symbol: '▼'
		},
		{
			name: 'an interval that holds the gemeente value shows no demonstrable difference',
			direction: 'hoger_is_beter' as const,
			wijk: { value: 53, ci_low: 45, ci_high: 61 },
			status: 'geen_verschil',
			symbol: '='
		},
		{
			name: 'without interval or n nothing is tested, however large the gap',
			direction: 'hoger_is_beter' as const,
			wijk: { value: 90 },
			status: 'niet_getoetst',
			symbol: '?'
		},
		{
			name: 'a percentage with n gets a Wilson interval and is tested',
			direction: 'hoger_is_beter' as const,
			wijk: { value: 60, n: 1000 },
			status: 'gunstiger',
			symbol: '▲'
		},
		{
			name: 'a small n gives a wide interval: no demonstrable difference',
			direction: 'hoger_is_beter' as const,
			wijk: { value: 60, n: 20 },
			status: 'geen_verschil',
			symbol: '='
		},
		{
			name: 'a neutral indicator says higher, never better or worse',
			direction: 'neutraal' as const,
			wijk: { value: 60, ci_low: 55, ci_high: 65 },
			status: 'hoger',
			symbol: '▲'
		},
		{
			name: 'a neutral indicator says lower, never better or worse',
			direction: 'neutraal' as const,
			wijk: { value: 40, ci_low: 35, ci_high: 45 },
			status: 'lager',
			symbol: '▼'
		},
		{
			name: 'a suppressed value says so',
			direction: 'hoger_is_beter' as const,
			wijk: { value: null, missing: 'suppressed' as const },
			status: 'niet_gepubliceerd',
			symbol: '×'
		},
		{
			name: 'a missing value is "geen gegevens", never 0',
			direction: 'hoger_is_beter' as const,
			wijk: { value: null, missing: 'not_available' as const },
			status: 'geen_gegevens',
			symbol: '–'
		}
	])('$name', ({ direction, wijk, status, symbol }) => {
		const m = heatmapModel(
			[
				obs('x', 'GM0001', '2020', 50),
				obs('x', 'WK000101', '2020', wijk.value, wijk),
				obs('x', 'WK000102', '2020', 50, { ci_low: 45, ci_high: 55 })
			],
			[ind('x', direction)]
		);
		const cell = m.rows.find((r) => r.code === 'WK000101')!.cells[0]!;
		expect(cell.status).toBe(status);
		expect(cell.symbol).toBe(symbol);
		expect(cell.value).toBe(wijk.value);
	});

	it('heatmapModel does not compute an interval from n when the unit is not a percentage', () => {
		const m = heatmapModel(
			[obs('x', 'GM0001', '2020', 50), obs('x', 'WK000101', '2020', 90, { n: 5000 })],
			[ind('x', 'hoger_is_beter', 'euro')]
		);
		expect(m.rows[0]!.cells[0]!.status).toBe('niet_getoetst');
	});
});

describe('heatmapModel picks the period per indicator', () => {
	it.each([
		{
			name: 'the latest period where gemeente and a wijk both have a value',
			rows: [
				obs('x', 'GM0001', '2020', 50),
				obs('x', 'GM0001', '2021', 51),
				obs('x', 'GM0001', '2022', null, { missing: 'not_available' }),
				obs('x', 'WK000101', '2020', 40),
				obs('x', 'WK000101', '2021', 41),
				obs('x', 'WK000101', '2022', 42)
			],
			period: '2021',
			reference: 51,
			value: 41
		},
		{
			name: 'skips a period in which every wijk lacks a value',
			rows: [
				obs('x', 'GM0001', '2020', 50),
				obs('x', 'GM0001', '2021', 51),
				obs('x', 'WK000101', '2020', 40),
				obs('x', 'WK000101', '2021', null, { missing: 'suppressed' })
			],
			period: '2020',
			reference: 50,
			value: 40
		},
		{
			name: 'the latest wijk period when the gemeente has no value at all',
			rows: [obs('x', 'WK000101', '2020', 40), obs('x', 'WK000101', '2021', 41)],
			period: '2021',
			reference: null,
			value: 41
		},
		{
			name: 'orders periods by start date, not by label',
			rows: [
				obs('x', 'GM0001', '2019-2020', 50, { start: '2019-01-01' }),
				obs('x', 'GM0001', '2008', 48, { start: '2008-01-01' }),
				obs('x', 'WK000101', '2019-2020', 40, { start: '2019-01-01' }),
				obs('x', 'WK000101', '2008', 38, { start: '2008-01-01' })
			],
			period: '2019-2020',
			reference: 50,
			value: 40
		}
	])('$name', ({ rows, period, reference, value }) => {
		const m = heatmapModel(rows, [ind('x')]);
		expect(m.columns[0]).toMatchObject({ id: 'x', period, reference });
		expect(m.rows[0]!.cells[0]!.value).toBe(value);
	});

	it('heatmapModel marks every cell untested when the gemeente has no value', () => {
		const m = heatmapModel(
			[obs('x', 'WK000101', '2020', 40, { ci_low: 30, ci_high: 45 })],
			[ind('x')]
		);
		expect(m.rows[0]!.cells[0]!.status).toBe('niet_getoetst');
	});
});

describe('heatmapModel lays out rows and columns', () => {
	const rows = [
		obs('a', 'GM0001', '2020', 50),
		obs('a', 'WK000102', '2020', 70, { name: 'Zuid', ci_low: 65, ci_high: 75 }),
		obs('a', 'WK000101', '2020', 30, { name: 'Noord', ci_low: 25, ci_high: 35, model: true }),
		obs('b', 'GM0001', '2021', 10),
		obs('b', 'WK000103', '2021', 12, { name: 'Centrum' }),
		obs('c', 'GM0001', '2021', 3),
		obs('c', 'WK000101', '2021', null, { name: 'Noord', missing: 'suppressed' })
	];
	const m = heatmapModel(rows, [ind('b', 'neutraal', 'aantal'), ind('a'), ind('c')]);

	it('sorts wijken by name and keeps the columns in the given order', () => {
		expect(m.rows.map((r) => r.name)).toEqual(['Centrum', 'Noord', 'Zuid']);
		expect(m.columns.map((c) => [c.id, c.period])).toEqual([
			['b', '2021'],
			['a', '2020']
		]);
	});

	it('lists an indicator without any wijk value instead of dropping it silently', () => {
		expect(m.withoutWijken.map((i) => i.id)).toEqual(['c']);
	});

	it('gives a wijk without a row in that period "geen gegevens"', () => {
		const centrum = m.rows[0]!;
		expect(centrum.cells.map((c) => c.status)).toEqual(['niet_getoetst', 'geen_gegevens']);
	});

	it('keeps the model-estimate label on the cell and the column', () => {
		const noord = m.rows[1]!.cells[1]!;
		expect(noord.model).toBe(true);
		expect(m.columns[1]!.model).toBe(true);
		expect(m.columns[0]!.model).toBe(false);
	});

	it('counts the cells per class', () => {
		expect(m.counts).toMatchObject({
			gunstiger: 1,
			ongunstiger: 1,
			niet_getoetst: 1,
			geen_gegevens: 3
		});
		const total = Object.values(m.counts).reduce((a, b) => a + b, 0);
		expect(total).toBe(m.rows.length * m.columns.length);
	});

	it('adds the code to wijken that share a name', () => {
		const twins = heatmapModel(
			[
				obs('a', 'WK000101', '2020', 1, { name: 'Dorp' }),
				obs('a', 'WK000201', '2020', 2, { name: 'Dorp' })
			],
			[ind('a')]
		);
		expect(twins.rows.map((r) => r.name)).toEqual(['Dorp (WK000101)', 'Dorp (WK000201)']);
	});

	it('chooses decimals per column from its values', () => {
		const small = heatmapModel(
			[obs('a', 'GM0001', '2020', 0.5), obs('a', 'WK000101', '2020', 0.125)],
			[ind('a', 'neutraal', null)]
		);
		expect(small.columns[0]!.decimals).toBe(3);
		// Whole percentages stay whole: 80%, not 80,0%.
		expect(m.columns[0]!.decimals).toBe(0);
		const tenths = heatmapModel(
			[obs('a', 'GM0001', '2020', 47.5), obs('a', 'WK000101', '2020', 4.7)],
			[ind('a')]
		);
		expect(tenths.columns[0]!.decimals).toBe(1);
	});
});

/** WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string) {
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('cellStyle', () => {
	const flagged = [cellStyle.gunstiger.fill, cellStyle.ongunstiger.fill];
	it.each(['hoger', 'lager', 'geen_verschil', 'niet_getoetst'] as const)(
		'cellStyle never gives %s a better or worse colour',
		(status) => {
			expect(flagged).not.toContain(cellStyle[status].fill);
		}
	);
	it.each(cellStatuses)('cellStyle gives %s text at 4.5:1 or more', (status) => {
		const style = cellStyle[status];
		expect(contrast(style.fill, style.ink)).toBeGreaterThanOrEqual(4.5);
	});
	it.each(['niet_gepubliceerd', 'geen_gegevens'] as const)(
		'cellStyle marks %s with its own pattern, not a colour',
		(status) => {
			expect(cellStyle[status].pattern).toMatch(/gradient/);
		}
	);
	it('cellStyle tells suppressed and missing apart', () => {
		expect(cellStyle.niet_gepubliceerd.pattern).not.toBe(cellStyle.geen_gegevens.pattern);
	});
});
