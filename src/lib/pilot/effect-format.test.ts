import { describe, expect, it } from 'vitest';
import { outcomeInfo, type DidEstimate, type EffectModel } from './effect';
import { curveKinds, type CurveModel } from './effect-curves';
import {
	curveSentence,
	curvesCsv,
	didDetails,
	didSentence,
	formatAmount,
	formatP,
	momentsCsv
} from './effect-format';

const who5 = outcomeInfo({
	outcome: 'welbevinden_who5',
	label: 'Welbevinden (WHO-5)',
	unit: 'score 0-100',
	kind: 'mean',
	basis: 'person'
});
const share = { ...who5, kind: 'share' as const };
const custom = { ...who5, higherIsBetter: false };

const did = (estimate: number, low: number, high: number, fields: Partial<DidEstimate> = {}) =>
	({
		grp: 'pilot',
		moment: 'eindmeting',
		hidden: null,
		estimate,
		interval: { low, high, level: 0.95 },
		p: 0.004,
		cohensD: 0.28,
		independentSamples: false,
		verdict: low > 0 ? 'hoger' : high < 0 ? 'lager' : 'geen_verschil',
		...fields
	}) as DidEstimate;

describe('didSentence', () => {
	it.each([
		{
			name: 'a gain with a randomised design',
			d: did(5.1, 1.8, 8.4),
			info: who5,
			claim: 'causaal',
			text: 'Bij de eindmeting ging de pilotgroep 5,1 punten meer vooruit dan de controlegroep (95%-marge 1,8 tot 8,4). Door de loting mag je dit verschil zien als het effect van de pilot.'
		},
		{
			name: 'a smaller gain with a comparison group',
			d: did(-3, -5.5, -0.5),
			info: who5,
			claim: 'aanwijzing',
			text: 'Bij de eindmeting ging de pilotgroep 3,0 punten minder vooruit dan de controlegroep (95%-marge -5,5 tot -0,5). Dit is een aanwijzing dat het verschil door de pilot komt, geen bewijs.'
		},
		{
			name: 'no demonstrable difference',
			d: did(1.2, -2, 4.4),
			info: who5,
			claim: 'causaal',
			text: 'Bij de eindmeting is er geen aantoonbaar verschil tussen de pilotgroep en de controlegroep: het verschil is +1,2 punten, maar de 95%-marge loopt van -2,0 tot 4,4. Daar zit 0 in, dus het kan ook toeval zijn.'
		},
		{
			name: 'a share',
			d: did(6, 1, 11),
			info: share,
			claim: 'causaal',
			text: 'Bij de eindmeting steeg het aandeel in de pilotgroep 6,0 procentpunt meer dan in de controlegroep (95%-marge 1,0 tot 11,0). Door de loting mag je dit verschil zien als het effect van de pilot.'
		},
		{
			name: 'a custom outcome, whose better direction is unknown',
			d: did(2, 0.5, 3.5, { grp: 'ontheffing' }),
			info: custom,
			claim: 'causaal',
			text: 'Bij de eindmeting steeg de score van de groep "ontheffing" 2,0 punten meer dan die van de controlegroep (95%-marge 0,5 tot 3,5). Door de loting mag je dit verschil zien als het effect van de pilot.'
		},
		{
			name: 'a hidden difference',
			d: did(0, 0, 0, { hidden: 'klein', estimate: null, interval: null, verdict: 'onzeker' }),
			info: who5,
			claim: 'causaal',
			text: 'Bij de eindmeting tonen we het verschil niet: het zou een verborgen groep nodig hebben. Verborgen: minder dan 10 personen.'
		},
		{
			name: 'a difference without interval',
			d: did(2, 0, 0, { interval: null, verdict: 'onzeker' }),
			info: who5,
			claim: 'causaal',
			text: 'Bij de eindmeting kunnen we geen marge berekenen (de spreiding ontbreekt). Daarom zeggen we niet of er een verschil is.'
		}
	] as const)('didSentence words $name', ({ d, info, claim, text }) =>
		expect(didSentence(d, info, 1, claim, 10)).toBe(text)
	);
});

describe('formatting', () => {
	it.each([
		{ p: 0.0004, text: 'kleiner dan 0,001' },
		{ p: 0.0041, text: '0,004' },
		{ p: 0.28, text: '0,280' }
	])('formatP($p) is $text', ({ p, text }) => expect(formatP(p)).toBe(text));

	it('formatAmount writes points and percentage points, with a sign when asked', () => {
		expect(formatAmount(-4.25, who5, 2)).toBe('4,25 punten');
		expect(formatAmount(-4.25, who5, 1, true)).toBe('-4,3 punten');
		expect(formatAmount(6, share, 1, true)).toBe('+6,0 procentpunt');
	});

	it("didDetails gives the p-value and Cohen's d in words", () => {
		expect(didDetails(did(5, 2, 8))).toBe(
			"p-waarde 0,004. Effectgrootte (Cohen's d): 0,28 (klein)."
		);
		expect(didDetails(did(5, 2, 8, { cohensD: null }))).toBe('p-waarde 0,004.');
		expect(didDetails(did(5, 2, 8, { hidden: 'klein' }))).toBeNull();
	});
});

describe('momentsCsv', () => {
	it('momentsCsv writes hidden cells empty, with the reason', () => {
		const model = {
			info: who5,
			cells: [
				{
					grp: 'pilot',
					moment: 'nulmeting',
					n: 40,
					value: 50.123456,
					interval: { low: 45, high: 55, level: 0.95 },
					hidden: null
				},
				{
					grp: 'controle',
					moment: 'nulmeting',
					n: null,
					value: null,
					interval: null,
					hidden: 'klein'
				}
			],
			changes: []
		} as unknown as EffectModel;
		const rows = momentsCsv(model, 10);
		expect(rows[1]).toEqual(['pilotgroep', 'nulmeting (start)', 40, 50.1235, 45, 55, null]);
		expect(rows[2]).toEqual([
			'controlegroep',
			'nulmeting (start)',
			null,
			null,
			null,
			null,
			'Verborgen: minder dan 10 personen.'
		]);
	});
});

const curve: CurveModel = {
	kind: curveKinds[0]!,
	lastMonth: 24,
	series: [
		{
			grp: 'pilot',
			n: 300,
			hidden: null,
			excluded: 0,
			stoppedAt: null,
			points: [{ month: 0, value: 0, low: 0, high: 0, atRisk: 300 }]
		},
		{ grp: 'controle', n: null, hidden: 'klein', excluded: 0, stoppedAt: null, points: [] }
	],
	milestones: [
		{
			month: 24,
			cells: [
				{
					grp: 'pilot',
					value: 24.3,
					interval: { low: 19.7, high: 29.9, level: 0.95 },
					atRisk: 193,
					hidden: null
				},
				{
					grp: 'controle',
					value: 15.3,
					interval: { low: 11.6, high: 20.2, level: 0.95 },
					atRisk: 217,
					hidden: null
				}
			],
			differences: [
				{
					grp: 'pilot',
					estimate: 9,
					interval: { low: 2.9, high: 15.1, level: 0.95 },
					verdict: 'hoger'
				}
			]
		}
	]
};

describe('curveSentence and curvesCsv', () => {
	it('curveSentence compares the last milestone with a difference', () => {
		expect(curveSentence(curve)).toBe(
			'Heeft werk gevonden van meer dan 12 uur per week, na 24 maanden: 24,3% van de pilotgroep, 15,3% van de controlegroep. Dat is 9,0 procentpunt hoger (95%-marge 2,9 tot 15,1).'
		);
		expect(curveSentence({ ...curve, milestones: [] })).toBeNull();
	});

	it('curvesCsv writes the curve points and a hidden group without numbers', () => {
		const rows = curvesCsv(curve, 10);
		expect(rows.slice(1)).toEqual([
			['pilotgroep', 0, 0, 0, 0, 300, null],
			['controlegroep', null, null, null, null, null, 'Verborgen: minder dan 10 personen.']
		]);
	});
});
