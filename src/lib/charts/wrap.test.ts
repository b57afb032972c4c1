import { describe, expect, it } from 'vitest';
import { shorten, tipAnchor, wrapText } from './wrap';

describe('wrap', () => {
	it.each([
		{ x: 10, anchor: 'start' },
		{ x: 150, anchor: 'middle' },
		{ x: 290, anchor: 'end' }
	])('a tooltip at x $x of 300 runs $anchor', ({ x, anchor }) => {
		expect(tipAnchor(x, 300)).toBe(anchor);
	});

	it('wraps at spaces and shortens with an ellipsis', () => {
		expect(wrapText('Nederland, 2020: 258 per km²', 16)).toEqual([
			'Nederland, 2020:',
			'258 per km²'
		]);
		expect(shorten('Stadsdeel Centrum', 8)).toBe('Stadsde…');
	});
});
