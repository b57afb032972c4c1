import { describe, expect, it } from 'vitest';
import { dotModel, type DotRow } from './model';

const row = (key: string, value: number | null, judgement = 'niet_getoetst'): DotRow => ({
	key,
	label: key,
	value,
	low: value === null ? null : value - 2,
	high: value === null ? null : value + 2,
	judgement,
	missing: value === null ? 'suppressed' : null
});

describe('dotModel', () => {
	it('sorts areas from high to low and puts areas without a value last, not at 0', () => {
		const m = dotModel([row('A', 50), row('B', null), row('C', 70)], [], 600);
		expect(m.rows.map((r) => r.key)).toEqual(['C', 'A', 'B']);
		expect(m.rows[2]!.x).toBeNull();
		expect(m.xTicks.some((t) => t.label === '0')).toBe(false);
	});

	it('draws whiskers around the dot and places the references on the same scale', () => {
		const m = dotModel(
			[row('A', 50, 'gunstiger')],
			[{ key: 'GM', label: 'Gemeente', value: 45 }],
			600
		);
		const a = m.rows[0]!;
		expect(a.x1!).toBeLessThan(a.x!);
		expect(a.x2!).toBeGreaterThan(a.x!);
		expect(m.references[0]!.x).toBeLessThan(a.x1!);
		expect(a.shape).toBe('up');
	});
});
