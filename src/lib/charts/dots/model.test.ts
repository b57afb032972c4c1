import { describe, expect, it } from 'vitest';
import type { Difference } from '$lib/explore/compare';
import { dotModel, type DotRow } from './model';

const row = (
	key: string,
	value: number | null,
	judgement = 'niet_getoetst',
	difference: Difference = judgement === 'gunstiger' ? 'hoger' : 'niet_getoetst'
): DotRow => ({
	key,
	label: key,
	value,
	low: value === null ? null : value - 2,
	high: value === null ? null : value + 2,
	judgement,
	difference,
	missing: value === null ? 'suppressed' : null
});

describe('dotModel', () => {
	it('sorts areas from high to low and puts areas without a value last, not at 0', () => {
		const m = dotModel([row('A', 50), row('B', null), row('C', 70)], [], 600);
		expect(m.rows.map((r) => r.key)).toEqual(['C', 'A', 'B']);
		expect(m.rows[2]!.x).toBeNull();
		expect(m.xTicks.some((t) => t.label === '0')).toBe(false);
	});

	it('draws whiskers around the dot and places the references on the same scale', () => {
		const m = dotModel(
			[row('A', 50, 'gunstiger')],
			[{ key: 'GM', label: 'Gemeente', value: 45 }],
			600
		);
		const a = m.rows[0]!;
		expect(a.x1!).toBeLessThan(a.x!);
		expect(a.x2!).toBeGreaterThan(a.x!);
		expect(m.references[0]!.x).toBeLessThan(a.x1!);
		expect(a.shape).toBe('up');
	});

	it.each([
		// Higher is better: better is above the gemeente.
		['gunstiger', 'hoger', 'up', '#0072B2'],
		['ongunstiger', 'lager', 'down', '#D55E00'],
		// Lower is better (e.g. moeite met rondkomen): a better wijk lies below the gemeente.
		['gunstiger', 'lager', 'down', '#0072B2'],
		['ongunstiger', 'hoger', 'up', '#D55E00'],
		// Unknown direction: higher or lower only, in grey.
		['hoger', 'hoger', 'up', '#5A5A5A'],
		['lager', 'lager', 'down', '#5A5A5A'],
		['geen_verschil', 'geen_verschil', 'circle', '#5A5A5A'],
		['niet_getoetst', 'niet_getoetst', 'diamond', '#5A5A5A']
	] as const)(
		'a wijk judged %s, %s than the gemeente, is drawn as %s in %s',
		(judgement, difference, shape, color) => {
			const [a] = dotModel([row('A', 50, judgement, difference)], [], 600).rows;
			expect(a).toMatchObject({ shape, color });
		}
	);
});

describe('dotModel on a phone (320 px screen: a chart 238 px wide)', () => {
	const long = { ...row('WK1', 40), label: 'Westerkwartier en Oud-Zuid' };
	const references = [
		{ key: 'GM', label: 'Gemeente Voorbeeldstad', value: 49 },
		{ key: 'NL', label: 'Nederland', value: 41 }
	];

	it.each([
		{ width: 720, left: 200 },
		{ width: 560, left: 200 },
		{ width: 400, left: 144 },
		{ width: 238, left: 96 }
	])('at $width px the names get $left px', ({ width, left }) => {
		expect(dotModel([long], references, width).left).toBe(left);
	});

	it('shortens names to the room they get, and keeps the whole name for the text alternative', () => {
		const wide = dotModel([long], references, 720).rows[0]!;
		const narrow = dotModel([long], references, 238).rows[0]!;
		expect(wide.shortLabel).toBe('Westerkwartier en Oud-Zuid'.slice(0, 23) + '…');
		expect(narrow.shortLabel).toBe('Westerkwar…');
		expect(narrow.label).toBe('Westerkwartier en Oud-Zuid');
	});

	it('keeps the reference labels inside the chart, near their line', () => {
		for (const width of [238, 320, 720]) {
			const m = dotModel([long, row('WK2', 30)], references, width);
			for (const r of m.references) {
				const half = (r.labelAt.text.length * 9) / 2;
				expect(r.labelAt.x - half).toBeGreaterThanOrEqual(0);
				expect(r.labelAt.x + half).toBeLessThanOrEqual(width);
			}
		}
		// At 720 px there is room: the label stands centred over its own line.
		const wide = dotModel([long, row('WK2', 30)], references, 720);
		expect(wide.references[1]!.labelAt.x).toBe(wide.references[1]!.x);
	});

	it('uses fewer ticks when the dots have less room', () => {
		expect(dotModel([long, row('WK2', 10)], references, 238).xTicks.length).toBeLessThanOrEqual(3);
		expect(dotModel([long, row('WK2', 10)], references, 720).xTicks.length).toBeGreaterThan(3);
	});
});
