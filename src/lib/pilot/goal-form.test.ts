import { describe, expect, it } from 'vitest';
import {
	draftOf,
	emptyDraft,
	parseDay,
	parseDecimal,
	typedNumber,
	validateGoal,
	validateTarget,
	type TargetChoices,
	type TargetDraft
} from './goal-form';
import { goalsText } from './text/goals.nl';

const e = goalsText.errors;

describe('parseDecimal', () => {
	it.each([
		{ text: '12,5', value: 12.5 },
		{ text: ' 0.25 ', value: 0.25 },
		{ text: '-3', value: -3 },
		{ text: '+4', value: 4 },
		{ text: '0', value: 0 },
		{ text: '', value: null },
		{ text: '1.000,5', value: undefined },
		{ text: 'tien', value: undefined },
		{ text: '12,', value: undefined }
	])('parseDecimal($text) = $value', ({ text, value }) => {
		expect(parseDecimal(text)).toBe(value);
	});
});

describe('parseDay', () => {
	it.each([
		{ text: '2025-12-31', day: '2025-12-31' },
		{ text: '31-12-2025', day: '2025-12-31' },
		{ text: '1-2-2025', day: '2025-02-01' },
		{ text: '2024-02-29', day: '2024-02-29' },
		{ text: '2025-02-29', day: undefined },
		{ text: '2025-13-01', day: undefined },
		{ text: '31/12/2025', day: undefined },
		{ text: '', day: null }
	])('parseDay($text) = $day', ({ text, day }) => {
		expect(parseDay(text)).toBe(day);
	});
});

const choices: TargetChoices = {
	options: [
		{ ref: 'proces:bereik', kind: 'proces', label: 'Bereik', unit: '%' },
		{ ref: 'proces:gestart', kind: 'proces', label: 'Gestart', unit: null },
		{ ref: 'effect:welbevinden_who5', kind: 'effect', label: 'WHO-5', unit: 'score 0-100' }
	],
	areas: ['WK999901', 'WK999908'],
	groups: ['controle', 'pilot']
};

const draft = (patch: Partial<TargetDraft>): TargetDraft => ({
	...emptyDraft,
	indicatorRef: 'effect:welbevinden_who5',
	baseline: '48,5',
	baselineDate: '2024-03-01',
	targetType: 'absolute',
	targetValue: '60',
	targetDate: '31-12-2026',
	...patch
});

describe('validateTarget', () => {
	it('validateTarget turns a typed form into the values to store', () => {
		const result = validateTarget(draft({ grp: 'controle', areaCode: 'WK999908' }), choices);
		expect(result).toEqual({
			ok: true,
			value: {
				indicatorRef: 'effect:welbevinden_who5',
				areaCode: 'WK999908',
				grp: 'controle',
				baseline: 48.5,
				baselineDate: '2024-03-01',
				targetType: 'absolute',
				targetValue: 60,
				targetDate: '2026-12-31'
			}
		});
	});

	it('validateTarget keeps no groep for a process indicator and no wijk for "alle wijken"', () => {
		const result = validateTarget(
			draft({
				indicatorRef: 'proces:bereik',
				grp: 'pilot',
				targetType: 'min_reach',
				baseline: '7',
				targetValue: '15'
			}),
			choices
		);
		expect(result.ok && result.value).toMatchObject({ grp: null, areaCode: null, targetValue: 15 });
	});

	it.each([
		{ name: 'no indicator', patch: { indicatorRef: '' }, errors: { indicatorRef: e.indicator } },
		{ name: 'an unknown wijk', patch: { areaCode: 'WK000000' }, errors: { areaCode: e.area } },
		{ name: 'an unknown groep', patch: { grp: 'arm_x' }, errors: { grp: e.group } },
		{ name: 'an unknown type', patch: { targetType: 'maximum' }, errors: { targetType: e.type } },
		{
			name: 'a word as number',
			patch: { targetValue: 'zestig' },
			errors: { targetValue: e.number }
		},
		{ name: 'no streefwaarde', patch: { targetValue: '' }, errors: { targetValue: e.required } },
		{ name: 'no streefdatum', patch: { targetDate: '' }, errors: { targetDate: e.required } },
		{ name: 'a wrong date', patch: { targetDate: '2026-02-30' }, errors: { targetDate: e.date } },
		{
			name: 'a beginwaarde without its date',
			patch: { baselineDate: '' },
			errors: { baselineDate: e.baselinePair }
		},
		{
			name: 'a date without beginwaarde',
			patch: { baseline: '' },
			errors: { baseline: e.baselinePair }
		},
		{
			name: 'pp_change on a mean',
			patch: { targetType: 'pp_change', targetValue: '5' },
			errors: { targetType: e.percentOnly }
		},
		{
			name: 'min_reach on a count',
			patch: {
				indicatorRef: 'proces:gestart',
				targetType: 'min_reach',
				baseline: '',
				baselineDate: ''
			},
			errors: { targetType: e.percentOnly }
		},
		{
			name: 'relative_change without beginwaarde',
			patch: { targetType: 'relative_change', baseline: '', baselineDate: '' },
			errors: { baseline: e.baselineNeeded }
		},
		{
			name: 'relative_change from 0',
			patch: { targetType: 'relative_change', baseline: '0', targetValue: '10' },
			errors: { baseline: e.baselineZero }
		},
		{
			name: 'min_reach above 100%',
			patch: { indicatorRef: 'proces:bereik', targetType: 'min_reach', targetValue: '120' },
			errors: { targetValue: e.percentRange }
		},
		{
			name: 'min_reach already reached at the start',
			patch: {
				indicatorRef: 'proces:bereik',
				targetType: 'min_reach',
				baseline: '20',
				targetValue: '15'
			},
			errors: { targetValue: e.reachBelow }
		},
		{ name: 'no change', patch: { targetValue: '48,5' }, errors: { targetValue: e.noChange } },
		{
			name: 'a streefdatum before the beginwaarde',
			patch: { targetDate: '2024-01-01' },
			errors: { targetDate: e.dateOrder }
		},
		// A field already wrong reads as empty for the checks across fields: no second error
		// on a field that is right (the date order, the pair of beginwaarde and its date).
		{
			name: 'only the wrong beginwaarde, not its date',
			patch: { baseline: 'abc', baselineDate: '' },
			errors: { baseline: e.number }
		},
		{
			name: 'only the wrong date of the beginwaarde, not the streefdatum',
			patch: { baselineDate: 'maart 2024' },
			errors: { baselineDate: e.date }
		},
		{
			name: 'only the wrong date, when the beginwaarde is empty',
			patch: { baseline: '', baselineDate: 'x' },
			errors: { baselineDate: e.date }
		}
	])('validateTarget reports $name', ({ patch, errors }) => {
		expect(validateTarget(draft(patch), choices)).toEqual({ ok: false, errors });
	});

	it('draftOf gives back what validateTarget accepts (edit round trip)', () => {
		const first = validateTarget(draft({ baseline: '7,25' }), choices);
		if (!first.ok) throw new Error('expected a valid draft');
		expect(draftOf(first.value)).toMatchObject({ baseline: '7,25', targetDate: '2026-12-31' });
		expect(validateTarget(draftOf(first.value), choices)).toEqual(first);
	});
});

describe('validateGoal', () => {
	it.each([
		{
			draft: { text: '  Meer mensen aan het werk ', owner: ' ' },
			result: { ok: true, value: { text: 'Meer mensen aan het werk', owner: null } }
		},
		{
			draft: { text: 'Doel', owner: 'Team Werk' },
			result: { ok: true, value: { text: 'Doel', owner: 'Team Werk' } }
		},
		{ draft: { text: '   ', owner: '' }, result: { ok: false, errors: { text: e.goalText } } },
		{
			draft: { text: 'x'.repeat(301), owner: 'y'.repeat(121) },
			result: { ok: false, errors: { text: e.goalTooLong, owner: e.ownerTooLong } }
		}
	])('validateGoal($draft.text)', ({ draft, result }) => {
		expect(validateGoal(draft)).toEqual(result);
	});
});

describe('typedNumber', () => {
	it.each([
		{ value: 6.928508, decimals: 1, text: '6,9' },
		{ value: 48.25, decimals: 0, text: '48' },
		{ value: 300, decimals: 1, text: '300' },
		{ value: -0.05, decimals: 2, text: '-0,05' }
	])('typedNumber($value, $decimals) = $text', ({ value, decimals, text }) => {
		expect(typedNumber(value, decimals)).toBe(text);
	});
});
