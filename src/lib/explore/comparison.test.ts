import { describe, expect, it } from 'vitest';
import type { TrendRow } from '$lib/db/queries/explore';
import { buildComparison } from './comparison';

const row = (
	code: string,
	level: TrendRow['level'],
	value: number | null,
	extra: Partial<TrendRow> = {}
): TrendRow => ({
	code,
	level,
	name: code,
	period: '2020',
	start: '2020-01-01',
	value,
	missing: value === null ? 'suppressed' : null,
	ci_low: null,
	ci_high: null,
	n: null,
	subgroup: null,
	moment: null,
	...extra
});
const names = { gemeente: 'Gemeente', nederland: 'Nederland' };

describe('buildComparison', () => {
	it('flags only wijken whose interval excludes the gemeente, in the indicator direction', () => {
		const rows = [
			row('GM0001', 'GM', 50),
			row('NL00', 'NL', 48),
			row('WK000101', 'WK', 60, { ci_low: 55, ci_high: 65 }),
			row('WK000102', 'WK', 52, { ci_low: 45, ci_high: 59 }),
			row('WK000103', 'WK', 40, { ci_low: 35, ci_high: 45 }),
			row('WK000104', 'WK', null)
		];
		const c = buildComparison(rows, '2020', { unit: '%', direction: 'lager_is_beter' }, names);
		expect(c.tested).toBe(true);
		expect(c.untested).toBeNull();
		// Judged by the direction, placed by the value: the better wijk lies below the gemeente.
		expect(c.rows.map((r) => [r.key, r.judgement, r.difference])).toEqual([
			['WK000101', 'ongunstiger', 'hoger'],
			['WK000102', 'geen_verschil', 'geen_verschil'],
			['WK000103', 'gunstiger', 'lager'],
			['WK000104', 'niet_getoetst', 'niet_getoetst']
		]);
		expect(c.references).toEqual([
			{ key: 'GM0001', label: 'Gemeente', value: 50 },
			{ key: 'NL00', label: 'Nederland', value: 48 }
		]);
	});

	it('flags no wijk when there are no intervals and no n', () => {
		const rows = [row('GM0001', 'GM', 50), row('WK000101', 'WK', 90), row('WK000102', 'WK', 10)];
		const c = buildComparison(rows, '2020', { unit: '%', direction: 'hoger_is_beter' }, names);
		expect(c.tested).toBe(false);
		expect(c.untested).toBe('geen_marge');
		expect(c.rows.every((r) => r.judgement === 'niet_getoetst')).toBe(true);
	});

	it('says the gemeente value is missing, not the intervals, when only the gemeente has none', () => {
		const rows = [
			row('GM0001', 'GM', null),
			row('WK000101', 'WK', 60, { ci_low: 55, ci_high: 65 }),
			row('WK000102', 'WK', 40, { ci_low: 35, ci_high: 45 })
		];
		const c = buildComparison(rows, '2020', { unit: '%', direction: 'hoger_is_beter' }, names);
		expect(c.untested).toBe('geen_gemeente');
		expect(c.references).toEqual([]);
		expect(c.rows.every((r) => r.judgement === 'niet_getoetst')).toBe(true);
	});

	it('says higher or lower, never better or worse, when the direction is unknown', () => {
		const rows = [row('GM0001', 'GM', 50), row('WK000101', 'WK', 60, { n: 400 })];
		const c = buildComparison(rows, '2020', { unit: '%', direction: 'neutraal' }, names);
		expect(c.rows[0]!.judgement).toBe('hoger');
	});

	it.each([
		{ unit: 'aantal', counts: true },
		{ unit: ' Aantallen ', counts: true },
		{ unit: '%', counts: false },
		{ unit: 'per 1.000 inwoners', counts: false }
	])('counts ($unit) are not set beside the gemeente and Nederland', ({ unit, counts }) => {
		// Bounds that would exclude the gemeente: a count is still not compared with it.
		const rows = [
			row('GM0001', 'GM', 800),
			row('NL00', 'NL', 17_000_000),
			row('WK000101', 'WK', 60, { ci_low: 55, ci_high: 65 })
		];
		const c = buildComparison(rows, '2020', { unit, direction: 'neutraal' }, names);
		expect(c.references.map((r) => r.key)).toEqual(counts ? [] : ['GM0001', 'NL00']);
		expect(c.untested).toBe(counts ? 'aantallen' : null);
		expect(c.rows[0]!.difference).toBe(counts ? 'niet_getoetst' : 'lager');
	});
});
