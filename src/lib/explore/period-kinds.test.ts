import { describe, expect, it } from 'vitest';
import { oneKindPerIndicator } from './one-per-indicator';
import { chooseKind, periodKinds, rowsOfKind } from './period-kinds';

const row = (level: string, period: string, granularity: string | null | undefined) => ({
	level,
	period,
	granularity
});

// A CBS-like table: quarters of 2021 and 2022 with their yearly totals, for a wijk and the gemeente.
const mixed = [
	...['2021', '2022'].flatMap((y) => [row('WK', y, 'jaar'), row('GM', y, 'jaar')]),
	...['2021 1e kwartaal', '2021 2e kwartaal', '2021 3e kwartaal'].flatMap((q) => [
		row('WK', q, 'kwartaal'),
		row('GM', q, 'kwartaal')
	]),
	row('NL', '2021 januari', 'maand')
];

describe('periodKinds', () => {
	it('lists the kinds of the gemeente and its wijken, coarse to fine, with their periods', () => {
		expect(periodKinds(mixed)).toEqual([
			{ kind: 'jaar', periods: 2 },
			{ kind: 'kwartaal', periods: 3 }
		]);
	});

	it('reads rows without a kind (a view kept before kinds were read) as one kind', () => {
		expect(periodKinds([row('WK', '2020', undefined), row('GM', '2021', undefined)])).toEqual([
			{ kind: '', periods: 2 }
		]);
	});
});

describe('chooseKind', () => {
	const kinds = periodKinds(mixed);
	it.each([
		[null, 'kwartaal'],
		['jaar', 'jaar'],
		['maand', 'kwartaal']
	])('wanted %s gives %s', (wanted, kind) => {
		expect(chooseKind(kinds, wanted)).toBe(kind);
	});

	it('takes the coarser of two kinds with as many periods, and null without rows', () => {
		expect(
			chooseKind(
				[
					{ kind: 'jaar', periods: 3 },
					{ kind: 'maand', periods: 3 }
				],
				null
			)
		).toBe('jaar');
		expect(chooseKind([], 'jaar')).toBeNull();
	});
});

describe('rowsOfKind', () => {
	it('keeps the rows of the chosen kind, Nederland too when it is of that kind', () => {
		expect(rowsOfKind(mixed, 'jaar').map((r) => r.period)).toEqual([
			'2021',
			'2021',
			'2022',
			'2022'
		]);
		expect(rowsOfKind(mixed, 'maand').map((r) => r.level)).toEqual(['NL']);
	});

	it('returns the same array when there is one kind or none is chosen', () => {
		const years = mixed.slice(0, 4);
		expect(rowsOfKind(years, 'jaar')).toBe(years);
		expect(rowsOfKind(mixed, null)).toBe(mixed);
	});
});

describe('oneKindPerIndicator', () => {
	const withIndicator = (indicator: string, rows: ReturnType<typeof row>[]) =>
		rows.map((r) => ({ ...r, indicator }));
	const rows = [
		...withIndicator('Meldingen', mixed),
		...withIndicator('Inwoners', [row('WK', '2023', 'jaar'), row('GM', '2023', 'jaar')])
	];

	it('keeps the wanted kind where an indicator has it, else its kind with the most periods', () => {
		const kinds = (kept: typeof rows) => [
			...new Set(kept.map((r) => `${r.indicator} ${r.granularity}`))
		];
		expect(kinds(oneKindPerIndicator(rows, 'jaar'))).toEqual(['Meldingen jaar', 'Inwoners jaar']);
		expect(kinds(oneKindPerIndicator(rows, null))).toEqual(['Meldingen kwartaal', 'Inwoners jaar']);
	});

	it('returns the same array when no indicator mixes kinds', () => {
		const plain = rows.slice(-2);
		expect(oneKindPerIndicator(plain, 'kwartaal')).toBe(plain);
	});
});
