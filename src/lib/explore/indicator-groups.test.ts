import { describe, expect, it } from 'vitest';
import {
	groupIndicators,
	matchesQuery,
	pickerName,
	themeOf,
	type PickerIndicator
} from './indicator-groups';

const rivm = '50090NED.csv';
const own = 'eigen-cijfers.csv';
// Names as a file gives them: StatLine column names; the catalogue knows the first five.
const indicators: PickerIndicator[] = [
	{ id: 'Roker_11', name: 'Roker_11', source: rivm },
	{ id: 'ErvarenGezondheidGoedZeerGoed_4', name: 'ErvarenGezondheidGoedZeerGoed_4', source: rivm },
	{ id: 'WekelijkseSporters_6', name: 'WekelijkseSporters_6', source: rivm },
	{ id: 'Eenzaam_27', name: 'Eenzaam_27', source: rivm },
	{ id: 'Straatverlichting', name: 'Straatverlichting', source: own },
	{ id: 'Afval', name: 'Afval per inwoner', source: own },
	{ id: 'AantalInwoners_5', name: 'AantalInwoners_5', source: own }
];

/** Groups as `label: name, name` strings: easy to read in a table. */
const shape = (query: string, keep: string | null = null, names: Record<string, string> = {}) =>
	groupIndicators(indicators, query, keep, names).groups.map(
		(g) => `${g.label}: ${g.indicators.map((i) => i.name).join(', ')}`
	);

describe('themeOf', () => {
	it.each([
		['Roker_11', 'Leefstijl'],
		['Eenzaam_27', 'Welzijn en meedoen'],
		['AantalInwoners_5', 'Bevolking'],
		['Eenzaamheid (%)', 'Welzijn en meedoen'],
		['Straatverlichting', 'Overig']
	])('themeOf(%s) is %s', (id, theme) => {
		expect(themeOf(id)).toBe(theme);
	});
});

describe('matchesQuery', () => {
	const roker = indicators[0]!;
	it.each([
		['', true],
		['   ', true],
		['rok', true],
		['ROKER', true],
		// the catalogue's B1 label ("Rookt") and theme count as well
		['rookt', true],
		['leefstijl roker', true],
		['50090ned', true],
		['roker bevolking', false],
		['sporter', false]
	])('matchesQuery(Roker, %j) is %s', (query, expected) => {
		expect(matchesQuery(roker, query)).toBe(expected);
	});

	it('ignores accents: "een" finds "Eén of meer langdurige aandoeningen"', () => {
		const aandoening = { id: 'x', name: 'Eén of meer langdurige aandoeningen', source: own };
		expect(matchesQuery(aandoening, 'een of meer')).toBe(true);
	});
});

describe('pickerName', () => {
	it.each([
		[{ id: 'Eenzaam_27', name: 'Eenzaam_27', source: rivm }, {}, 'Eenzaam'],
		[{ id: 'Eenzaam_27', name: 'Eenzaam_27', source: rivm }, { Eenzaam_27: 'Alleen' }, 'Alleen'],
		[{ id: 'Afval', name: 'Afval per inwoner', source: own }, {}, 'Afval per inwoner'],
		[
			{ id: 'Afval', name: 'Afval per inwoner', source: own },
			{ Roker_11: 'x' },
			'Afval per inwoner'
		]
	])('pickerName(%o, %o) is %s', (indicator, names, expected) => {
		expect(pickerName(indicator, names)).toBe(expected);
	});
});

describe('groupIndicators', () => {
	it('shows and sorts by the user’s own name, and finds it', () => {
		const names = { Roker_11: 'Aandeel rokers' };
		expect(shape('', null, names)[1]).toBe(
			'50090NED.csv · Leefstijl: Aandeel rokers, Wekelijkse sporters'
		);
		expect(shape('aandeel', null, names)).toEqual(['50090NED.csv · Leefstijl: Aandeel rokers']);
		// The file's column name still finds it.
		expect(shape('roker_11', null, names)).toEqual(['50090NED.csv · Leefstijl: Aandeel rokers']);
	});

	const cases: { name: string; query: string; keep?: string; groups: string[]; matches: number }[] =
		[
			{
				name: 'groups every indicator by source, then theme with Overig last',
				query: '',
				groups: [
					'50090NED.csv · Gezondheid: Ervaren gezondheid goed of zeer goed',
					'50090NED.csv · Leefstijl: Roker, Wekelijkse sporters',
					'50090NED.csv · Welzijn en meedoen: Eenzaam',
					'eigen-cijfers.csv · Bevolking: Aantal inwoners',
					'eigen-cijfers.csv · Overig: Afval per inwoner, Straatverlichting'
				],
				matches: 7
			},
			{
				name: 'keeps only matching indicators and drops empty groups',
				query: 'inwoner',
				groups: [
					'eigen-cijfers.csv · Bevolking: Aantal inwoners',
					'eigen-cijfers.csv · Overig: Afval per inwoner'
				],
				matches: 2
			},
			{
				name: 'keeps the chosen indicator in its group without counting it as a match',
				query: 'inwoner',
				keep: 'Roker_11',
				groups: [
					'50090NED.csv · Leefstijl: Roker',
					'eigen-cijfers.csv · Bevolking: Aantal inwoners',
					'eigen-cijfers.csv · Overig: Afval per inwoner'
				],
				matches: 2
			},
			{
				name: 'finds a theme by its name',
				query: 'overig',
				groups: ['eigen-cijfers.csv · Overig: Afval per inwoner, Straatverlichting'],
				matches: 2
			},
			{
				name: 'returns no groups when nothing matches',
				query: 'fietspaden',
				groups: [],
				matches: 0
			}
		];
	it.each(cases)('groupIndicators $name', ({ query, keep, groups, matches }) => {
		expect(shape(query, keep ?? null)).toEqual(groups);
		const result = groupIndicators(indicators, query, keep ?? null);
		expect(result.matches).toBe(matches);
		expect(result.total).toBe(indicators.length);
	});
});
