import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../../tests/helpers/files';
import { decode } from './decode';
import {
	detectGeneric,
	isNumericColumn,
	mapping,
	numericColumns,
	takenColumns,
	unusedColumns,
	validateMapping,
	type Mapping
} from './mapping';
import type { DecimalMark } from './number';
import { detectMapping } from './profiles';
import { sniff } from './sniff';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

const wideElan = lines(
	'WKC,gem_name,WKN,YEAR,AGE_MEAN,Income_MEAN',
	"WK178304,Westland,'s-Gravenzande,2009,38.6253443657389,",
	"WK178304,Westland,'s-Gravenzande,2010,38.8619277234639,",
	"WK178304,Westland,'s-Gravenzande,2011,39.0570488025545,28975.1822781006",
	'WK178305,Westland,Naaldwijk,2011,40.1,29052.7905828932'
);

const longWithBounds = lines(
	'gebiedscode;gebiedsnaam;indicator;periode;waarde;n;ondergrens;bovengrens',
	'WK036300;Burgwallen-Oude Zijde;ervaren_gezondheid;2020;76,1;512;72,3;79,9',
	'WK036301;Burgwallen-Nieuwe Zijde;ervaren_gezondheid;2020;71,5;430;67,0;76,0'
);

/** Fields every generic mapping has, so each case names only what it is about. */
const generic: Mapping = {
	profile: 'breed',
	layout: 'wide',
	areaCode: 0,
	codeKind: 'cbs',
	areaName: null,
	gemeenteName: null,
	period: null,
	fixedPeriod: null,
	indicator: null,
	value: null,
	n: null,
	ciLow: null,
	ciHigh: null,
	margins: null,
	subgroups: [],
	moment: null,
	indicators: [],
	fixedIndicator: null,
	estimateType: 'register'
};

describe('detectGeneric', () => {
	it.each<{ name: string; text: string; expected: Partial<Mapping> }>([
		{
			name: 'a wide ELAN layout',
			text: wideElan,
			expected: { areaCode: 0, gemeenteName: 1, areaName: 2, period: 3, indicators: [4, 5] }
		},
		{
			name: 'a long layout with n and bounds',
			text: longWithBounds,
			expected: {
				profile: 'lang',
				layout: 'long',
				areaCode: 0,
				areaName: 1,
				indicator: 2,
				period: 3,
				value: 4,
				n: 5,
				ciLow: 6,
				ciHigh: 7
			}
		},
		{
			name: 'a long layout without bounds',
			text: lines(
				'gebiedcode;gebiednaam;indicator;periode;waarde',
				'WK168000;Súdwest-Fryslân Noord;moeite_met_rondkomen;2020;12,5'
			),
			expected: {
				profile: 'lang',
				layout: 'long',
				areaCode: 0,
				areaName: 1,
				indicator: 2,
				period: 3,
				value: 4
			}
		},
		{
			name: 'an ID column, which is not an indicator',
			text: lines(
				'ID;gebiedscode;periode;inwoners;dichtheid',
				'0;GM0363;2020;872.757;5.214',
				'1;GM0599;2020;651.446;3.010',
				'2;GM0518;2020;545.838;6.600'
			),
			expected: { areaCode: 1, period: 2, indicators: [3, 4] }
		},
		{
			name: 'the area code column by its values when the header is unknown',
			text: lines('naam,wat,jaar,score', 'Amsterdam,GM0363,2020,7.5', 'Rotterdam,GM0599,2020,7.1'),
			expected: { areaCode: 1, areaName: 0, period: 2, indicators: [3] }
		},
		{
			name: 'the period column by its values when the header is unknown',
			text: lines('code;tijd;score', 'GM0363;2021KW01;7,5', 'GM0363;2021KW02;7,1'),
			expected: { areaCode: 0, period: 1, indicators: [2] }
		},
		{
			name: 'a text column, which is not an indicator',
			text: lines(
				'gebiedscode;periode;thema;score',
				'GM0363;2020;wonen;7,5',
				'GM0599;2020;zorg;7,1'
			),
			expected: { areaCode: 0, period: 1, indicators: [3] }
		},
		{
			name: 'a long layout with a group and a meetmoment column',
			text: lines(
				'gebiedscode;indicator;periode;groep;meetmoment;waarde',
				'WK036300;eenzaamheid;2023;65 jaar of ouder;nulmeting;41,2',
				'WK036300;eenzaamheid;2024;65 jaar of ouder;T1;38,9'
			),
			expected: {
				profile: 'lang',
				layout: 'long',
				indicator: 1,
				period: 2,
				subgroups: [3],
				moment: 4,
				value: 5
			}
		},
		{
			name: 'a wide layout whose group and meetmoment columns are not indicators',
			text: lines(
				'wijkcode;jaar;doelgroep;moment;score',
				'WK036300;2023;jongeren;T0;7,5',
				'WK036300;2024;jongeren;T1;7,9'
			),
			expected: { period: 1, subgroups: [2], moment: 3, indicators: [4] }
		},
		{
			name: 'gemeente numbers (3, 363, 0014) as gemeente codes',
			text: lines(
				'gemeentenummer;jaar;inwoners',
				'3;2020;9500',
				'363;2020;872757',
				' 0014 ;2020;5',
				'GM14;2021;6'
			),
			expected: { areaCode: 0, codeKind: 'gemeentenummer', period: 1, indicators: [2] }
		},
		{
			name: 'numbers in a column that only mentions the gemeente as no gemeente numbers',
			text: lines(
				'Gemeentelijke wijkcode;wijknaam;jaar;inwoners',
				'1;Centrum;2020;100',
				'2;Oost;2020;200'
			),
			expected: { areaCode: 0, areaName: 1, period: 2, indicators: [3] }
		},
		{
			name: 'a gemeente column with codes as codes',
			text: lines('gemeentecode;jaar;inwoners', 'GM0003;2020;9500', 'GM0363;2020;872757'),
			expected: { areaCode: 0, period: 1, indicators: [2] }
		},
		{
			name: 'an indicator column without a value column as wide',
			text: lines('gebiedscode;indicator;periode;inkomen', 'GM0363;a;2020;31.400,50'),
			expected: { areaCode: 0, indicator: 1, period: 2, indicators: [3] }
		}
	])('detectGeneric reads $name', ({ text, expected }) => {
		expect(detectGeneric(sniff(text))).toEqual({ ...generic, ...expected });
	});

	it.each<{ name: string; text: string; expected: Partial<Mapping> }>([
		{
			name: 'a column per period',
			text: lines(
				'gebiedscode;gebiedsnaam;2019;2020;2021',
				'GM0363;Amsterdam;7,1;7,2;7,3',
				'GM0599;Rotterdam;6,9;7,0;7,1'
			),
			expected: {
				profile: 'perioden',
				layout: 'periods',
				areaCode: 0,
				areaName: 1,
				indicators: [2, 3, 4]
			}
		},
		{
			name: 'a column per period with gemeente numbers',
			text: lines('gemeentenr;naam;2019;2020', '363;Amsterdam;7,1;7,2', '599;Rotterdam;6,9;7,0'),
			expected: {
				profile: 'perioden',
				layout: 'periods',
				areaCode: 0,
				codeKind: 'gemeentenummer',
				areaName: 1,
				indicators: [2, 3]
			}
		},
		{
			name: 'a column per area',
			text: lines('periode;indicator;GM0363;GM0599', '2019;score;7,1;6,9', '2020;score;7,2;7,0'),
			expected: {
				profile: 'gebieden',
				layout: 'areas',
				areaCode: null,
				period: 0,
				indicator: 1,
				indicators: [2, 3]
			}
		}
	])('detectGeneric reads $name as pivoted', ({ text, expected }) => {
		expect(detectGeneric(sniff(text))).toEqual({ ...generic, ...expected });
	});

	it.each([
		{ name: 'wide', text: wideElan },
		{ name: 'long', text: longWithBounds }
	])('detectGeneric gives a valid mapping for a $name file', ({ text }) => {
		expect(mapping.safeParse(detectGeneric(sniff(text))).success).toBe(true);
	});
});

describe('detectMapping', () => {
	it.each([
		{ name: 'wide', text: wideElan, profile: 'breed' },
		{ name: 'long', text: longWithBounds, profile: 'lang' }
	])('detectMapping falls back on the generic $name guess', ({ text, profile }) => {
		const sniffed = sniff(text);
		const detected = detectMapping(sniffed, 'eigen.csv');
		expect(detected.profile).toBe(profile);
		expect(detected).toEqual(detectGeneric(sniffed));
	});

	it.each([
		{ name: '84799NED_NL-GM-WK.csv', period: '2020' },
		{ name: '85039NED_download.csv', period: '2021' },
		{ name: 'kerncijfers_2019.csv', period: '2019' },
		// The date of the download is not the year of the figures: the user has to say it.
		{ name: 'kwb_download_2024-05-01.csv', period: null },
		{ name: 'kwb 01-05-2024.csv', period: null }
	])('detectMapping takes the Kerncijfers year of $name as $period', ({ name, period }) => {
		const real = 'real/cbs-kerncijfers-wijken-buurten-2020/84799NED_NL-GM-WK.csv';
		const { text } = decode(sharedFile(real), name);
		const detected = detectMapping(sniff(text.split('\n').slice(0, 20).join('\n')), name);
		expect(detected.profile).toBe('cbs-kerncijfers');
		expect(detected.fixedPeriod).toBe(period);
	});

	it('detectMapping finds the 11 indicators of the ELAN wijkprofielen header', () => {
		const name = 'df_numeric_ver_6.csv';
		const { text } = decode(sharedFile(`real/elan-wijkprofielen-den-haag/${name}`), name);
		const sniffed = sniff(text);
		expect(sniffed.delimiter).toBe(',');
		expect(sniffed.decimal).toBe('.');
		const detected = detectMapping(sniffed, name);
		expect(detected).toMatchObject({
			profile: 'breed',
			layout: 'wide',
			areaCode: 0,
			gemeenteName: 1,
			areaName: 2,
			period: 3
		});
		expect(detected.indicators).toHaveLength(11);
		expect(detected.indicators.map((i) => sniffed.header[i])).toEqual([
			'AGE_MEAN',
			'Income_MEAN',
			'Moving_Count_MEAN',
			'Lifeevents_Count_MEAN',
			'UniqueMed_Count_MEAN',
			'ZVWKOSTENTOTAAL_MEAN',
			'ZVWKHUISARTS_MEAN',
			'ZVWKHUISARTS_NO_REG_MEAN',
			'ZVWKZIEKENHUIS_MEAN',
			'ZVWKFARMACIE_MEAN',
			'ZVWKOSTENPSYCHO_MEAN'
		]);
		expect(validateMapping(detected).success).toBe(true);
	});
});

describe('mapping', () => {
	it('reads a mapping saved before the meetmoment existed as one without a meetmoment column', () => {
		const saved = JSON.parse(JSON.stringify({ ...generic, period: 3, indicators: [4] }));
		delete saved.moment;
		const read = mapping.safeParse(saved);
		expect(read.success && read.data.moment).toBe(null);
		expect(mapping.safeParse({ ...saved, moment: -1 }).success).toBe(false);
	});

	it('keeps the words for no value trimmed, and reads older mappings without them', () => {
		const saved = { ...generic, period: 3, indicators: [4] };
		const read = mapping.safeParse({ ...saved, missing: [' onbekend ', '*'] });
		expect(read.success && read.data.missing).toEqual(['onbekend', '*']);
		const old = mapping.safeParse(saved);
		expect(old.success && old.data.missing).toBeUndefined();
	});

	const long: Mapping = {
		...generic,
		profile: 'lang',
		layout: 'long',
		period: 3,
		indicator: 2,
		value: 4
	};
	const wide: Mapping = { ...generic, period: 3, indicators: [4, 5] };

	it.each<{ name: string; candidate: Mapping }>([
		{ name: 'a long mapping', candidate: long },
		{ name: 'a wide mapping', candidate: wide },
		{
			name: 'a fixed period instead of a period column',
			candidate: { ...wide, period: null, fixedPeriod: '2020' }
		},
		{
			name: 'a periods mapping without a period column',
			candidate: { ...wide, layout: 'periods', period: null, fixedIndicator: 'score' }
		},
		{
			name: 'an areas mapping without an area column',
			candidate: { ...wide, layout: 'areas', areaCode: null, indicator: 1 }
		},
		{
			// Roles of another layout are not used, so a leftover value column is no clash.
			name: 'a wide mapping with a leftover long value column on an indicator column',
			candidate: { ...wide, value: 4 }
		}
	])('mapping accepts $name', ({ candidate }) => {
		expect(mapping.safeParse(candidate).success).toBe(true);
	});

	it.each<{ name: string; candidate: Mapping; message: string; path: string }>([
		{
			name: 'a long layout without value column',
			candidate: { ...long, value: null },
			message: 'mapping_no_value',
			path: 'value'
		},
		{
			name: 'a long layout whose value column is also the group',
			candidate: { ...long, subgroups: [4] },
			message: 'mapping_column_twice',
			path: 'subgroups'
		},
		{
			name: 'a long layout whose meetmoment column is also the period',
			candidate: { ...long, moment: 3 },
			message: 'mapping_column_twice',
			path: 'moment'
		},
		{
			name: 'a wide layout with the group column also ticked as an indicator',
			candidate: { ...wide, subgroups: [5] },
			message: 'mapping_column_twice',
			path: 'indicators'
		},
		{
			name: 'a long layout without indicator column',
			candidate: { ...long, indicator: null },
			message: 'mapping_no_indicator',
			path: 'indicator'
		},
		{
			name: 'a wide layout without area column',
			candidate: { ...wide, areaCode: null },
			message: 'mapping_no_area',
			path: 'areaCode'
		},
		{
			name: 'a wide layout without period',
			candidate: { ...wide, period: null },
			message: 'mapping_no_period',
			path: 'period'
		},
		{
			name: 'a fixed period that is no period',
			candidate: { ...wide, period: null, fixedPeriod: 'twintig' },
			message: 'mapping_no_period',
			path: 'period'
		},
		{
			name: 'a wide layout without indicators',
			candidate: { ...wide, indicators: [] },
			message: 'mapping_no_indicators',
			path: 'indicators'
		},
		{
			name: 'a periods layout that names no indicator',
			candidate: { ...wide, layout: 'periods' },
			message: 'mapping_name_indicator',
			path: 'indicator'
		}
	])('mapping rejects $name with $message', ({ candidate, message, path }) => {
		const result = mapping.safeParse(candidate);
		expect(result.success).toBe(false);
		expect(result.error?.issues).toEqual([
			expect.objectContaining({ code: 'custom', message, path: [path] })
		]);
	});

	it.each([
		{ name: 'a negative column', candidate: { ...wide, areaCode: -1 } },
		{ name: 'a fractional column', candidate: { ...wide, period: 1.5 } },
		{ name: 'an unknown layout', candidate: { ...wide, layout: 'diagonal' } },
		{ name: 'an unknown estimate type', candidate: { ...wide, estimateType: 'guess' } },
		{ name: 'an empty profile', candidate: { ...wide, profile: '' } },
		{ name: 'an empty word for no value', candidate: { ...wide, missing: ['onbekend', ' '] } },
		{ name: 'a word for no value that is no text', candidate: { ...wide, missing: [0] } }
	])('validateMapping rejects $name', ({ candidate }) => {
		expect(validateMapping(candidate).success).toBe(false);
	});
});

describe('unusedColumns', () => {
	const header = ['ID', 'gebiedcode', 'naam', 'jaar', 'roken', 'opmerking', ' '];
	it.each<{ name: string; mapping: Partial<Mapping>; expected: string[] }>([
		{
			name: 'a wide file',
			mapping: { layout: 'wide', areaCode: 1, areaName: 2, period: 3, indicators: [4] },
			expected: ['ID', 'opmerking', 'kolom 7']
		},
		{
			name: 'a long file with bounds',
			mapping: {
				layout: 'long',
				areaCode: 1,
				period: 3,
				indicator: 2,
				value: 4,
				ciLow: 5,
				ciHigh: 6
			},
			expected: ['ID']
		},
		{
			name: 'a column per period whose indicator is named in a column',
			mapping: { layout: 'periods', areaCode: 1, indicator: 2, indicators: [3, 4, 5, 6] },
			expected: ['ID']
		}
	])('unusedColumns names the columns without a role in $name', ({ mapping, expected }) => {
		expect(unusedColumns({ ...generic, ...mapping }, header)).toEqual(expected);
	});
});

describe('isNumericColumn', () => {
	it.each<{ cells: string[]; decimal: DecimalMark; expected: boolean }>([
		{ cells: ['1,5', '2,5', '3'], decimal: ',', expected: true },
		{ cells: ['1.5', '2.5', '3'], decimal: '.', expected: true },
		{ cells: ['1,5', '.', '', 'NA', 'x'], decimal: ',', expected: true },
		{ cells: ['1', '2', '3', '4', 'typo'], decimal: ',', expected: true },
		{ cells: ['1', '2', '3', 'typo'], decimal: ',', expected: false },
		{ cells: ['1.5', '2.5'], decimal: ',', expected: false },
		{ cells: ['', '.', '-'], decimal: ',', expected: false },
		{ cells: [], decimal: ',', expected: false },
		{ cells: ['Amsterdam', 'Rotterdam'], decimal: ',', expected: false }
	])(
		'isNumericColumn says $expected for $cells with "$decimal"',
		({ cells, decimal, expected }) => {
			expect(isNumericColumn(cells, decimal)).toBe(expected);
		}
	);
});

describe('numericColumns', () => {
	it('numericColumns skips taken, identifier and text columns', () => {
		const sniffed = sniff(
			lines(
				'gebiedscode;nr;Leeftijd;naam;score;aantal',
				'GM0363;1;18;Amsterdam;7,5;10',
				'GM0599;2;65;Rotterdam;7,1;12'
			)
		);
		expect(numericColumns(sniffed, new Set([0]))).toEqual([4, 5]);
		expect(numericColumns(sniffed, new Set([0, 5]))).toEqual([4]);
	});
});

describe('takenColumns', () => {
	it.each<{ name: string; candidate: Mapping; expected: number[] }>([
		{
			name: 'a long mapping',
			candidate: {
				...generic,
				layout: 'long',
				areaName: 1,
				indicator: 2,
				period: 3,
				value: 4,
				n: 5,
				ciLow: 6,
				ciHigh: 7
			},
			expected: [0, 1, 2, 3, 4, 5, 6, 7]
		},
		{
			name: 'a wide mapping, whose long-only roles do not count',
			candidate: { ...generic, gemeenteName: 1, period: 3, value: 4, margins: 5, subgroups: [6] },
			expected: [0, 1, 3, 5, 6]
		},
		{
			name: 'a mapping with a meetmoment column',
			candidate: { ...generic, period: 1, moment: 2, indicators: [3] },
			expected: [0, 1, 2]
		}
	])('takenColumns lists the columns of $name', ({ candidate, expected }) => {
		expect([...takenColumns(candidate)].sort((a, b) => a - b)).toEqual(expected);
	});
});
