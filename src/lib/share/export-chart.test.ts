import { describe, expect, it } from 'vitest';
import { wrapText } from './export-chart';

describe('wrapText', () => {
	it.each([
		{
			text: 'Eenzaamheid per wijk in Voorbeeldstad',
			max: 15,
			lines: ['Eenzaamheid per', 'wijk in', 'Voorbeeldstad']
		},
		{ text: 'kort', max: 15, lines: ['kort'] },
		{ text: '  twee   spaties  ', max: 40, lines: ['twee spaties'] },
		{ text: 'Bijstandsuitkeringen', max: 8, lines: ['Bijstandsuitkeringen'] },
		{ text: '', max: 10, lines: [] }
	])('wrapText($text, $max)', ({ text, max, lines }) => {
		expect(wrapText(text, max)).toEqual(lines);
	});

	it('keeps every word, in order, and breaks only where a line would get too long', () => {
		const text =
			'Bron: RIVM, Gezondheidsmonitor Volwassenen en Ouderen 2020. Gemaakt met Wijkpeil.';
		const lines = wrapText(text, 30);
		expect(lines.join(' ')).toBe(text);
		for (const [i, line] of lines.entries()) {
			expect(line.length).toBeLessThanOrEqual(30);
			const next = lines[i + 1]?.split(' ')[0];
			if (next) expect(line.length + 1 + next.length).toBeGreaterThan(30);
		}
	});
});
