import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../../tests/helpers/files';
import { decode } from './decode';
import type { DecimalMark } from './number';
import { sniff, type Delimiter } from './sniff';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

describe('sniff', () => {
	it.each<{
		name: string;
		text: string;
		delimiter: Delimiter;
		decimal: DecimalMark;
		headerLine: number;
		header: string[];
		rows: string[][];
	}>([
		{
			name: "';' with a decimal comma",
			text: lines(
				'gebiedscode;gebiedsnaam;periode;waarde',
				'WK036300;Burgwallen-Oude Zijde;2020;76,1',
				'WK036301;Burgwallen-Nieuwe Zijde;2020;71,5'
			),
			delimiter: ';',
			decimal: ',',
			headerLine: 0,
			header: ['gebiedscode', 'gebiedsnaam', 'periode', 'waarde'],
			rows: [
				['WK036300', 'Burgwallen-Oude Zijde', '2020', '76,1'],
				['WK036301', 'Burgwallen-Nieuwe Zijde', '2020', '71,5']
			]
		},
		{
			name: "',' with a decimal point",
			text: lines('WKC,WKN,YEAR,AGE_MEAN', "WK178304,'s-Gravenzande,2009,38.6253443657389"),
			delimiter: ',',
			decimal: '.',
			headerLine: 0,
			header: ['WKC', 'WKN', 'YEAR', 'AGE_MEAN'],
			rows: [['WK178304', "'s-Gravenzande", '2009', '38.6253443657389']]
		},
		{
			name: 'a tab',
			text: lines('code\tnaam\twaarde', 'GM0363\tAmsterdam\t12,5', 'GM0599\tRotterdam\t13,1'),
			delimiter: '\t',
			decimal: ',',
			headerLine: 0,
			header: ['code', 'naam', 'waarde'],
			rows: [
				['GM0363', 'Amsterdam', '12,5'],
				['GM0599', 'Rotterdam', '13,1']
			]
		},
		{
			name: "'|'",
			text: lines('code|naam|waarde', 'GM0363|Amsterdam|12.5', 'GM0599|Rotterdam|13.1'),
			delimiter: '|',
			decimal: '.',
			headerLine: 0,
			header: ['code', 'naam', 'waarde'],
			rows: [
				['GM0363', 'Amsterdam', '12.5'],
				['GM0599', 'Rotterdam', '13.1']
			]
		},
		{
			name: 'a title line above the header',
			text: lines(
				'Tabel 1 Gezondheid per wijk',
				'gebiedscode;periode;waarde',
				'WK036300;2020;76,1',
				'WK036301;2020;71,5'
			),
			delimiter: ';',
			decimal: ',',
			headerLine: 1,
			header: ['gebiedscode', 'periode', 'waarde'],
			rows: [
				['WK036300', '2020', '76,1'],
				['WK036301', '2020', '71,5']
			]
		},
		{
			name: 'two title lines and a blank line above the header',
			text: lines('Wijkprofiel', 'Bron: CBS', '', 'code,jaar,score', 'GM0363,2020,7.5'),
			delimiter: ',',
			decimal: '.',
			headerLine: 3,
			header: ['code', 'jaar', 'score'],
			rows: [['GM0363', '2020', '7.5']]
		},
		{
			name: 'quoted fields with embedded separators',
			text: lines(
				'code,naam,waarde',
				'GM0363,"Amsterdam, centrum",12.5',
				'GM0599,"Rotterdam, ""Noord""",13.1',
				'GM0518,Den Haag,14.2'
			),
			delimiter: ',',
			decimal: '.',
			headerLine: 0,
			header: ['code', 'naam', 'waarde'],
			rows: [
				['GM0363', 'Amsterdam, centrum', '12.5'],
				['GM0599', 'Rotterdam, "Noord"', '13.1'],
				['GM0518', 'Den Haag', '14.2']
			]
		},
		{
			name: "quoted fields holding ';' and a decimal comma",
			text: lines(
				'code;naam;waarde',
				'GM0363;"Amsterdam; centrum";"31.400,50"',
				'GM0599;Rotterdam;1,5'
			),
			delimiter: ';',
			decimal: ',',
			headerLine: 0,
			header: ['code', 'naam', 'waarde'],
			rows: [
				['GM0363', 'Amsterdam; centrum', '31.400,50'],
				['GM0599', 'Rotterdam', '1,5']
			]
		},
		{
			name: "';' without decimal evidence (comma assumed)",
			text: lines('code;waarde', 'GM0363;12', 'GM0599;872.757'),
			delimiter: ';',
			decimal: ',',
			headerLine: 0,
			header: ['code', 'waarde'],
			rows: [
				['GM0363', '12'],
				['GM0599', '872.757']
			]
		},
		{
			name: "',' without decimal evidence (point assumed)",
			text: lines('code,waarde', 'GM0363,12', 'GM0599,13'),
			delimiter: ',',
			decimal: '.',
			headerLine: 0,
			header: ['code', 'waarde'],
			rows: [
				['GM0363', '12'],
				['GM0599', '13']
			]
		},
		{
			name: 'CRLF line ends, padded header names and blank rows',
			text: ' code ; waarde \r\nGM0363;1,5\r\n\r\nGM0599;2,5\r\n',
			delimiter: ';',
			decimal: ',',
			headerLine: 0,
			header: ['code', 'waarde'],
			rows: [
				['GM0363', '1,5'],
				['GM0599', '2,5']
			]
		}
	])('sniff reads $name', ({ text, delimiter, decimal, headerLine, header, rows }) => {
		expect(sniff(text)).toEqual({ delimiter, decimal, headerLine, header, rows });
	});

	it('sniff uses a forced delimiter and decimal mark as given', () => {
		const result = sniff(lines('a;b,c', '1;2,5'), { delimiter: ',', decimal: ',' });
		expect(result.delimiter).toBe(',');
		expect(result.decimal).toBe(',');
		expect(result.header).toEqual(['a;b', 'c']);
		expect(result.rows).toEqual([['1;2', '5']]);
	});

	it('sniff reads the decimal comma of the shared thousands-separators file', () => {
		const text = decode(sharedFile('bad/thousands-separators.csv'), 'thousands.csv').text;
		const result = sniff(text);
		expect(result.delimiter).toBe(';');
		expect(result.decimal).toBe(',');
		expect(result.header).toEqual(['gebiedcode', 'indicator', 'periode', 'waarde']);
		expect(result.rows.map((r) => r[3])).toEqual(['872.757', '31.400,50', '1,5']);
	});

	it('sniff reads the shared UTF-16 export once decoded', () => {
		const text = decode(sharedFile('bad/utf16le-bom.csv'), 'utf16le-bom.csv').text;
		const result = sniff(text);
		expect(result.delimiter).toBe(';');
		expect(result.decimal).toBe(',');
		expect(result.header).toEqual(['gebiedcode', 'gebiednaam', 'indicator', 'periode', 'waarde']);
	});
});
