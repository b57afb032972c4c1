import { describe, expect, it } from 'vitest';
import { barLayout, barModel, pairedModel, rangeModel } from './model';

describe('barModel', () => {
	it('starts every bar at 0 and draws no bar for a missing or hidden value', () => {
		const m = barModel(
			[
				{ key: 'a', value: 400 },
				{ key: 'b', value: null },
				{ key: 'c', value: 100 }
			],
			900,
			{ max: 400 }
		);
		const full = 900 - barLayout.noteWidth - barLayout.labelWidth;
		expect(m.bars.map((b) => b.length)).toEqual([full, null, full / 4]);
		expect(m.bars[1]!.noteX).toBe(barLayout.labelWidth + 6);
		expect(m.ticks[0]!.label).toBe('0');
	});

	it.each([
		{ suffix: '', labels: ['0', '1'] },
		{ suffix: '%', labels: ['0,0%', '0,2%', '0,4%', '0,6%', '0,8%', '1,0%'] }
	])(
		'labels the axis with suffix "$suffix", whole numbers only for counts',
		({ suffix, labels }) => {
			const m = barModel([{ key: 'a', value: 0 }], 900, { suffix });
			expect(m.ticks.map((t) => t.label)).toEqual(labels);
		}
	);

	it('keeps room for the bars on a narrow screen', () => {
		const m = barModel([{ key: 'a', value: 1 }], 100);
		expect(m.bars[0]!.length).toBeGreaterThanOrEqual(60);
	});
});

describe('pairedModel', () => {
	it('puts two bars per period on one axis from 0, none for null', () => {
		const m = pairedModel(
			[
				{ period: 'K1', first: 100, second: 80 },
				{ period: 'K2', first: null, second: 50 }
			],
			500,
			300
		);
		const [k1, k2] = m.groups;
		expect(k1!.first!.height).toBeCloseTo(m.baseline - k1!.first!.y);
		expect(k1!.second!.height / k1!.first!.height).toBeCloseTo(0.8);
		expect(k2!.first).toBeNull();
		expect(k2!.second!.x).toBeGreaterThan(k2!.x);
	});
});

describe('rangeModel', () => {
	it('spans the lowest to the highest dot of each period and skips null', () => {
		const m = rangeModel(
			[
				{
					period: 'K1',
					points: [
						{ key: 'a', label: 'A', value: 20 },
						{ key: 'b', label: 'B', value: 26 },
						{ key: 'c', label: 'C', value: null }
					]
				},
				{ period: 'K2', points: [{ key: 'a', label: 'A', value: null }] }
			],
			500,
			300
		);
		const [k1, k2] = m.columns;
		expect(k1!.dots.map((d) => d.key)).toEqual(['a', 'b']);
		expect(k1!.low).toBe(k1!.dots[0]!.y);
		expect(k1!.high).toBe(k1!.dots[1]!.y);
		expect(k2!.low).toBeNull();
		expect(m.empty).toBe(false);
	});
});
