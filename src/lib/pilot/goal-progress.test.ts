import { describe, expect, it } from 'vitest';
import {
	contextSeries,
	earliestRow,
	effectSeries,
	latestRows,
	processSeries,
	progressOf,
	scopeRow,
	suppressSeries,
	type OutcomeMoment,
	type ProcessRecord,
	type SeriesRow,
	type ShownRow
} from './goal-progress';
import type { TargetFields } from './goals';

const quarter =
	(label: string, start: string, end: string) =>
	(areaCode: string | null, measure: string, value: number | null): ProcessRecord => ({
		periodLabel: label,
		periodStart: start,
		periodEnd: end,
		areaCode,
		measure,
		value
	});
const q1 = quarter('2024-Q1', '2024-01-01', '2024-03-31');
const q2 = quarter('2024-Q2', '2024-04-01', '2024-06-30');
const records: ProcessRecord[] = [
	q1('WK1', 'doelgroep', 100),
	q1('WK1', 'gestart', 8),
	q1('WK1', 'activiteiten_gepland', 5),
	q1('WK1', 'tevredenheid', 7.5),
	q1('WK2', 'doelgroep', 200),
	q1('WK2', 'gestart', 30),
	q1('WK2', 'tevredenheid', 8),
	q2('WK1', 'doelgroep', 100),
	q2('WK1', 'gestart', 12),
	q2('WK2', 'doelgroep', 200),
	q2('WK2', 'gestart', 40)
];

const pick = (rows: SeriesRow[], period: string) =>
	rows
		.filter((r) => r.period === period)
		.map((r) => [r.total ? 'totaal' : r.areaCode, r.value, r.n]);

describe('processSeries', () => {
	it('processSeries computes bereik per wijk and over all wijken from the summed counts', () => {
		const rows = processSeries(records, 'bereik');
		expect(pick(rows, '2024-Q1')).toEqual([
			['WK1', 8, 8],
			['WK2', 15, 30],
			['totaal', (100 * 38) / 300, 38]
		]);
		expect(pick(rows, '2024-Q2')).toEqual([
			['WK1', 12, 12],
			['WK2', 20, 40],
			['totaal', (100 * 52) / 300, 52]
		]);
		expect(rows.find((r) => r.total)).toMatchObject({ date: '2024-03-31', order: '2024-01-01' });
	});

	it.each([
		{
			measure: 'gestart',
			q1: [
				['WK1', 8, 8],
				['WK2', 30, 30],
				['totaal', 38, 38]
			]
		},
		{
			measure: 'activiteiten_gepland',
			q1: [
				['WK1', 5, null],
				['totaal', 5, null]
			]
		},
		// A mean of wijken is not the mean of everyone: no total; n is the people who started.
		{
			measure: 'tevredenheid',
			q1: [
				['WK1', 7.5, 8],
				['WK2', 8, 30]
			]
		}
	])('processSeries($measure) sums counts only, and counts people only', ({ measure, q1 }) => {
		expect(pick(processSeries(records, measure), '2024-Q1')).toEqual(q1);
	});

	it('processSeries uses the rows without wijk as the total when the file has them', () => {
		const rows = processSeries([...records, q1(null, 'gestart', 50)], 'gestart');
		expect(pick(rows, '2024-Q1')).toEqual([
			['WK1', 8, 8],
			['WK2', 30, 30],
			['totaal', 50, 50]
		]);
	});
});

/** Wilson score interval in %, written out here as an independent check. */
function wilson(successes: number, n: number) {
	const z = 1.959963984540054;
	const p = successes / n;
	const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
	const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
	return [100 * (centre - half), 100 * (centre + half)];
}

const moment = (patch: Partial<OutcomeMoment>): OutcomeMoment => ({
	moment: 'nulmeting',
	areaCode: null,
	total: true,
	n: 10,
	mean: null,
	sd: null,
	successes: null,
	share: null,
	ciLow: null,
	ciHigh: null,
	date: null,
	...patch
});

describe('effectSeries', () => {
	it('effectSeries gives a share of person data in % with its Wilson interval', () => {
		const [row] = effectSeries([moment({ successes: 3, n: 10, mean: 0.3 })], 'share');
		const [low, high] = wilson(3, 10);
		expect(row!.value).toBeCloseTo(30, 9);
		expect(row!.ciLow).toBeCloseTo(low!, 6);
		expect(row!.ciHigh).toBeCloseTo(high!, 6);
	});

	it('effectSeries gives a mean with its t interval (t(0.975; 24) = 2.0639)', () => {
		const [row] = effectSeries([moment({ mean: 50, sd: 10, n: 25 })], 'mean');
		expect(row!.value).toBe(50);
		expect(row!.ciLow).toBeCloseTo(50 - 2.063899 * 2, 4);
		expect(row!.ciHigh).toBeCloseTo(50 + 2.063899 * 2, 4);
	});

	it('effectSeries keeps the interval a table delivered, and orders meetmomenten in time', () => {
		const rows = effectSeries(
			[
				moment({ moment: 'follow-up', mean: 51, sd: 9, n: 40, ciLow: 48, ciHigh: 54 }),
				moment({ moment: 'eindmeting', share: 18.5, n: 130 }),
				moment({ moment: 'nulmeting', share: 3.9, n: 152 })
			],
			'share'
		);
		expect(rows.map((r) => [r.period, r.order])).toEqual([
			['follow-up', '04'],
			['eindmeting', '03'],
			['nulmeting', '01']
		]);
		expect([rows[0]!.ciLow, rows[0]!.ciHigh]).toEqual([48, 54]);
		const [low, high] = wilson(24, 130); // 18.5% of 130 ≈ 24 people
		expect(rows[1]!.value).toBe(18.5);
		expect(rows[1]!.ciLow).toBeCloseTo(low!, 6);
		expect(rows[1]!.ciHigh).toBeCloseTo(high!, 6);
	});
});

const row = (patch: Partial<SeriesRow>): SeriesRow => ({
	areaCode: null,
	total: false,
	period: 'p',
	order: '1',
	date: null,
	value: 1,
	n: null,
	ciLow: null,
	ciHigh: null,
	...patch
});
const hiddenOf = (rows: ShownRow[]) => rows.map((r) => [r.total ? 'totaal' : r.areaCode, r.hidden]);

describe('suppressSeries', () => {
	const cells = [
		row({ areaCode: 'WK1', n: 8, value: 40, date: '2024-03-31' }),
		row({ areaCode: 'WK2', n: 17, value: 50 }),
		row({ areaCode: 'WK3', n: 30, value: 60 }),
		row({ total: true, n: 55, value: 53 })
	];

	it('suppressSeries hides a small wijk and, beside a total, the next smallest wijk too', () => {
		const shown = suppressSeries(cells, 10, 'pilot');
		expect(hiddenOf(shown)).toEqual([
			['WK1', 'klein'],
			['WK2', 'aanvullend'],
			['WK3', null],
			['totaal', null]
		]);
		expect(shown[0]).toMatchObject({ value: null, n: null, ciLow: null, ciHigh: null, date: null });
		expect(shown[2]).toMatchObject({ value: 60, n: 30 });
	});

	it('suppressSeries hides only small cells of published figures and rows without a total', () => {
		expect(hiddenOf(suppressSeries(cells, 10, 'public')).map((r) => r[1])).toEqual([
			'klein',
			null,
			null,
			null
		]);
		expect(hiddenOf(suppressSeries(cells.slice(0, 3), 10, 'pilot')).map((r) => r[1])).toEqual([
			'klein',
			null,
			null
		]);
	});

	it('suppressSeries never hides a 0, values that are not about people, or other periods', () => {
		const shown = suppressSeries(
			[
				row({ areaCode: 'WK1', n: 0, value: 0 }),
				row({ areaCode: 'WK2', n: null, value: 3 }),
				row({ areaCode: 'WK1', n: 4, order: '2' })
			],
			10,
			'pilot'
		);
		expect(shown.map((r) => r.hidden)).toEqual([null, null, 'klein']);
	});
});

describe('latestRows, scopeRow and earliestRow', () => {
	const shown: ShownRow[] = [
		{ ...row({ areaCode: 'WK2', order: '1', value: 5 }), hidden: null },
		{ ...row({ areaCode: 'WK2', order: '2', value: null }), hidden: 'klein' },
		{ ...row({ areaCode: 'WK1', order: '1', value: 7 }), hidden: null },
		{ ...row({ areaCode: 'WK1', order: '2', value: 9 }), hidden: null },
		{ ...row({ areaCode: 'WK1', order: '3', value: null }), hidden: null },
		{ ...row({ total: true, order: '1', value: 6 }), hidden: null }
	];

	it('latestRows keeps the latest value per wijk; a hidden one is not replaced by an older one', () => {
		expect(latestRows(shown).map((r) => [r.total, r.areaCode, r.order, r.hidden])).toEqual([
			[true, null, '1', null],
			[false, 'WK1', '2', null],
			[false, 'WK2', '2', 'klein']
		]);
	});

	it('scopeRow finds the total for all wijken and a wijk by its code', () => {
		const latest = latestRows(shown);
		expect(scopeRow(latest, null)?.value).toBe(6);
		expect(scopeRow(latest, 'WK1')?.value).toBe(9);
		expect(scopeRow(latest, 'WK9')).toBeNull();
	});

	it('earliestRow offers the first value as beginwaarde, unless that one is hidden', () => {
		expect(earliestRow(shown, 'WK1')?.value).toBe(7);
		expect(earliestRow(shown, null)?.value).toBe(6);
		expect(earliestRow([...shown].reverse(), 'WK2')?.value).toBe(5);
		expect(earliestRow([shown[1]!], 'WK2')).toBeNull();
	});
});

describe('contextSeries', () => {
	it('contextSeries keeps the gemeente as total and the period end as date', () => {
		const [r] = contextSeries([
			{
				areaCode: 'GM9999',
				total: true,
				periodLabel: '2023',
				periodStart: '2023-01-01',
				periodEnd: '2023-12-31',
				value: 12,
				n: 300,
				ciLow: 10,
				ciHigh: 14
			}
		]);
		expect(r).toEqual({
			areaCode: 'GM9999',
			total: true,
			period: '2023',
			order: '2023-01-01',
			date: '2023-12-31',
			value: 12,
			n: 300,
			ciLow: 10,
			ciHigh: 14
		});
	});
});

const target = (patch: Partial<TargetFields>): TargetFields => ({
	indicatorRef: 'proces:bereik',
	areaCode: null,
	grp: null,
	baseline: 10,
	baselineDate: '2024-01-01',
	targetType: 'absolute',
	targetValue: 20,
	targetDate: '2026-01-01',
	...patch
});
const latest = (value: number | null, date: string | null, hidden: ShownRow['hidden'] = null) =>
	({ ...row({ total: true, value, date }), hidden }) as ShownRow;
// 2024-01-01 → 2025-01-01 is 366 days of the 731 to 2026-01-01.
const halfway = 366 / 731;

describe('progressOf', () => {
	it.each([
		{ name: 'at the goal', t: {}, l: latest(20, '2025-01-01'), status: 'gehaald', achieved: 1 },
		{
			name: 'ahead of time',
			t: {},
			l: latest(16, '2025-01-01'),
			status: 'op_koers',
			achieved: 0.6
		},
		{ name: 'behind time', t: {}, l: latest(14, '2025-01-01'), status: 'achter', achieved: 0.4 },
		{
			name: 'just on time',
			t: { targetDate: '2024-01-11' },
			l: latest(15, '2024-01-06'),
			status: 'op_koers',
			achieved: 0.5
		},
		{
			name: 'past the date, not there',
			t: {},
			l: latest(19, '2026-06-01'),
			status: 'achter',
			achieved: 0.9
		},
		{
			name: 'lower is better, on course',
			t: { targetValue: 5 },
			l: latest(7, '2025-01-01'),
			status: 'op_koers',
			achieved: 0.6
		},
		{
			name: 'lower is better, reached',
			t: { targetValue: 5 },
			l: latest(4, '2025-01-01'),
			status: 'gehaald',
			achieved: 1.2
		},
		{
			name: 'lower is better, wrong way',
			t: { targetValue: 5 },
			l: latest(12, '2025-01-01'),
			status: 'achter',
			achieved: -0.4
		},
		{
			name: 'pp_change',
			t: { targetType: 'pp_change', targetValue: 5 },
			l: latest(13, '2025-01-01'),
			status: 'op_koers',
			achieved: 0.6
		},
		{
			name: 'relative_change down',
			t: { targetType: 'relative_change', targetValue: -50 },
			l: latest(8, '2025-01-01'),
			status: 'achter',
			achieved: 0.4
		}
	] as const)('progressOf: $name', ({ t, l, status, achieved }) => {
		const p = progressOf(target(t), l);
		expect(p.status).toBe(status);
		expect(p.reason).toBeNull();
		expect(p.achieved).toBeCloseTo(achieved, 9);
	});

	it('progressOf compares with the share of time passed since the baseline date', () => {
		const p = progressOf(target({}), latest(14, '2025-01-01'));
		expect(p.expected).toBeCloseTo(halfway, 12);
		expect(progressOf(target({}), latest(11, '2023-06-01')).expected).toBe(0);
		expect(p.goal).toBe(20);
	});

	it.each([
		{ name: 'a hidden value', t: {}, l: latest(null, '2025-01-01', 'klein'), reason: 'te_weinig' },
		{ name: 'no value', t: {}, l: null, reason: 'geen_gegevens' },
		{
			name: 'no beginwaarde',
			t: { baseline: null, baselineDate: null },
			l: latest(16, '2025-01-01'),
			reason: 'geen_begin'
		},
		{
			name: 'no baseline date',
			t: { baselineDate: null },
			l: latest(16, '2025-01-01'),
			reason: 'geen_begin'
		},
		{
			name: 'min_reach below, no beginwaarde',
			t: { targetType: 'min_reach', baseline: null, baselineDate: null },
			l: latest(16, '2025-01-01'),
			reason: 'geen_begin'
		},
		{ name: 'a value without date', t: {}, l: latest(16, null), reason: 'geen_datum' },
		{
			name: 'no target date',
			t: { targetDate: null },
			l: latest(16, '2025-01-01'),
			reason: 'geen_datum'
		}
	] as const)('progressOf is onbekend for $name', ({ t, l, reason }) => {
		expect(progressOf(target(t), l)).toMatchObject({ status: 'onbekend', reason });
	});

	// Baseline 10 on 2024-01-01, goal 20 on 2026-01-01: halfway in time the level due is about 15.
	const due = 10 + halfway * 10;
	const withMargin = (value: number, low: number, high: number) =>
		({ ...latest(value, '2025-01-01'), ciLow: low, ciHigh: high }) as ShownRow;
	it.each([
		{
			name: 'gehaald, goal inside the margin',
			l: withMargin(21, 18, 24),
			status: 'gehaald',
			u: true
		},
		{
			name: 'gehaald, margin above the goal',
			l: withMargin(23, 20.5, 25),
			status: 'gehaald',
			u: false
		},
		{ name: 'gehaald, no margin', l: latest(21, '2025-01-01'), status: 'gehaald', u: false },
		{
			name: 'op koers, due level inside',
			l: withMargin(16, due - 0.1, 18),
			status: 'op_koers',
			u: true
		},
		{
			name: 'op koers, margin above due',
			l: withMargin(17, due + 0.1, 19),
			status: 'op_koers',
			u: false
		},
		{
			name: 'achter, due level inside',
			l: withMargin(14, 12, due + 0.1),
			status: 'achter',
			u: true
		},
		{
			name: 'achter, margin below due',
			l: withMargin(13, 11, due - 0.1),
			status: 'achter',
			u: false
		}
	] as const)(
		'progressOf marks a status uncertain when the margin allows the other: $name',
		({ l, status, u }) => {
			const p = progressOf(target({}), l);
			expect(p.status).toBe(status);
			expect(p.uncertain).toBe(u);
		}
	);

	it("progressOf looks at the margin in the goal's direction too when lower is better", () => {
		// Baseline 10, goal 5: 4 is reached, but the margin reaches up to 6.
		expect(progressOf(target({ targetValue: 5 }), withMargin(4, 2, 6))).toMatchObject({
			status: 'gehaald',
			uncertain: true
		});
		expect(progressOf(target({ targetValue: 5 }), withMargin(4, 2, 4.9)).uncertain).toBe(false);
		expect(progressOf(target({}), latest(null, '2025-01-01')).uncertain).toBe(false);
	});

	it('progressOf still says gehaald without beginwaarde when a minimal bereik is reached', () => {
		const t = target({
			targetType: 'min_reach',
			targetValue: 15,
			baseline: null,
			baselineDate: null
		});
		expect(progressOf(t, latest(16, null))).toMatchObject({ status: 'gehaald', achieved: null });
	});
});
