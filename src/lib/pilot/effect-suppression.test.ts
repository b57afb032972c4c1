import { describe, expect, it } from 'vitest';
import { suppressAcrossAreas, totalsOf, type AreaCount } from './effect-suppression';

const groups = ['pilot', 'controle'];
const cells = (rows: [string, string, number][]): AreaCount[] =>
	rows.map(([areaCode, grp, n]) => ({ areaCode, grp, n }));

describe('suppressAcrossAreas', () => {
	it.each([
		{
			name: 'shows everything when no group is small',
			counts: cells([
				['A', 'pilot', 40],
				['B', 'pilot', 30],
				['A', 'controle', 35],
				['B', 'controle', 25]
			]),
			totals: null,
			hidden: {}
		},
		{
			name: 'hides a small wijk and, in the same group, the smallest other wijk',
			counts: cells([
				['A', 'pilot', 40],
				['B', 'pilot', 30],
				['C', 'pilot', 7],
				['A', 'controle', 35],
				['B', 'controle', 25],
				['C', 'controle', 12]
			]),
			totals: null,
			hidden: { 'C|pilot': 'klein', 'B|pilot': 'aanvullend' }
		},
		{
			name: 'lets the part of a total outside the wijken protect a small wijk',
			counts: cells([
				['A', 'pilot', 50],
				['B', 'pilot', 5]
			]),
			totals: new Map([['pilot', 100]]),
			hidden: { 'B|pilot': 'klein' }
		},
		{
			name: 'hides a small total for all wijken',
			counts: cells([]),
			totals: new Map([
				['pilot', 8],
				['controle', 30]
			]),
			hidden: { '*|pilot': 'klein' }
		}
	])('suppressAcrossAreas $name', ({ counts, totals, hidden }) => {
		const lookup = suppressAcrossAreas(counts, totals ?? totalsOf(counts), groups, 10);
		const found: Record<string, string> = {};
		for (const area of [null, 'A', 'B', 'C'])
			for (const grp of groups) {
				const reason = lookup(area, grp);
				if (reason) found[`${area ?? '*'}|${grp}`] = reason;
			}
		expect(found).toEqual(hidden);
	});

	it('suppressAcrossAreas hides nothing it does not know', () => {
		const lookup = suppressAcrossAreas(cells([['A', 'pilot', 3]]), new Map(), ['pilot'], 10);
		expect([lookup('Z', 'pilot'), lookup('A', 'ontheffing')]).toEqual([null, null]);
		expect(suppressAcrossAreas([], new Map(), [], 10)(null, 'pilot')).toBeNull();
	});
});

describe('totalsOf', () => {
	it('totalsOf adds up per group', () => {
		const totals = totalsOf([
			{ grp: 'pilot', n: 3 },
			{ grp: 'controle', n: 4 },
			{ grp: 'pilot', n: 5 }
		]);
		expect([...totals]).toEqual([
			['pilot', 8],
			['controle', 4]
		]);
	});
});
