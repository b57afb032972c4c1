import { describe, expect, it } from 'vitest';
import { wrapText } from '$lib/charts/wrap';
import { legendLayout, pngScale } from './export-chart';

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

describe('legendLayout', () => {
	const entry = (label: string, swatchWidth = 18) => ({ swatchWidth, label });

	it('puts entries side by side while they fit, then starts a new row', () => {
		// 18 + 6 + 10 chars × 6.6 px = 90 px per entry, 18 px between entries.
		const entries = ['0,0 – 10,0', '10,0 – 20,', '20,0 – 30,', 'geen gegev'].map((l) => entry(l));
		const { placed, rows } = legendLayout(entries, 310);
		expect(placed.map((p) => p.row)).toEqual([0, 0, 0, 1]);
		expect(placed.map((p) => p.x)).toEqual([0, 108, 216, 0]);
		expect(placed[0]!.textX).toBe(24);
		expect(rows).toBe(2);
	});

	it('keeps an entry wider than the image on its own row rather than dropping it', () => {
		const { placed, rows } = legendLayout([entry('x'.repeat(80)), entry('kort')], 200);
		expect(placed.map((p) => [p.x, p.row])).toEqual([
			[0, 0],
			[0, 1]
		]);
		expect(rows).toBe(2);
	});

	it('takes no room without entries', () => {
		expect(legendLayout([], 300)).toEqual({ placed: [], rows: 0 });
	});
});

describe('pngScale', () => {
	it.each([
		{ name: 'a chart', width: 800, height: 500, scale: 2 },
		// The Overzicht of 135 indicators the review downloaded: 14,491 × 2,009 CSS pixels.
		{ name: 'a very wide Overzicht', width: 14_491, height: 2_009, scale: 16_384 / 14_491 },
		{ name: 'a very tall table', width: 1_000, height: 20_000, scale: 16_384 / 20_000 },
		{ name: 'wide and tall', width: 12_000, height: 12_000, scale: 16_384 / 12_000 }
	])('$name fits a canvas', ({ width, height, scale }) => {
		const s = pngScale(width, height);
		expect(s).toBeCloseTo(scale, 6);
		expect(width * s).toBeLessThanOrEqual(16_384);
		expect(height * s).toBeLessThanOrEqual(16_384);
		expect(width * s * height * s).toBeLessThanOrEqual(16_384 * 16_384 + 1);
	});
});
