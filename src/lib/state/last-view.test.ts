import { describe, expect, it } from 'vitest';
import type { TrendRow } from '$lib/db/queries/explore';
import {
	LAST_VIEW_KEY,
	forgetLastView,
	keepLastView,
	keepable,
	readLastView,
	type LastView
} from './last-view';
import { memoryStore } from '../../../tests/helpers/memory-store';

const row: TrendRow = {
	code: 'WK099901',
	level: 'WK',
	name: 'Centrum',
	period: '2022',
	start: '2022-01-01',
	value: 12.5,
	missing: null,
	ci_low: 10.1,
	ci_high: 14.9,
	n: null,
	subgroup: null,
	moment: null
};
const suppressed: TrendRow = { ...row, period: '2023', value: null, missing: 'suppressed' };

function view(params: string): LastView {
	return {
		params,
		sources: [
			{ id: 's1', name: 'a.csv', imported_at: '2026-12-01', rows_accepted: 2, is_sample: false }
		],
		gemeenten: [{ code: 'GM0999', name: 'Voorbeeldstad', wijken: 1 }],
		indicators: [{ id: 'x', name: 'X', unit: '%', source: 'a.csv', sample: false, model: false }],
		overrides: { x: { direction: 'hoger_is_beter' } },
		rows: [row, suppressed]
	};
}

describe('keepable', () => {
	it.each([
		['?g=GM0999&i=x', true],
		['?g=GM0999&i=x&v=vergelijking&p=2022', true],
		['?g=GM0999&i=x&v=kleine-grafieken', true],
		['?g=GM0999&i=x&v=kaart', false],
		['?g=GM0999&i=x&v=overzicht', false],
		['?g=GM0999&i=x&m=pilot', false],
		['?g=GM0999', false],
		['', false]
	])('%s → %s', (params, expected) => {
		expect(keepable(params)).toBe(expected);
	});
});

describe('keepLastView and readLastView', () => {
	it('give back the same view and rows, a missing value still missing (not 0)', () => {
		const store = memoryStore();
		keepLastView(view('?g=GM0999&i=x&w=WK099901&v=vergelijking&p=2022'), store);
		const back = readLastView('', store);
		expect(back?.params).toBe('g=GM0999&i=x&p=2022&v=vergelijking&w=WK099901');
		expect(back?.rows).toEqual([row, suppressed]);
		expect(back?.rows[1]?.value).toBeNull();
		expect(back?.overrides).toEqual({ x: { direction: 'hoger_is_beter' } });
	});

	it('show the kept view for a URL naming the same view, in any order, or none', () => {
		const store = memoryStore();
		keepLastView(view('?g=GM0999&i=x&v=trend'), store);
		expect(readLastView('?v=trend&i=x&g=GM0999', store)).not.toBeNull();
		// Parameters that are not part of the view (the benchmark's ?bench) do not count.
		expect(readLastView('?bench=explore', store)).not.toBeNull();
		expect(readLastView('?g=GM0999&i=y&v=trend', store)).toBeNull();
		expect(readLastView('?g=GM0999&i=x&v=kaart', store)).toBeNull();
	});

	it('keep nothing for a view that needs more than the trend rows, and forget the last one', () => {
		const store = memoryStore();
		keepLastView(view('?g=GM0999&i=x'), store);
		keepLastView(view('?g=GM0999&i=x&v=kaart'), store);
		expect(store.items.has(LAST_VIEW_KEY)).toBe(false);
		keepLastView(view('?g=GM0999&i=x'), store);
		keepLastView({ ...view('?g=GM0999&i=x'), rows: [] }, store);
		expect(readLastView('', store)).toBeNull();
	});

	it('forget the last view when storage is full, and after forgetLastView', () => {
		const store = memoryStore();
		keepLastView(view('?g=GM0999&i=x'), store);
		forgetLastView(store);
		expect(readLastView('', store)).toBeNull();
		const full = memoryStore(true);
		full.items.set(LAST_VIEW_KEY, JSON.stringify({ format: 1, view: view('g=GM0999&i=x') }));
		keepLastView(view('?g=GM0999&i=y'), full);
		expect(readLastView('', full)).toBeNull();
	});

	it('write the new params over the same figures, and new figures when they change', () => {
		const store = memoryStore();
		const first = view('?g=GM0999&i=x&w=WK099901');
		keepLastView(first, store);
		keepLastView({ ...first, params: '?g=GM0999&i=x&w=WK099902' }, store);
		expect(readLastView('', store)?.params).toBe('g=GM0999&i=x&w=WK099902');
		expect(readLastView('', store)?.rows).toEqual([row, suppressed]);
		keepLastView({ ...first, rows: [suppressed] }, store);
		expect(readLastView('', store)?.rows).toEqual([suppressed]);
		expect(readLastView('', store)?.params).toBe('g=GM0999&i=x&w=WK099901');
	});

	it('do not throw where the browser blocks site data (reading localStorage throws)', () => {
		const blocked = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
		Object.defineProperty(globalThis, 'localStorage', { get: blocked, configurable: true });
		try {
			expect(readLastView('')).toBeNull();
			expect(() => keepLastView(view('?g=GM0999&i=x'))).not.toThrow();
			expect(() => forgetLastView()).not.toThrow();
		} finally {
			if (before) Object.defineProperty(globalThis, 'localStorage', before);
			else delete (globalThis as { localStorage?: unknown }).localStorage;
		}
	});

	it.each([
		['not JSON', '{'],
		['another format', JSON.stringify({ format: 0, view: view('g=GM0999&i=x') })],
		['rows missing', JSON.stringify({ format: 1, view: { ...view('g=GM0999&i=x'), rows: 3 } })],
		['null', 'null']
	])('read nothing from a stored entry that is %s', (_, stored) => {
		const store = memoryStore();
		store.items.set(LAST_VIEW_KEY, stored);
		expect(readLastView('', store)).toBeNull();
	});
});
