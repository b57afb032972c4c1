import { describe, expect, it } from 'vitest';
import { moveInList, moveOnLines } from './keyboard';
import { moveOnMap } from './map/keyboard';

// Three lines: a wijk with points in 2014, 2016, 2018 (x 0, 20, 40), a line without points, and
// the gemeente with points at x 0, 10, 30, 40.
const rows = [[0, 20, 40], [], [0, 10, 30, 40]];

describe('moveOnLines', () => {
	it.each([
		['ArrowRight', { row: 0, index: 0 }, false, { row: 0, index: 1 }],
		['ArrowRight', { row: 0, index: 2 }, false, { row: 0, index: 2 }],
		['ArrowLeft', { row: 0, index: 1 }, false, { row: 0, index: 0 }],
		['ArrowLeft', { row: 0, index: 0 }, false, { row: 0, index: 0 }],
		// Down skips the line without points and lands nearest in time (20 → 10, the first of 10 and 30).
		['ArrowDown', { row: 0, index: 1 }, false, { row: 2, index: 1 }],
		['ArrowDown', { row: 2, index: 3 }, false, { row: 2, index: 3 }],
		['ArrowUp', { row: 2, index: 2 }, false, { row: 0, index: 1 }],
		['ArrowUp', { row: 0, index: 2 }, false, { row: 0, index: 2 }],
		['Home', { row: 2, index: 2 }, false, { row: 2, index: 0 }],
		['End', { row: 0, index: 0 }, false, { row: 0, index: 2 }],
		['Home', { row: 2, index: 2 }, true, { row: 0, index: 0 }],
		['End', { row: 0, index: 0 }, true, { row: 2, index: 3 }]
	])('%s from %o (ctrl %s) goes to %o', (key, from, ctrl, to) => {
		expect(moveOnLines(rows, from, key, ctrl)).toEqual(to);
	});

	it('leaves other keys to the browser', () => {
		expect(moveOnLines(rows, { row: 0, index: 0 }, 'Tab')).toBeNull();
		expect(moveOnLines(rows, { row: 0, index: 0 }, 'Enter')).toBeNull();
	});

	it('stays put when there is nowhere to go', () => {
		expect(moveOnLines([[5]], { row: 0, index: 0 }, 'ArrowDown')).toEqual({ row: 0, index: 0 });
		expect(moveOnLines([[], [5]], { row: 1, index: 0 }, 'Home', true)).toEqual({
			row: 1,
			index: 0
		});
	});
});

describe('moveInList', () => {
	it.each([
		['ArrowDown', 0, 1],
		['ArrowRight', 3, 4],
		['ArrowDown', 4, 4],
		['ArrowUp', 2, 1],
		['ArrowLeft', 0, 0],
		['Home', 3, 0],
		['End', 1, 4]
	])('%s from %i goes to %i of five', (key, from, to) => {
		expect(moveInList(5, from, key)).toBe(to);
	});

	it('leaves other keys to the browser', () => {
		expect(moveInList(5, 2, ' ')).toBeNull();
	});
});

describe('moveOnMap', () => {
	// A 3 x 2 grid of wijken (0 1 2 on top, 3 4 5 below) and one far to the right of 2.
	const centers: [number, number][] = [
		[0, 0],
		[10, 0],
		[20, 0],
		[0, 10],
		[10, 10],
		[20, 10],
		[60, 4]
	];
	it.each([
		['ArrowRight', 0, 1],
		['ArrowRight', 1, 2],
		['ArrowRight', 2, 6],
		['ArrowRight', 6, 6],
		['ArrowLeft', 2, 1],
		['ArrowLeft', 3, 3],
		['ArrowDown', 1, 4],
		['ArrowDown', 4, 4],
		['ArrowUp', 5, 2],
		// Up from the one far right: nothing lies within 45 degrees above it.
		['ArrowUp', 6, 6],
		['Home', 4, 0],
		['End', 1, 6]
	])('%s from %i goes to %i', (key, from, to) => {
		expect(moveOnMap(centers, from, key)).toBe(to);
	});

	it('leaves other keys to the browser', () => {
		expect(moveOnMap(centers, 0, 'Enter')).toBeNull();
	});
});
