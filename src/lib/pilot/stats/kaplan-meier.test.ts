import { describe, expect, it } from 'vitest';
import { kaplanMeier, monthOf, type ExitRecord } from './kaplan-meier';
import { expectNear, expectNoNaN } from './testing';

const start = '2020-01-15';

/** A date in month `month` since `start` (month 1 is the first month). */
function inMonth(month: number): string {
	return new Date(Date.UTC(2020, month - 1, 20)).toISOString().slice(0, 10);
}

// Freireich et al. (1963), Blood 21:699–716: remission times in weeks of the 21 leukaemia patients
// on 6-MP (R: MASS::gehan, treat == '6-MP'); a + marks a censored time. Read here as months.
const events = [6, 6, 6, 7, 10, 13, 16, 22, 23];
const censored = [6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35];

function freireich(censor: (month: number, i: number) => ExitRecord): ExitRecord[] {
	const exit = (m: number): ExitRecord => ({
		start,
		exitDate: inMonth(m),
		exitType: 'werk_12',
		censorDate: '2023-12-31'
	});
	return [...events.map(exit), ...censored.map(censor)];
}

const censoredAtEnd = (m: number): ExitRecord => ({
	start,
	exitDate: null,
	exitType: null,
	censorDate: inMonth(m)
});

// Published: the 6-MP survival estimates as in Kleinbaum & Klein, Survival Analysis: A
// Self-Learning Text (ch. 2), with the Greenwood standard errors and log-log 95% limits printed by
// R's summary(survfit(Surv(time, cens) ~ treat, data = MASS::gehan, conf.type = "log-log")).
const published = [
	{ month: 6, atRisk: 21, events: 3, s: 0.857, se: 0.0764, low: 0.62, high: 0.952 },
	{ month: 7, atRisk: 17, events: 1, s: 0.807, se: 0.0869, low: 0.563, high: 0.923 },
	{ month: 10, atRisk: 15, events: 1, s: 0.753, se: 0.0963, low: 0.503, high: 0.889 },
	{ month: 13, atRisk: 12, events: 1, s: 0.69, se: 0.1068, low: 0.432, high: 0.849 },
	{ month: 16, atRisk: 11, events: 1, s: 0.627, se: 0.1141, low: 0.368, high: 0.805 },
	{ month: 22, atRisk: 7, events: 1, s: 0.538, se: 0.1282, low: 0.268, high: 0.747 },
	{ month: 23, atRisk: 6, events: 1, s: 0.448, se: 0.1346, low: 0.188, high: 0.68 }
];

describe('kaplanMeier', () => {
	const curve = kaplanMeier(freireich(censoredAtEnd), ['werk_12', 'werk_27'], 40);

	it.each(published)('matches the published 6-MP curve at month $month', (p) => {
		const row = curve.rows[p.month]!;
		expect(row).toMatchObject({ month: p.month, atRisk: p.atRisk, events: p.events });
		// Published to 3 decimals (0.0005) in proportions: 0.05 percentage points here.
		expectNear(row.survival, 100 * p.s, 0.05);
		expectNear(row.standardError, 100 * p.se, 0.005);
		expectNear(row.survivalInterval!.low, 100 * p.low, 0.05);
		expectNear(row.survivalInterval!.high, 100 * p.high, 0.05);
		expectNear(row.cumulative, 100 * (1 - p.s), 0.05);
		expectNear(row.cumulativeInterval!.low, 100 * (1 - p.high), 0.05);
		expectNear(row.cumulativeInterval!.high, 100 * (1 - p.low), 0.05);
	});

	it('starts at 100% with everyone at risk and keeps the estimate flat between events', () => {
		expect(curve.rows[0]).toMatchObject({ month: 0, atRisk: 21, survival: 100, cumulative: 0 });
		expect(curve.rows[9]).toMatchObject({ atRisk: 16, events: 0, censored: 1 });
		expect(curve.rows[9]!.survival).toBe(curve.rows[7]!.survival);
		expect(curve.rows).toHaveLength(41);
		expect(curve).toMatchObject({ n: 21, excluded: 0 });
	});

	it('has no estimate after the last follow-up when that was censored', () => {
		expect(curve.rows[35]).toMatchObject({ atRisk: 1, censored: 1 });
		expect(curve.rows[35]!.survival).not.toBeNull();
		expect(curve.rows[36]).toMatchObject({ atRisk: 0, survival: null, cumulative: null });
		expectNoNaN(curve);
	});

	it('censors competing exits at their own date', () => {
		// The same patients, but the censored ones left by moving or stopping: same curve.
		const competing = freireich((m, i) => ({
			start,
			exitDate: inMonth(m),
			exitType: i % 2 === 0 ? 'verhuisd' : 'gestopt',
			censorDate: '2023-12-31'
		}));
		expect(kaplanMeier(competing, ['werk_12', 'werk_27'], 40)).toEqual(curve);
	});

	it('counts only the chosen exit types as events', () => {
		const records = freireich(censoredAtEnd).map((r) =>
			r.exitType === 'werk_12' && r.exitDate === inMonth(6) ? { ...r, exitType: 'werk_27' } : r
		);
		expect(kaplanMeier(records, ['werk_27'], 6).rows[6]!.events).toBe(3);
		expect(kaplanMeier(records, ['werk_12'], 6).rows[6]).toMatchObject({ events: 0, censored: 4 });
	});

	it('reaches 0% when everyone at risk has the event, and stays there', () => {
		const exit = (m: number): ExitRecord => ({
			start,
			exitDate: inMonth(m),
			exitType: 'werk_27',
			censorDate: '2023-12-31'
		});
		const all = kaplanMeier([exit(1), exit(2), exit(2)], ['werk_27'], 3);
		expect(all.rows[1]!.survivalInterval).not.toBeNull();
		expect(all.rows[2]).toMatchObject({ survival: 0, cumulative: 100, standardError: null });
		expect(all.rows[2]!.survivalInterval).toBeNull();
		expect(all.rows[3]).toMatchObject({ atRisk: 0, survival: 0, cumulative: 100 });
		expectNoNaN(all);
	});

	it('leaves out records that contradict themselves', () => {
		const records: ExitRecord[] = [
			{ start, exitDate: null, exitType: 'werk_12', censorDate: '2021-01-01' },
			{ start, exitDate: '2020-05-01', exitType: null, censorDate: '2021-01-01' },
			{ start, exitDate: '2019-12-01', exitType: 'werk_12', censorDate: '2021-01-01' },
			{ start, exitDate: null, exitType: null, censorDate: '2021-01-01' }
		];
		const result = kaplanMeier(records, ['werk_12'], 2);
		expect(result).toMatchObject({ n: 1, excluded: 3 });
	});

	it.each([
		{ name: 'no records', records: [] },
		{
			name: 'only excluded records',
			records: [{ start, exitDate: null, exitType: 'x', censorDate: start }]
		}
	])('gives no estimate with $name', ({ records }) => {
		const result = kaplanMeier(records, ['werk_12'], 3);
		expect(result.rows.map((r) => r.survival)).toEqual([null, null, null, null]);
		expectNoNaN(result);
	});

	it('has no interval before the first event', () => {
		expect(curve.rows[5]).toMatchObject({
			survival: 100,
			survivalInterval: null,
			standardError: 0
		});
	});
});

describe('monthOf', () => {
	it.each([
		{ date: '2024-01-15', month: 1 },
		{ date: '2024-02-14', month: 1 },
		{ date: '2024-02-15', month: 2 },
		{ date: '2025-01-15', month: 13 },
		{ date: '2024-01-14', month: null }
	])('puts $date in month $month since 2024-01-15', ({ date, month }) => {
		expect(monthOf('2024-01-15', date)).toBe(month);
	});

	it('counts a month as complete only on or after the same day of the month', () => {
		expect(monthOf('2024-01-31', '2024-02-29')).toBe(1);
		expect(monthOf('2024-01-31', '2024-03-31')).toBe(3);
	});

	it('throws on a date that is not JJJJ-MM-DD', () => {
		expect(() => monthOf('15-01-2024', '2024-02-01')).toThrow(TypeError);
	});
});
