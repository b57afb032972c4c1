import { describe, expect, it } from 'vitest';
import {
	contents,
	decimalsOf,
	direction,
	effectOptions,
	formatDay,
	goalLevel,
	goalTree,
	parseRef,
	processOptions,
	type Goal,
	type Target,
	type TargetFields
} from './goals';

describe('parseRef', () => {
	it.each([
		{ ref: 'proces:bereik', expected: { kind: 'proces', id: 'bereik' } },
		{ ref: 'effect:welbevinden_who5', expected: { kind: 'effect', id: 'welbevinden_who5' } },
		{ ref: 'context:Eenzaamheid (%)', expected: { kind: 'context', id: 'Eenzaamheid (%)' } },
		{ ref: 'context:a:b', expected: { kind: 'context', id: 'a:b' } },
		{ ref: 'proces:', expected: null },
		{ ref: 'bereik', expected: null },
		{ ref: 'effekt:x', expected: null },
		{ ref: '', expected: null }
	])('parseRef($ref)', ({ ref, expected }) => {
		expect(parseRef(ref)).toEqual(expected);
	});
});

const goal = (id: string, parentId: string | null, level: Goal['level'] = 'subdoel'): Goal => ({
	id,
	parentId,
	level,
	text: id,
	owner: null
});
const target = (id: string, goalId: string): Target => ({
	id,
	goalId,
	indicatorRef: 'proces:gestart',
	areaCode: null,
	grp: null,
	baseline: null,
	baselineDate: null,
	targetValue: 1,
	targetType: 'absolute',
	targetDate: '2026-01-01'
});

describe('goalTree', () => {
	const goals = [
		goal('h1', null, 'hoofddoel'),
		goal('s1', 'h1'),
		goal('h2', null, 'hoofddoel'),
		goal('s2', 'h1'),
		goal('lost', 'gone')
	];
	const tree = goalTree(goals, [target('t1', 's2'), target('t2', 's2'), target('t3', 'nowhere')]);

	it('goalTree nests subdoelen under their hoofddoel in the order they were added', () => {
		expect(tree.map((n) => n.id)).toEqual(['h1', 'h2', 'lost']);
		expect(tree[0]!.children.map((n) => n.id)).toEqual(['s1', 's2']);
		expect(tree[1]!.children).toEqual([]);
	});

	it('goalTree hangs targets under their goal and drops targets of unknown goals', () => {
		expect(tree[0]!.children[1]!.targets.map((t) => t.id)).toEqual(['t1', 't2']);
		expect(tree.flatMap((n) => [n, ...n.children]).flatMap((n) => n.targets)).toHaveLength(2);
	});

	it('contents counts what goes with a goal', () => {
		expect(contents(tree[0]!)).toEqual({ goals: 2, targets: 2 });
		expect(contents(tree[0]!.children[1]!)).toEqual({ goals: 0, targets: 2 });
		expect(contents(tree[1]!)).toEqual({ goals: 0, targets: 0 });
	});
});

describe('processOptions', () => {
	it.each([
		{
			name: 'adds bereik first when gestart and doelgroep are registered',
			measures: ['uitval_zorg', 'gestart', 'doelgroep', 'tevredenheid'],
			refs: [
				'proces:bereik',
				'proces:doelgroep',
				'proces:gestart',
				'proces:tevredenheid',
				'proces:uitval_zorg'
			]
		},
		{
			name: 'offers no bereik without a doelgroep',
			measures: ['gestart', 'afgerond'],
			refs: ['proces:gestart', 'proces:afgerond']
		}
	])('processOptions $name', ({ measures, refs }) => {
		expect(processOptions(measures.map((measure) => ({ measure }))).map((o) => o.ref)).toEqual(
			refs
		);
	});

	it('processOptions labels bereik as a percentage and a custom uitval reason readably', () => {
		const options = processOptions([
			{ measure: 'gestart' },
			{ measure: 'doelgroep' },
			{ measure: 'uitval_zorg_thuis' }
		]);
		expect(options[0]).toMatchObject({ ref: 'proces:bereik', unit: '%', kind: 'proces' });
		expect(options.find((o) => o.ref === 'proces:gestart')?.unit).toBeNull();
		expect(options.at(-1)!.label).toBe('Eerder gestopt: zorg thuis (aantal mensen)');
	});
});

describe('effectOptions', () => {
	it('effectOptions uses the template labels, % for shares, and person data over a table', () => {
		const options = effectOptions([
			{ outcome: 'werk_12u', label: 'x', unit: null, kind: 'share', basis: 'person' },
			{
				outcome: 'welbevinden_who5',
				label: 'x',
				unit: 'score 0-100',
				kind: 'mean',
				basis: 'person'
			},
			{ outcome: 'werk_12u', label: 'werk_12u', unit: null, kind: 'share', basis: 'table' },
			{ outcome: 'eigen_regie', label: 'eigen_regie', unit: null, kind: 'mean', basis: 'table' }
		]);
		expect(options.map((o) => [o.ref, o.label, o.unit])).toEqual([
			['effect:werk_12u', 'Werkt meer dan 12 uur per week: percentage', '%'],
			['effect:welbevinden_who5', 'Welbevinden (WHO-5): gemiddelde', 'score 0-100'],
			['effect:eigen_regie', 'Eigen regie: gemiddelde', null]
		]);
	});
});

const fields = (
	targetType: TargetFields['targetType'],
	targetValue: number,
	baseline: number | null
) => ({ targetType, targetValue, baseline });

describe('goalLevel and direction', () => {
	it.each([
		{ t: fields('absolute', 60, 50), level: 60, dir: 1 },
		{ t: fields('absolute', 40, 50), level: 40, dir: -1 },
		{ t: fields('absolute', 60, null), level: 60, dir: null },
		{ t: fields('pp_change', 5, 20), level: 25, dir: 1 },
		{ t: fields('pp_change', -5, 20), level: 15, dir: -1 },
		{ t: fields('pp_change', 5, null), level: null, dir: null },
		{ t: fields('relative_change', 10, 50), level: 55, dir: 1 },
		{ t: fields('relative_change', -20, 50), level: 40, dir: -1 },
		{ t: fields('min_reach', 15, null), level: 15, dir: 1 },
		{ t: fields('min_reach', 15, 7), level: 15, dir: 1 }
	])(
		'goalLevel/direction of $t.targetType $t.targetValue from $t.baseline',
		({ t, level, dir }) => {
			if (level === null) expect(goalLevel(t)).toBeNull();
			else expect(goalLevel(t)).toBeCloseTo(level, 9);
			expect(direction(t)).toBe(dir);
		}
	);
});

describe('formatting', () => {
	it.each([
		{ option: { kind: 'proces', unit: null }, decimals: 0 },
		{ option: { kind: 'proces', unit: 'dagen' }, decimals: 0 },
		{ option: { kind: 'proces', unit: '%' }, decimals: 1 },
		{ option: { kind: 'effect', unit: null }, decimals: 1 },
		{ option: null, decimals: 1 }
	] as const)('decimalsOf($option)', ({ option, decimals }) => {
		expect(decimalsOf(option)).toBe(decimals);
	});

	it('formatDay writes a day in Dutch, without time-zone shifts', () => {
		expect(formatDay('2025-12-31')).toBe('31 december 2025');
		expect(formatDay('2024-03-01')).toBe('1 maart 2024');
	});
});
