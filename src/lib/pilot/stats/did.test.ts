import { describe, expect, it } from 'vitest';
import { changeSinceBaseline } from './change';
import {
	differenceInDifferences,
	differenceInDifferencesFromAggregates,
	ppDifferenceInDifferences
} from './did';
import { meanInterval } from './mean';
import { expectNear, expectNoNaN, simpson } from './testing';

// Student's sleep data (R's `sleep`): extra hours of sleep of the same ten patients under drug 1
// and drug 2.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('changeSinceBaseline', () => {
	it('reproduces the paired t interval of R t.test(extra ~ group, sleep, paired = TRUE)', () => {
		// R: mean difference (1 − 2) −1.58, df = 9, 95% CI −2.4598858 −0.7001142; here follow-up
		// (drug 2) minus nulmeting (drug 1), so the signs flip.
		const pairs = drug1.map((x, i) => ({ nulmeting: x, followUp: drug2[i] }));
		const change = changeSinceBaseline(pairs);
		expect(change.n).toBe(10);
		expectNear(change.mean, 1.58, 1e-12);
		expect(change.df).toBe(9);
		expectNear(change.interval!.low, 0.7001142, 5e-8);
		expectNear(change.interval!.high, 2.4598858, 5e-8);
		expectNear(change.nulmeting.mean, 0.75, 1e-12);
		expectNear(change.followUp.mean, 2.33, 1e-12);
	});

	it('uses only participants measured at both moments', () => {
		const change = changeSinceBaseline([
			{ nulmeting: 5, followUp: 7 },
			{ nulmeting: 4, followUp: null },
			{ nulmeting: undefined, followUp: 9 },
			{ nulmeting: 6, followUp: 10 }
		]);
		expect(change.n).toBe(2);
		expect(change.mean).toBe(3);
		expect(change.nulmeting).toEqual({ n: 2, mean: 5.5, sd: Math.SQRT1_2 });
	});

	it.each([
		{ name: 'no pairs', pairs: [] },
		{ name: 'no complete pair', pairs: [{ nulmeting: 5, followUp: null }] },
		{ name: 'one complete pair', pairs: [{ nulmeting: 5, followUp: 6 }] }
	])('gives no interval with $name', ({ pairs }) => {
		const change = changeSinceBaseline(pairs);
		expect(change.interval).toBeNull();
		expectNoNaN(change);
	});
});

describe('differenceInDifferences', () => {
	it('reproduces R t.test(extra ~ group, data = sleep) (Welch)', () => {
		// R: t = −1.8608, df = 17.776, p-value = 0.07939, 95% CI −3.3654832 0.2054832, means 0.75
		// and 2.33. The two groups' changes are passed as summaries, as the Effect view does.
		const did = differenceInDifferences(meanInterval(drug1), meanInterval(drug2));
		expectNear(did.estimate, -1.58, 1e-12);
		expectNear(did.df, 17.776, 0.0005);
		expectNear(did.estimate! / did.se!, -1.8608, 0.00005);
		expectNear(did.p, 0.07939, 0.000005);
		expectNear(did.interval!.low, -3.3654832, 5e-8);
		expectNear(did.interval!.high, 0.2054832, 5e-8);
		expect(did).toMatchObject({ method: 'welch', independentSamples: false });
	});

	it('takes the changes from changeSinceBaseline for each group', () => {
		const pilot = changeSinceBaseline(drug2.map((x) => ({ nulmeting: 10, followUp: 10 + x })));
		const control = changeSinceBaseline(drug1.map((x) => ({ nulmeting: 3, followUp: 3 + x })));
		const did = differenceInDifferences(pilot, control);
		expectNear(did.estimate, 1.58, 1e-9);
		expectNear(did.p, 0.07939, 0.000005);
	});

	it.each([
		{ name: 'an empty group', control: { n: 0, mean: null, sd: null }, estimate: null },
		{ name: 'a group of one', control: { n: 1, mean: 0.5, sd: null }, estimate: 0.25 }
	])('gives no interval with $name', ({ control, estimate }) => {
		const did = differenceInDifferences(meanInterval(drug1), control);
		if (estimate === null) expect(did.estimate).toBeNull();
		else expectNear(did.estimate, estimate, 1e-12);
		expect(did).toMatchObject({ se: null, df: null, interval: null, p: null });
		expectNoNaN(did);
	});

	it('gives no p-value when both groups have no spread', () => {
		const did = differenceInDifferences({ n: 5, mean: 2, sd: 0 }, { n: 5, mean: 1, sd: 0 });
		expect(did).toMatchObject({ estimate: 1, se: 0, df: null, interval: null, p: null });
	});
});

describe('differenceInDifferencesFromAggregates', () => {
	it('reduces to Welch when both nulmetingen have no spread', () => {
		// With sd = 0 at both nulmetingen only the follow-ups vary: the same two-sample Welch test
		// as R's t.test(extra ~ group, data = sleep) above.
		const flat = { n: 10, mean: 0, sd: 0 };
		const did = differenceInDifferencesFromAggregates(
			{ nulmeting: flat, followUp: meanInterval(drug1) },
			{ nulmeting: flat, followUp: meanInterval(drug2) }
		);
		expectNear(did.df, 17.776, 0.0005);
		expectNear(did.interval!.low, -3.3654832, 5e-8);
		expectNear(did.interval!.high, 0.2054832, 5e-8);
		expect(did.independentSamples).toBe(true);
	});

	it('combines four independent cells with Satterthwaite df', () => {
		// By hand: vᵢ = sᵢ²/nᵢ = 4, 7.2, 4.0333, 2.8929; V = 18.12619, se = 4.257486;
		// df = V² / Σ vᵢ²/(nᵢ − 1) = 328.5588 / 4.265995 = 77.0181. Interval and p from SciPy 1.17
		// (stats.t.ppf(0.975, 77.0181) = 1.991247, stats.t.sf): −2.477707 to 14.477707, p = 0.162777.
		const did = differenceInDifferencesFromAggregates(
			{ nulmeting: { n: 25, mean: 50, sd: 10 }, followUp: { n: 20, mean: 58, sd: 12 } },
			{ nulmeting: { n: 30, mean: 52, sd: 11 }, followUp: { n: 28, mean: 54, sd: 9 } }
		);
		expect(did.estimate).toBe(6);
		expectNear(did.se, 4.257486, 5e-7);
		expectNear(did.df, 77.0181, 5e-5);
		expectNear(did.interval!.low, -2.477707, 5e-6);
		expectNear(did.interval!.high, 14.477707, 5e-6);
		expectNear(did.p, 0.162777, 5e-6);
	});

	it('is wider than the paired analysis when the same people are measured twice', () => {
		// Follow-up = nulmeting + a small personal change: scores correlate strongly, which the
		// aggregated analysis cannot use, so its interval must be the wider (conservative) one.
		const nulPilot = [40, 55, 62, 48, 70, 51, 66, 45, 58, 60];
		const nulControl = [42, 57, 61, 50, 68, 49, 64, 47, 59, 63];
		const pilot = nulPilot.map((x, i) => ({ nulmeting: x, followUp: x + 4 + (i % 3) }));
		const control = nulControl.map((x, i) => ({ nulmeting: x, followUp: x + 1 + (i % 2) }));
		const paired = differenceInDifferences(
			changeSinceBaseline(pilot),
			changeSinceBaseline(control)
		);
		const moments = (pairs: typeof pilot) => ({
			nulmeting: meanInterval(pairs.map((p) => p.nulmeting)),
			followUp: meanInterval(pairs.map((p) => p.followUp))
		});
		const aggregated = differenceInDifferencesFromAggregates(moments(pilot), moments(control));
		expect(aggregated.estimate).toBeCloseTo(paired.estimate!, 12);
		expect(aggregated.se!).toBeGreaterThan(5 * paired.se!);
	});

	it('gives no estimate when a cell is empty', () => {
		const cell = { n: 20, mean: 5, sd: 1 };
		const empty = { n: 0, mean: null, sd: null };
		const did = differenceInDifferencesFromAggregates(
			{ nulmeting: cell, followUp: empty },
			{ nulmeting: cell, followUp: cell }
		);
		expect(did.estimate).toBeNull();
		expectNoNaN(did);
	});
});

describe('ppDifferenceInDifferences', () => {
	it('uses the normal approximation for four independent shares', () => {
		// Pilot 30% → 50%, control 30% → 35%, n = 100 each: D = 20 − 5 = 15 pp.
		// Var = (0.21 + 0.25 + 0.21 + 0.2275)/100 = 0.008975, se = 9.473648 pp; with z = 1.959964
		// the interval is −3.568008 to 33.568008 (SciPy 1.17: stats.norm.ppf). The p-value is checked
		// against Simpson integration of the normal density and SciPy's 2·norm.sf(15/se) = 0.113344.
		const cell = (percentage: number) => ({ n: 100, percentage });
		const did = ppDifferenceInDifferences(
			{ nulmeting: cell(30), followUp: cell(50) },
			{ nulmeting: cell(30), followUp: cell(35) }
		);
		expectNear(did.estimate, 15, 1e-12);
		expectNear(did.se, 9.473648, 5e-7);
		expectNear(did.interval!.low, -3.568008, 5e-7);
		expectNear(did.interval!.high, 33.568008, 5e-7);
		const density = (u: number) => Math.exp(-(u * u) / 2) / Math.sqrt(2 * Math.PI);
		expectNear(did.p, 2 * simpson(density, -12, -15 / did.se!), 1e-9);
		expectNear(did.p, 0.113344, 5e-7);
		expect(did).toMatchObject({ df: null, method: 'normal', independentSamples: true });
	});

	it.each([
		{ name: 'an empty cell', n: 0, percentage: 0, estimate: null },
		{ name: 'shares of 0% everywhere', n: 50, percentage: 0, estimate: 0 }
	])('gives no interval with $name', ({ n, percentage, estimate }) => {
		const cell = { n, percentage };
		const did = ppDifferenceInDifferences(
			{ nulmeting: cell, followUp: cell },
			{ nulmeting: cell, followUp: cell }
		);
		expect(did.estimate).toBe(estimate);
		expect(did).toMatchObject({ interval: null, p: null });
		expectNoNaN(did);
	});

	it('throws on a percentage outside 0–100', () => {
		const cell = { n: 10, percentage: 120 };
		expect(() =>
			ppDifferenceInDifferences(
				{ nulmeting: cell, followUp: cell },
				{ nulmeting: cell, followUp: cell }
			)
		).toThrow(RangeError);
	});
});
