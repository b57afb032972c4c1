import { dayOf, importText } from './components/import/text.nl';
import { mapText } from './explore/map.text.nl';
import { overviewText } from './explore/overview.text.nl';
import { describe, expect, it } from 'vitest';
import { text } from './text.nl';

/**
 * Every string in a text object, with the functions called with sample values: texts; a list
 * where a function names several things (the reference lines), as the fourth.
 */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') {
		try {
			return [String(value('x', 'y', 'z', 'w', 'v'))];
		} catch {
			return [String(value('x', 'y', 'z', ['w'], 'v'))];
		}
	}
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

describe('text.nl judgement words', () => {
	const shared = ['gunstiger', 'ongunstiger', 'hoger', 'lager', 'geen_verschil'] as const;

	it.each(shared)('Vergelijking and Overzicht say the same for %s', (key) => {
		expect(text.compare.judgements[key]).toBe(overviewText.statuses[key]);
	});

	it.each([
		['gunstiger', 'beter dan de gemeente'],
		['ongunstiger', 'slechter dan de gemeente']
	])('%s reads "%s" (B1), in both views', (key, words) => {
		expect(text.compare.judgements[key]).toBe(words);
		expect(overviewText.statuses[key as 'gunstiger' | 'ongunstiger']).toBe(words);
	});

	it('no explorer text uses the harder words gunstiger, ongunstiger or aantoonbaar', () => {
		const all = [text.explore, text.compare, overviewText, text.smallMultiples, mapText]
			.flatMap(strings)
			.join('\n');
		expect(all).not.toMatch(/gunstig|aantoonbaar/i);
	});
});

describe('text.nl Vergelijking text alternative', () => {
	it.each([
		[
			['Gemeente Den Haag', 'Nederland'],
			', met Gemeente Den Haag en Nederland als verticale lijnen.'
		],
		[['Gemeente Den Haag'], ', met Gemeente Den Haag als verticale lijn.'],
		[[], 'wijken van hoog naar laag.']
	])('names only the reference lines drawn: %j', (references, end) => {
		expect(text.compare.description('Bijstand', '2020', 44, references)).toMatch(
			new RegExp(`${end.replace(/[.]/g, '\\.')}$`)
		);
	});
});

describe('text.nl boundaries added', () => {
	it('says how many shapes were left out for want of a known area code, only when any were', () => {
		expect(mapText.added(72, 'wijken.json', 'wgs84')).toBe(
			'72 kaartvlakken toegevoegd uit "wijken.json" (WGS84).'
		);
		expect(mapText.added(1, 'wijken.json', 'rd', 3)).toBe(
			'1 kaartvlak toegevoegd uit "wijken.json" (RD-coördinaten, omgerekend). 3 kaartvlakken hebben we overgeslagen: daarbij staat geen gebiedscode die we kennen.'
		);
	});
});

describe('text.nl counts', () => {
	it.each([
		[text.data.rows(1), '1 rij'],
		[text.data.rows(2), '2 rijen'],
		[text.data.rows(1200), '1.200 rijen'],
		[text.altText.summary('Eenzaam', 'Voorbeeldstad', '2014', '2023', 1), 'met 1 lijn.'],
		[text.altText.summary('Eenzaam', 'Voorbeeldstad', '2014', '2023', 3), 'met 3 lijnen.'],
		[mapText.description('Eenzaam', '2023', 1), 'Kaart van 1 wijk met'],
		[overviewText.summary(1, 1, 0, 0), 'Tabel met 1 wijk en 1 indicator.']
	])('%s says %s', (said, part) => {
		expect(said).toContain(part);
	});
});

describe('text.nl periods, counts and days as people write them', () => {
	it('names one period once, not "2020 tot en met 2020"', () => {
		expect(text.explore.chartSubtitle('2020', '2020', 'a.csv')).toBe('2020. Bron: a.csv.');
		expect(text.explore.chartSubtitle('2014', '2023', 'a.csv')).toBe(
			'2014 tot en met 2023. Bron: a.csv.'
		);
		expect(text.altText.summary('X', 'Delft', '2021', '2021', 1)).toBe(
			'Lijngrafiek van X in Delft, 2021, met 1 lijn.'
		);
		expect(overviewText.inRange('2022', '2022')).toBe(
			'Alleen cijfers uit de gekozen periode: 2022.'
		);
	});

	it('says "1 indicator", and more in the plural', () => {
		expect(importText.indicatorCount(1)).toBe('1 indicator gekozen');
		expect(importText.indicatorCount(3)).toBe('3 indicatoren gekozen');
	});

	it('writes the day of an earlier import in Dutch, whatever the time of day', () => {
		expect(dayOf('2026-12-02 23:59:00')).toBe('2 december 2026');
		expect(dayOf('2026-01-31T00:10:00.000Z')).toBe('31 januari 2026');
	});

	it('names the earlier file when the same bytes come back under another name', () => {
		expect(importText.duplicate('kopie.csv', 'origineel.csv')).toContain('"origineel.csv"');
		expect(importText.duplicate('a.csv', 'a.csv')).toBe(
			'Dit bestand ("a.csv") heb je al toegevoegd. Er is niets dubbel opgeslagen.'
		);
	});
});

describe('text.nl chart subtitles', () => {
	it.each([
		{ unit: '%', said: '2020. In procenten (%). Bron: a.csv.' },
		{ unit: 'procent', said: '2020. In procenten (%). Bron: a.csv.' },
		{ unit: 'km', said: '2020. Eenheid: km. Bron: a.csv.' },
		{ unit: 'x 1.000 euro', said: '2020. In duizenden euro (x 1.000 euro). Bron: a.csv.' },
		{ unit: 'aantal', said: '2020. In aantallen. Bron: a.csv.' },
		{ unit: null, said: '2020. Bron: a.csv.' }
	])(
		'a chart of one period says its unit ($unit), so a downloaded picture does too',
		({ unit, said }) => {
			expect(text.explore.periodSubtitle('2020', 'a.csv', null, unit)).toBe(said);
		}
	);

	it('the unit comes before the group and the source over a range of periods', () => {
		expect(text.explore.chartSubtitle('2014', '2022', 'a.csv', '65 jaar of ouder', '%')).toBe(
			'2014 tot en met 2022. In procenten (%). 65 jaar of ouder. Bron: a.csv.'
		);
	});
});
