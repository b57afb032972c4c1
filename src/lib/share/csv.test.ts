import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './csv';

describe('neutralise', () => {
	it.each([
		{
			cell: '=HYPERLINK("http://example.invalid","klik")',
			expected: `'=HYPERLINK("http://example.invalid","klik")`
		},
		{ cell: "+cmd|' /C calc'!A0", expected: "'+cmd|' /C calc'!A0" },
		{ cell: '@SUM(1+1)', expected: "'@SUM(1+1)" },
		{ cell: '-2+3', expected: "'-2+3" },
		{ cell: 'Burgwallen-Oude Zijde', expected: 'Burgwallen-Oude Zijde' },
		{ cell: '', expected: '' }
	])('neutralise($cell)', ({ cell, expected }) => {
		expect(neutralise(cell)).toBe(expected);
	});
});

describe('toCsv', () => {
	it('quotes separators and quotes, writes a BOM and CRLF, and neutralises formulas', () => {
		const csv = toCsv([
			['naam', 'waarde'],
			['a;b', 'zei "hoi"'],
			['=1+1', null]
		]);
		expect(csv).toBe('\uFEFFnaam;waarde\r\n"a;b";"zei ""hoi"""\r\n\'=1+1;\r\n');
	});

	it('writes numbers with a decimal comma, never neutralises them, and leaves non-numbers empty', () => {
		const csv = toCsv([
			['wijk', 'waarde', 'verschil', 'n'],
			['Noord', 12.5, -3.25, 1200],
			['Zuid', -0, Number.NaN, Number.POSITIVE_INFINITY],
			['-3.25', 0.000001, null, 7]
		]);
		expect(csv.split('\r\n')).toEqual([
			'\uFEFFwijk;waarde;verschil;n',
			'Noord;12,5;-3,25;1200',
			'Zuid;0;;',
			"'-3.25;0,000001;;7",
			''
		]);
	});
});
