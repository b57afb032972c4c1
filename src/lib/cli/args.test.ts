import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './args';
import { printable, shortValue } from './report';

describe('parseCommandLine', () => {
	it.each([
		[
			['check', 'a.csv'],
			{ kind: 'run', command: 'check', files: ['a.csv'], json: false, out: null, missing: [] }
		],
		[
			['check', '--json', 'a.csv', 'b.csv'],
			{
				kind: 'run',
				command: 'check',
				files: ['a.csv', 'b.csv'],
				json: true,
				out: null,
				missing: []
			}
		],
		[
			['import', 'a.csv', '--out', 'p.arrow'],
			{ kind: 'run', command: 'import', files: ['a.csv'], json: false, out: 'p.arrow', missing: [] }
		],
		[
			['import', '-o', 'p.arrow', '--', '--raar.csv'],
			{
				kind: 'run',
				command: 'import',
				files: ['--raar.csv'],
				json: false,
				out: 'p.arrow',
				missing: []
			}
		],
		[
			['check', 'a.csv', '--missing', ' onbekend ', '--missing', '*'],
			{
				kind: 'run',
				command: 'check',
				files: ['a.csv'],
				json: false,
				out: null,
				missing: ['onbekend', '*']
			}
		],
		[['--help'], { kind: 'help' }],
		[['check', '-h'], { kind: 'help' }],
		[
			['check', 'a.csv', '--period', ' 2021 '],
			{
				kind: 'run',
				command: 'check',
				files: ['a.csv'],
				json: false,
				out: null,
				missing: [],
				period: '2021'
			}
		],
		[
			['check', 'a.csv', '--indicator', ' Eenzaamheid (%) '],
			{
				kind: 'run',
				command: 'check',
				files: ['a.csv'],
				json: false,
				out: null,
				missing: [],
				indicator: 'Eenzaamheid (%)'
			}
		]
	])('reads %j', (argv, expected) => {
		expect(parseCommandLine(argv)).toEqual(expected);
	});

	it.each([
		[[], 'Geef een opdracht'],
		[['toon', 'a.csv'], 'Onbekende opdracht "toon"'],
		[['check'], 'minstens één CSV-bestand'],
		[['import', 'a.csv'], 'Geef met --out'],
		[['check', 'a.csv', '--out', 'p.arrow'], '--out hoort alleen bij import'],
		[['import', 'data/a.csv', 'b.csv', '--out', './data/../data/a.csv'], 'dat bestand lees je in'],
		[['check', '--jsn', 'a.csv'], 'Onbekende of onvolledige optie: --jsn'],
		[['import', 'a.csv', '--out'], 'Onbekende of onvolledige optie'],
		[['check', 'a.csv', '--missing', ' '], 'heeft 1 tot 40 tekens'],
		[['check', 'a.csv', '--period', 'vorig jaar'], '--period "vorig jaar" is geen periode'],
		[['check', 'a.csv', '--indicator', '  '], 'Geef met --indicator een naam'],
		[['check', 'a.csv', '--missing', 'x'.repeat(41)], 'heeft 1 tot 40 tekens'],
		[
			['check', 'a.csv', ...Array.from({ length: 21 }, (_, i) => ['--missing', `w${i}`]).flat()],
			'hoogstens 20 woorden'
		]
	])('refuses %j in Dutch', (argv, message) => {
		const parsed = parseCommandLine(argv);
		expect(parsed.kind).toBe('usage-error');
		expect(parsed.kind === 'usage-error' && parsed.message).toContain(message);
	});
});

describe('text from files in a terminal', () => {
	it('shows line breaks and replaces escape sequences and bidi overrides', () => {
		expect(printable('a\r\nb\nc')).toBe('a↵b↵c');
		expect(printable('\u001b[31mrood\u001b[0m')).toBe('�[31mrood�[0m');
		expect(printable('x\u202ey')).toBe('x�y');
		expect(printable('Ærø € ’')).toBe('Ærø € ’');
	});

	it('cuts long values without splitting a character', () => {
		expect(shortValue('kort')).toBe('kort');
		const long = '😀'.repeat(70);
		expect(Array.from(shortValue(long))).toHaveLength(60);
		expect(shortValue(long).endsWith('😀…')).toBe(true);
	});
});
