import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, tCdf, tQuantile } from './distributions';
import { expectNear, simpson } from './testing';

describe('tQuantile', () => {
	// Critical values as printed, to 3 decimals, in any Student t table (e.g. Fisher & Yates,
	// Statistical Tables for Biological, Agricultural and Medical Research, Table III).
	it.each([
		{ p: 0.975, df: 1, table: 12.706 },
		{ p: 0.975, df: 2, table: 4.303 },
		{ p: 0.975, df: 9, table: 2.262 },
		{ p: 0.975, df: 29, table: 2.045 },
		{ p: 0.975, df: 120, table: 1.98 },
		{ p: 0.995, df: 9, table: 3.25 },
		{ p: 0.95, df: 20, table: 1.725 }
	])('tQuantile($p, $df) matches the table value $table', ({ p, df, table }) => {
		expectNear(tQuantile(p, df), table, 0.0005);
	});

	it('tQuantile inverts tCdf, also for fractional df', () => {
		for (const df of [1, 3.5, 17.776, 250])
			expectNear(tCdf(tQuantile(0.975, df), df), 0.975, 1e-12);
	});
});

describe('tCdf', () => {
	// Independent check: substituting x = √ν·tan θ turns the t density into cos^(ν−1) θ on
	// (−π/2, π/2), so F(x) is a ratio of two integrals of a smooth bounded function (ν ≥ 1), done
	// here with Simpson's rule.
	function tCdfBySimpson(x: number, df: number): number {
		const f = (theta: number) => Math.cos(theta) ** (df - 1);
		const upper = Math.atan(x / Math.sqrt(df));
		return simpson(f, -Math.PI / 2, upper) / simpson(f, -Math.PI / 2, Math.PI / 2);
	}

	it.each([
		{ x: -2.5, df: 3 },
		{ x: 1.3257, df: 9 },
		{ x: -1.8608, df: 17.776 },
		{ x: 0.4, df: 1 },
		{ x: 3, df: 60 }
	])('tCdf($x, $df) agrees with numerical integration', ({ x, df }) => {
		expectNear(tCdf(x, df), tCdfBySimpson(x, df), 1e-9);
	});
});

describe('normal distribution', () => {
	it('normalQuantile gives the familiar 1.960 and 2.576', () => {
		expectNear(normalQuantile(0.975), 1.959964, 5e-7);
		expectNear(normalQuantile(0.995), 2.575829, 5e-7);
	});

	it.each([-2.5, -1, 0, 0.5, 1.959964])('normalCdf(%d) agrees with numerical integration', (x) => {
		const density = (u: number) => Math.exp(-(u * u) / 2) / Math.sqrt(2 * Math.PI);
		expectNear(normalCdf(x), simpson(density, -12, x), 1e-10);
	});

	it('normalCdf of the 0.975 quantile is 0.975', () => {
		expect(normalCdf(normalQuantile(0.975))).toBeCloseTo(0.975, 14);
	});
});
