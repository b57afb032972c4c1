import { describe, expect, it } from 'vitest';
import { cohensD, pooledSd } from './effect-size';
import { summarise } from './mean';
import { expectNear } from './testing';

describe('pooledSd', () => {
	it('equals the root of all squared deviations from each group mean over n₁ + n₂ − 2', () => {
		// Independent route: pool the raw deviations instead of combining the two sd's.
		const a = [12, 15, 11, 18, 14, 16];
		const b = [20, 22, 17, 25, 21, 19, 23, 24];
		const squares = (xs: number[]) => {
			const m = xs.reduce((s, x) => s + x, 0) / xs.length;
			return xs.reduce((s, x) => s + (x - m) ** 2, 0);
		};
		const direct = Math.sqrt((squares(a) + squares(b)) / (a.length + b.length - 2));
		expectNear(pooledSd(summarise(a), summarise(b)), direct, 1e-12);
	});

	it('is null when a group has fewer than two scores', () => {
		expect(pooledSd({ n: 1, mean: 3, sd: null }, { n: 10, mean: 3, sd: 1 })).toBeNull();
	});
});

describe('cohensD', () => {
	it('divides the difference in differences by the pooled nulmeting sd (Morris 2008, d_ppc2)', () => {
		// Pooled sd = √((19·10² + 29·12²)/48) = √126.5833 = 11.25093; 5 / 11.25093 = 0.44441.
		const d = cohensD(5, { n: 20, mean: 50, sd: 10 }, { n: 30, mean: 52, sd: 12 });
		expectNear(d, 0.44441, 5e-6);
	});

	it.each([
		{ name: 'no difference', did: null, sd: 10 },
		{ name: 'NaN difference', did: Number.NaN, sd: 10 },
		{ name: 'no spread at the nulmeting', did: 5, sd: 0 }
	])('is null with $name', ({ did, sd }) => {
		expect(cohensD(did, { n: 20, mean: 50, sd }, { n: 30, mean: 52, sd })).toBeNull();
	});
});
