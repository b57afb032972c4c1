import { describe, expect, it } from 'vitest';
import type {
	Design,
	EffectCount,
	GroupChange,
	GroupMoment,
	PilotOutcome
} from '$lib/db/queries/pilot/views';
import { claimOf, effectModel, orderGroups, orderMoments, outcomeInfo, verdictOf } from './effect';
import { linearCombination, momentEstimate } from './effect-estimates';
import { expectNear, expectNoNaN } from './stats/testing';

const who5: PilotOutcome = {
	outcome: 'welbevinden_who5',
	label: 'Welbevinden (WHO-5)',
	unit: 'score 0-100',
	kind: 'mean',
	basis: 'person'
};
const werkTable: PilotOutcome = {
	outcome: 'werk_12u',
	label: 'werk_12u',
	unit: null,
	kind: 'share',
	basis: 'table'
};

const moment = (grp: string, m: string, fields: Partial<GroupMoment>): GroupMoment => ({
	grp,
	moment: m,
	n: 0,
	mean: null,
	sd: null,
	successes: null,
	share: null,
	ciLow: null,
	ciHigh: null,
	...fields
});

describe('claimOf', () => {
	it.each([
		{ design: 'gerandomiseerd', groups: ['pilot', 'controle'], claim: 'causaal' },
		{ design: 'vergelijkingsgroep', groups: ['pilot', 'controle'], claim: 'aanwijzing' },
		{ design: 'voor_na', groups: ['pilot', 'controle'], claim: 'beschrijving' },
		{ design: null, groups: ['pilot', 'controle'], claim: 'kies' },
		{ design: 'gerandomiseerd', groups: ['pilot'], claim: 'beschrijving' },
		{ design: null, groups: ['pilot'], claim: 'beschrijving' },
		{ design: 'gerandomiseerd', groups: ['ontheffing', 'pilot'], claim: 'beschrijving' },
		{ design: 'gerandomiseerd', groups: ['ontheffing', 'controle'], claim: 'causaal' }
	] as { design: Design | null; groups: string[]; claim: string }[])(
		'claimOf($design, $groups) is $claim',
		({ design, groups, claim }) => expect(claimOf(design, groups)).toBe(claim)
	);
});

describe('orderGroups and orderMoments', () => {
	it('orderGroups puts pilot first, other arms by name, controle last', () => {
		expect(orderGroups(['controle', 'ontheffing', 'pilot', 'extra', 'pilot'])).toEqual([
			'pilot',
			'extra',
			'ontheffing',
			'controle'
		]);
	});
	it('orderMoments follows the template order, unknown moments last', () => {
		expect(orderMoments(['eindmeting', 'x', 'nulmeting', 'follow-up', 'tussenmeting'])).toEqual([
			'nulmeting',
			'tussenmeting',
			'eindmeting',
			'follow-up',
			'x'
		]);
	});
});

describe('outcomeInfo', () => {
	it.each([
		{ o: werkTable, label: 'Werkt meer dan 12 uur per week', unit: 'aandeel (%)', better: true },
		{ o: who5, label: 'Welbevinden (WHO-5)', unit: 'score 0-100', better: true },
		{
			o: { ...who5, outcome: 'eenzaamheid', label: 'eenzaamheid', unit: 'score 1-10' },
			label: 'eenzaamheid',
			unit: 'score 1-10',
			better: false
		}
	])('outcomeInfo labels $o.outcome ($o.basis) as $label', ({ o, label, unit, better }) => {
		const info = outcomeInfo(o);
		expect([info.label, info.unit, info.higherIsBetter]).toEqual([label, unit, better]);
	});
});

/** Wilson score interval written out (Wilson 1927), in percent: an independent check. */
function wilson(p: number, n: number): [number, number] {
	const z = 1.959963984540054;
	const centre = (p + z ** 2 / (2 * n)) / (1 + z ** 2 / n);
	const half = (z * Math.sqrt((p * (1 - p)) / n + z ** 2 / (4 * n ** 2))) / (1 + z ** 2 / n);
	return [100 * (centre - half), 100 * (centre + half)];
}

describe('momentEstimate', () => {
	const share = outcomeInfo({ ...who5, kind: 'share', outcome: 'werk_12u' });
	it.each([
		{
			name: 'a person mean with its t interval (t(0.975; 24) = 2.063899)',
			row: moment('pilot', 'nulmeting', { n: 25, mean: 50, sd: 10 }),
			info: outcomeInfo(who5),
			value: 50,
			bounds: [50 - 2.063899 * 2, 50 + 2.063899 * 2]
		},
		{
			name: 'a person share with its Wilson interval',
			row: moment('pilot', 'eindmeting', { n: 130, successes: 26 }),
			info: share,
			value: 20,
			bounds: wilson(0.2, 130)
		},
		{
			name: 'a table share without bounds with its Wilson interval',
			row: moment('pilot', 'eindmeting', { n: 130, share: 18 }),
			info: outcomeInfo(werkTable),
			value: 18,
			bounds: wilson(0.18, 130)
		},
		{
			name: 'a table share with the bounds the table gives',
			row: moment('pilot', 'eindmeting', { n: 130, share: 18, ciLow: 11, ciHigh: 26 }),
			info: outcomeInfo(werkTable),
			value: 18,
			bounds: [11, 26]
		},
		{
			name: 'a table mean without sd with the bounds the table gives',
			row: moment('pilot', 'eindmeting', { n: 40, mean: 51.5, ciLow: 47, ciHigh: 56 }),
			info: outcomeInfo({ ...who5, basis: 'table' }),
			value: 51.5,
			bounds: [47, 56]
		},
		{
			name: 'a table mean without sd or bounds, without an interval',
			row: moment('pilot', 'eindmeting', { n: 40, mean: 51.5 }),
			info: outcomeInfo({ ...who5, basis: 'table' }),
			value: 51.5,
			bounds: null
		}
	])('momentEstimate gives $name', ({ row, info, value, bounds }) => {
		const e = momentEstimate(row, info);
		expect(e.value).toBeCloseTo(value, 10);
		if (bounds === null) expect(e.interval).toBeNull();
		else {
			expectNear(e.interval!.low, bounds[0]!, 5e-6);
			expectNear(e.interval!.high, bounds[1]!, 5e-6);
		}
	});
});

describe('linearCombination', () => {
	// Student's sleep data (R's `sleep`), summarised per group; R t.test(extra ~ group, sleep):
	// 95% CI −3.3654832 to 0.2054832, p-value 0.07939 (Welch).
	const drug1 = { n: 10, mean: 0.75, sd: 1.78901 };
	const drug2 = { n: 10, mean: 2.33, sd: 2.002249 };
	const term = (sign: number, s: typeof drug1) => ({
		sign,
		value: s.mean,
		se: s.sd / Math.sqrt(s.n),
		df: s.n - 1
	});
	it('linearCombination reproduces R Welch t.test on the sleep data', () => {
		const d = linearCombination([term(1, drug1), term(-1, drug2)]);
		expectNear(d.estimate, -1.58, 1e-12);
		expectNear(d.interval!.low, -3.3654832, 5e-6);
		expectNear(d.interval!.high, 0.2054832, 5e-6);
		expectNear(d.p, 0.07939, 5e-5);
	});
	it('linearCombination has no interval when a term lacks its standard error', () => {
		const d = linearCombination([term(1, drug1), { ...term(-1, drug2), se: null }]);
		expect(d).toEqual({ estimate: -1.58, interval: null, p: null });
	});
});

describe('verdictOf', () => {
	it.each([
		{ interval: { low: 0.1, high: 3, level: 0.95 }, verdict: 'hoger' },
		{ interval: { low: -3, high: -0.1, level: 0.95 }, verdict: 'lager' },
		{ interval: { low: -3, high: 0.1, level: 0.95 }, verdict: 'geen_verschil' },
		{ interval: { low: 0, high: 2, level: 0.95 }, verdict: 'geen_verschil' },
		{ interval: null, verdict: 'onzeker' }
	])('verdictOf($interval) is $verdict', ({ interval, verdict }) =>
		expect(verdictOf(interval)).toBe(verdict)
	);
});

/** Counts of a small randomised pilot in two wijken; WK2's control group is small. */
function counts(): EffectCount[] {
	const rows: [string, string, string, number, number | null][] = [
		['WK1', 'pilot', 'nulmeting', 90, 0],
		['WK1', 'pilot', 'eindmeting', 80, 80],
		['WK1', 'controle', 'nulmeting', 92, 0],
		['WK1', 'controle', 'eindmeting', 84, 84],
		['WK2', 'pilot', 'nulmeting', 20, 0],
		['WK2', 'pilot', 'eindmeting', 20, 20],
		['WK2', 'controle', 'nulmeting', 8, 0],
		['WK2', 'controle', 'eindmeting', 16, 16]
	];
	return rows.map(([areaCode, grp, m, n, pairs]) => ({ areaCode, grp, moment: m, n, pairs }));
}

const allMoments = [
	moment('pilot', 'nulmeting', { n: 110, mean: 50, sd: 18 }),
	moment('pilot', 'eindmeting', { n: 100, mean: 57, sd: 18 }),
	moment('controle', 'nulmeting', { n: 100, mean: 50, sd: 18 }),
	moment('controle', 'eindmeting', { n: 100, mean: 52, sd: 18 })
];

const change = (grp: string, meanChange: number): GroupChange => ({
	grp,
	moment: 'eindmeting',
	n: 100,
	meanChange,
	sdChange: 10,
	baselineMean: 50,
	baselineSd: 20
});

function model(design: Design | null, areaCode: string | null = null) {
	return effectModel({
		outcome: who5,
		design,
		areaCode,
		threshold: 10,
		moments: allMoments,
		changes: [change('controle', 2), change('pilot', 7)],
		counts: counts()
	});
}

/** The model of a table (no person data): the counts are the tables' own n. */
function tableModel(outcome: PilotOutcome, design: Design, rows: GroupMoment[]) {
	return effectModel({
		outcome,
		design,
		areaCode: null,
		threshold: 10,
		moments: rows,
		changes: [],
		counts: rows.map((r) => ({ areaCode: null, grp: r.grp, moment: r.moment, n: r.n, pairs: null }))
	});
}

describe('effectModel', () => {
	it('effectModel gives the difference in differences of the within-person changes', () => {
		const m = model('gerandomiseerd');
		expect(m.claim).toBe('causaal');
		expect(m.groups).toEqual(['pilot', 'controle']);
		expect(m.cells.map((c) => [c.grp, c.moment, c.value])).toEqual([
			['pilot', 'nulmeting', 50],
			['pilot', 'eindmeting', 57],
			['controle', 'nulmeting', 50],
			['controle', 'eindmeting', 52]
		]);
		const [did] = m.dids;
		// Welch: se = √(10²/100 + 10²/100) = √2, df = 198, t(0.975; 198) = 1.972017.
		expectNear(did!.estimate, 5, 1e-12);
		expectNear(did!.interval!.low, 5 - 1.972017 * Math.SQRT2, 5e-6);
		expectNear(did!.interval!.high, 5 + 1.972017 * Math.SQRT2, 5e-6);
		// Cohen's d: 5 over the pooled nulmeting sd of 20.
		expectNear(did!.cohensD, 0.25, 1e-12);
		expect(did!.verdict).toBe('hoger');
		expect(m.headlines).toEqual([did]);
		expect(m.changes.map((c) => c.value)).toEqual([7, 2]);
		expectNoNaN(m);
	});

	it.each([
		{ design: 'voor_na', claim: 'beschrijving' },
		{ design: null, claim: 'kies' }
	] as const)('effectModel shows no difference for design $design', ({ design, claim }) => {
		const m = model(design);
		expect(m.claim).toBe(claim);
		expect(m.dids).toEqual([]);
		expect(m.cells).toHaveLength(4);
	});

	it('effectModel hides a small group and, in the other wijk, its complement', () => {
		const small = model('gerandomiseerd', 'WK2');
		const hidden = (m: ReturnType<typeof model>) =>
			m.cells.filter((c) => c.hidden).map((c) => [c.grp, c.moment, c.hidden]);
		expect(hidden(small)).toEqual([['controle', 'nulmeting', 'klein']]);
		expect(small.cells.find((c) => c.hidden)).toMatchObject({ n: null, value: null });
		expect(small.dids.map((d) => [d.hidden, d.estimate, d.verdict])).toEqual([
			['klein', null, 'onzeker']
		]);
		// WK1 alone would give WK2's 8 away (100 − 92): its control nulmeting is hidden too.
		expect(hidden(model('gerandomiseerd', 'WK1'))).toEqual([
			['controle', 'nulmeting', 'aanvullend']
		]);
		expect(hidden(model('gerandomiseerd', null))).toEqual([]);
	});

	it('effectModel computes table shares from the four cells, in percentage points', () => {
		const rows = [
			moment('pilot', 'nulmeting', { n: 150, share: 4 }),
			moment('pilot', 'eindmeting', { n: 130, share: 18 }),
			moment('controle', 'nulmeting', { n: 150, share: 4 }),
			moment('controle', 'eindmeting', { n: 130, share: 12 })
		];
		const m = tableModel(werkTable, 'vergelijkingsgroep', rows);
		expect(m.precise).toBe(false);
		// Wald: Var = Σ p(100 − p)/n over the four cells.
		const se = Math.sqrt((2 * 4 * 96) / 150 + (18 * 82) / 130 + (12 * 88) / 130);
		const [did] = m.dids;
		expectNear(did!.estimate, 6, 1e-12);
		expectNear(did!.interval!.high - 6, 1.959964 * se, 5e-5);
		expect(did!.verdict).toBe('geen_verschil');
		expect(did!.independentSamples).toBe(true);
		// The change per group: the two moments as independent samples.
		const pilotChange = m.changes.find((c) => c.grp === 'pilot')!;
		expectNear(pilotChange.value, 14, 1e-12);
		const seChange = Math.sqrt((4 * 96) / 150 + (18 * 82) / 130);
		expectNear(pilotChange.interval!.low, 14 - 1.959964 * seChange, 5e-5);
	});

	it('effectModel gives a table of means with bounds but no sd a difference with a margin', () => {
		// 95% bounds only, as a report table gives them: se = (high − low) / (2 · 1.959964).
		const cell = (grp: string, m: string, mean: number, half: number) =>
			moment(grp, m, { n: 100, mean, ciLow: mean - half, ciHigh: mean + half });
		const rows = [
			cell('pilot', 'nulmeting', 50, 4),
			cell('pilot', 'eindmeting', 56, 4),
			cell('controle', 'nulmeting', 50, 3),
			cell('controle', 'eindmeting', 51, 3)
		];
		const m = tableModel({ ...who5, basis: 'table' }, 'gerandomiseerd', rows);
		const [did] = m.dids;
		const se = Math.hypot(4, 4, 3, 3) / 1.959964;
		expectNear(did!.estimate, 5, 1e-12);
		expectNear(did!.interval!.high - 5, 1.959964 * se, 1e-6);
		expect(did!.p).not.toBeNull();
		expect(did!.verdict).toBe('geen_verschil');
		// The same margins as the change per group, which already used the bounds.
		const pilotChange = m.changes.find((c) => c.grp === 'pilot')!;
		expectNear(pilotChange.interval!.high - 6, Math.hypot(4, 4), 1e-6);
	});
});
