import { describe, expect, it } from 'vitest';
import type { SurvivalRecord } from '$lib/db/queries/pilot/views';
import { curveKinds, curveModel, horizonOf } from './effect-curves';
import { expectNear, expectNoNaN } from './stats/testing';

const kind = (id: string) => curveKinds.find((k) => k.id === id)!;
const person = (
	grp: string,
	exitType: string | null,
	exitDate: string | null,
	censorDate = '2026-01-01'
): SurvivalRecord => ({ grp, start: '2024-01-01', exitType, exitDate, censorDate });
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

/**
 * 20 pilot participants: 5 find work of more than 12 hours in month 3, 5 stop following in month
 * 6 (moved), 10 are followed for 24 months. 20 controls: 2 find work of more than 27 hours in
 * month 3, 18 are followed for 24 months.
 */
const records: SurvivalRecord[] = [
	...times(5, () => person('pilot', 'werk_12', '2024-03-15')),
	...times(5, () => person('pilot', 'verhuisd', '2024-06-15')),
	...times(10, () => person('pilot', null, null)),
	...times(2, () => person('controle', 'werk_27', '2024-03-10')),
	...times(18, () => person('controle', null, null))
];
const groups = ['pilot', 'controle'];
const shown = () => null;

describe('curveModel', () => {
	it('curveModel gives 1 − Kaplan–Meier with Greenwood differences at the milestones', () => {
		const curve = curveModel(records, kind('werk12'), groups, 10, shown, true);
		const [pilot, control] = curve.series;
		expect(pilot!.points.find((p) => p.month === 3)!.value).toBeCloseTo(25, 10);
		expect(control!.points.find((p) => p.month === 3)!.value).toBeCloseTo(10, 10);
		const at24 = curve.milestones.find((m) => m.month === 24)!;
		const round = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);
		expect(at24.cells.map((c) => [c.grp, round(c.value), c.atRisk])).toEqual([
			['pilot', 25, 10],
			['controle', 10, 18]
		]);
		// Greenwood: Var S = S² Σ d/(n(n − d)); pilot 0.75² · 5/(20 · 15), control 0.9² · 2/(20 · 18).
		const se = Math.hypot(0.75 * Math.sqrt(5 / 300), 0.9 * Math.sqrt(2 / 360));
		const [difference] = at24.differences;
		expectNear(difference!.estimate, 15, 1e-9);
		expectNear(difference!.interval!.high - 15, 1.959964 * 100 * se, 1e-4);
		expect(difference!.verdict).toBe('geen_verschil');
		expectNoNaN(curve);
	});

	it('curveModel counts only werk_27 for more than 27 hours, and no move for the bijstand', () => {
		const werk27 = curveModel(records, kind('werk27'), groups, 10, shown, false);
		const [pilot, control] = werk27.milestones[0]!.cells;
		expect(pilot!.value).toBe(0);
		expectNear(control!.value, 10, 1e-9);
		expect(werk27.milestones[0]!.differences).toEqual([]);
		const bijstand = curveModel(records, kind('bijstand'), groups, 10, shown, false);
		// Month 6: 5 of 20 left for work in month 3; the 5 who moved in month 6 are no longer
		// followed, they did not leave the bijstand: 75% of the pilot group is still in it.
		expectNear(bijstand.series[0]!.points[6]!.value, 75, 1e-9);
		expectNear(bijstand.series[0]!.points[24]!.value, 75, 1e-9);
		expect(bijstand.series[0]!.points[7]!.atRisk).toBe(10);
	});

	it.each([
		['werk_12', 'uitgestroomd'],
		['werk_27', 'uitgestroomd'],
		['opleiding', 'uitgestroomd'],
		['anders', 'uitgestroomd'],
		['verhuisd', 'niet meer gevolgd'],
		['gestopt', 'niet meer gevolgd']
	])('curveModel counts %s in the bijstand curve as %s', (exitType, counted) => {
		const group = [
			...times(10, () => person('pilot', exitType, '2024-03-15')),
			...times(10, () => person('pilot', null, null))
		];
		const curve = curveModel(group, kind('bijstand'), ['pilot'], 5, shown, false);
		const month3 = curve.series[0]!.points[3]!.value;
		expectNear(month3, counted === 'uitgestroomd' ? 50 : 100, 1e-9);
	});

	it('curveModel stops a curve where fewer than the threshold are still followed', () => {
		const curve = curveModel(records, kind('werk12'), groups, 11, shown, true);
		const pilot = curve.series[0]!;
		// From month 7 only 10 pilot participants are followed.
		expect(pilot.stoppedAt).toBe(7);
		expect(pilot.points.at(-1)!.month).toBe(6);
		const at12 = curve.milestones.find((m) => m.month === 12)!;
		expect(at12.cells[0]).toMatchObject({ value: null, atRisk: null, hidden: 'kort' });
		expect(at12.differences).toEqual([]);
		expect(curve.milestones[0]!.cells[0]!.hidden).toBeNull();
	});

	it('curveModel hides a whole group that is hidden across wijken', () => {
		const hidden = (grp: string) => (grp === 'controle' ? ('aanvullend' as const) : null);
		const curve = curveModel(records, kind('werk12'), groups, 10, hidden, true);
		expect(curve.series[1]).toMatchObject({ n: null, hidden: 'aanvullend', points: [] });
		expect(curve.milestones.every((m) => m.cells[1]!.hidden === 'aanvullend')).toBe(true);
		expect(curve.milestones.every((m) => m.differences.length === 0)).toBe(true);
	});
});

describe('horizonOf', () => {
	it.each([
		{ name: 'no records', records: [], months: 24 },
		{ name: '24 months of follow-up', records, months: 25 },
		{ name: 'a short follow-up', records: [person('pilot', null, null, '2024-05-01')], months: 24 },
		{
			name: 'fifteen years',
			records: [person('pilot', null, null, '2039-01-01')],
			months: 120
		}
	])('horizonOf gives $months months for $name', ({ records, months }) =>
		expect(horizonOf(records)).toBe(months)
	);
});
