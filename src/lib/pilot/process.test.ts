import { describe, expect, it } from 'vitest';
import type { ProcessRow } from '$lib/db/queries/pilot/views';
import {
	ALL,
	dropout,
	funnel,
	MISSING,
	NO_REASON,
	periodCounts,
	processData,
	shareOf,
	type PeriodCounts,
	type Shown
} from './process';
import { activities, decreasing, personValues, rangeOf } from './process-series';
import { formatShown, reasonLabel, reasonsIn, tableCsv, type ShownTable } from './process-tables';

/** Rows from a compact table: `periode;wijk;measure=value measure=value …` (wijk '-' = none). */
function rows(...lines: string[]): ProcessRow[] {
	return lines.flatMap((line) => {
		const [period, area, measures] = line.split(';');
		const [year, q] = period!.split(' K');
		const start = `${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}-01`;
		return measures!.split(' ').map((pair) => {
			const [measure, value] = pair.split('=');
			return {
				periodLabel: period!,
				periodStart: start,
				areaCode: area === '-' ? null : area!,
				areaName: area === '-' ? null : `Wijk ${area}`,
				measure: measure!,
				value: Number(value)
			};
		});
	});
}

/** A cell as one short string: the number, `k`/`a`/`o` when hidden, `-` when missing. */
const code = (c: Shown) =>
	c.hidden ? c.hidden[0]! : c.value === null ? '-' : String(Math.round(c.value * 10) / 10);
const cellsOf = (counts: PeriodCounts, area: string, measures: string[]) =>
	measures.map((m) => code(counts.cells.get(area)?.get(m) ?? MISSING));

describe('processData', () => {
	it('orders periods by date, known reasons first and names each wijk', () => {
		const data = processData(
			rows(
				'2024 K2;A;uitval_schulden=1 uitval_werk=2',
				'2024 K1;A;uitval_anders=1 uitval_gezondheid=3'
			)
		);
		expect(data.periods).toEqual(['2024 K1', '2024 K2']);
		expect(data.reasons).toEqual([
			'uitval_werk',
			'uitval_gezondheid',
			'uitval_anders',
			'uitval_schulden'
		]);
		expect(data.wijken).toEqual([{ code: 'A', name: 'Wijk A' }]);
	});
});

describe('periodCounts', () => {
	it.each([
		{
			name: 'adds up the wijken for alle wijken',
			lines: ['2024 K1;A;gestart=20', '2024 K1;B;gestart=30'],
			area: ALL,
			measures: ['gestart'],
			expected: ['50'],
			whole: false
		},
		{
			name: 'uses rows without wijkcode for alle wijken instead of adding up',
			lines: ['2024 K1;A;gestart=20', '2024 K1;B;gestart=30', '2024 K1;-;gestart=61'],
			area: ALL,
			measures: ['gestart'],
			expected: ['61'],
			whole: true
		},
		{
			name: 'hides a small wijk and, because alle wijken is shown, the smallest other wijk',
			lines: ['2024 K1;A;gestart=4', '2024 K1;B;gestart=20', '2024 K1;C;gestart=30'],
			area: 'B',
			measures: ['gestart'],
			expected: ['a'],
			whole: false
		},
		{
			name: 'protects a small uitgevallen against gestart = actief + afgerond + uitgevallen',
			lines: ['2024 K1;A;gestart=40 actief=10 afgerond=29 uitgevallen=1'],
			area: 'A',
			measures: ['gestart', 'actief', 'afgerond', 'uitgevallen'],
			expected: ['40', 'a', '29', 'k'],
			whole: false
		},
		{
			name: 'does not link counts that do not add up',
			lines: ['2024 K1;A;gestart=40 actief=10 afgerond=20 uitgevallen=1'],
			area: 'A',
			measures: ['gestart', 'actief', 'afgerond', 'uitgevallen'],
			expected: ['40', '10', '20', 'k'],
			whole: false
		},
		{
			name: 'counts people without a recorded reason, and protects them like any other count',
			lines: ['2024 K1;A;uitgevallen=20 uitval_werk=12 uitval_gezondheid=0'],
			area: 'A',
			measures: ['uitgevallen', 'uitval_werk', 'uitval_gezondheid', NO_REASON],
			expected: ['20', 'a', '0', 'k'],
			whole: false
		},
		{
			name: 'keeps a true 0 shown',
			lines: ['2024 K1;A;afgerond=0 gestart=12'],
			area: 'A',
			measures: ['afgerond', 'gestart'],
			expected: ['0', '12'],
			whole: false
		}
	])('$name', ({ lines, area, measures, expected, whole }) => {
		const counts = periodCounts(processData(rows(...lines)), '2024 K1', 10);
		expect(cellsOf(counts, area, measures)).toEqual(expected);
		expect(counts.whole).toBe(whole);
	});

	it('leaves a wijk without a row out of the sum (never 0) and names it', () => {
		const data = processData(
			rows(
				'2024 K1;A;gestart=20 benaderd=40',
				'2024 K1;B;gestart=30 benaderd=50',
				'2024 K2;A;gestart=25',
				'2024 K2;C;gestart=11 benaderd=30'
			)
		);
		const counts = periodCounts(data, '2024 K2', 10);
		expect(cellsOf(counts, ALL, ['gestart', 'benaderd'])).toEqual(['36', '30']);
		expect(counts.missing.map((m) => [m.area.code, m.measures])).toEqual([
			['A', ['benaderd']],
			['B', null]
		]);
	});
});

describe('shareOf', () => {
	it.each([
		{
			name: 'divides',
			part: { value: 25, hidden: null },
			whole: { value: 200, hidden: null },
			expected: '12.5'
		},
		{
			name: 'hides with a hidden part',
			part: { value: null, hidden: 'klein' as const },
			whole: { value: 200, hidden: null },
			expected: 'k'
		},
		{
			name: 'hides with a hidden whole',
			part: { value: 25, hidden: null },
			whole: { value: null, hidden: 'aanvullend' as const },
			expected: 'a'
		},
		{
			name: 'is missing with a missing part',
			part: MISSING,
			whole: { value: 200, hidden: null },
			expected: '-'
		},
		{
			name: 'is missing when the whole is 0',
			part: { value: 0, hidden: null },
			whole: { value: 0, hidden: null },
			expected: '-'
		}
	])('$name', ({ part, whole, expected }) => {
		expect(code(shareOf(part, whole))).toBe(expected);
	});
});

describe('funnel', () => {
	it('gives each step its share of the step before and of the doelgroep', () => {
		const data = processData(rows('2024 K1;A;doelgroep=400 aangemeld=100 gestart=80 afgerond=20'));
		const steps = funnel(periodCounts(data, '2024 K1', 10), 'A');
		expect(
			steps.map((s) => [s.measure, code(s.count), code(s.ofPrevious), code(s.ofDoelgroep)])
		).toEqual([
			['doelgroep', '400', '-', '-'],
			['benaderd', '-', '-', '-'],
			// No benaderd in the file: aangemeld is compared with the doelgroep, the step before it.
			['aangemeld', '100', '25', '25'],
			['gestart', '80', '80', '20'],
			['afgerond', '20', '25', '5']
		]);
	});

	it('hides the shares of a hidden step', () => {
		const data = processData(rows('2024 K1;A;doelgroep=400 gestart=80 afgerond=3'));
		const last = funnel(periodCounts(data, '2024 K1', 10), 'A').at(-1)!;
		expect([code(last.count), code(last.ofPrevious), code(last.ofDoelgroep)]).toEqual([
			'k',
			'k',
			'k'
		]);
	});
});

describe('dropout', () => {
	it('marks reasons that add up to more than uitgevallen', () => {
		const data = processData(
			rows('2024 K1;A;gestart=90 uitgevallen=20 uitval_werk=15 uitval_anders=15')
		);
		const d = dropout(periodCounts(data, '2024 K1', 10), 'A', data);
		expect(d.partition).toBe(false);
		expect(d.reasons.map((r) => [r.measure, code(r.share), code(r.ofGestart)])).toEqual([
			['uitval_werk', '75', '16.7'],
			['uitval_anders', '75', '16.7']
		]);
		expect(code(d.rate)).toBe('22.2');
	});
});

describe('personValues', () => {
	const data = processData(
		rows(
			'2024 K1;A;gestart=12 afgerond=0 uitgevallen=0 doorlooptijd_dagen=20 tevredenheid=7.5',
			'2024 K2;A;gestart=15 afgerond=2 uitgevallen=1 doorlooptijd_dagen=30 tevredenheid=7',
			'2024 K3;A;gestart=40 doorlooptijd_dagen=25 tevredenheid=8',
			'2024 K4;A;afgerond=5 doorlooptijd_dagen=25 tevredenheid=6'
		)
	);
	it.each([
		// Starters: 12, 3, 25, unknown (no gestart).
		{ measure: 'doorlooptijd_dagen' as const, expected: ['20', 'k', '25', 'o'] },
		// Taking part: 12, 15 - 0, 40 - 3, unknown (no afgerond/uitgevallen in K3).
		{ measure: 'tevredenheid' as const, expected: ['7.5', '7', '8', 'o'] }
	])(
		'hides $measure when too few or an unknown number of people are behind it',
		({ measure, expected }) => {
			expect(personValues(data, measure, 'A', 10).map(code)).toEqual(expected);
		}
	);

	it('rangeOf gives the lowest and highest shown value, or null', () => {
		expect(rangeOf([{ value: 3, hidden: null }, MISSING, { value: 9, hidden: null }])).toEqual({
			low: 3,
			high: 9
		});
		expect(rangeOf([MISSING, { value: null, hidden: 'klein' }])).toBeNull();
	});
});

describe('activities', () => {
	it('adds up the wijken that have both numbers and names the others', () => {
		const data = processData(
			rows(
				'2024 K1;A;activiteiten_gepland=100 activiteiten_gerealiseerd=80',
				'2024 K1;B;activiteiten_gepland=50 activiteiten_gerealiseerd=45',
				'2024 K1;C;activiteiten_gepland=30'
			)
		);
		const [row] = activities(data, ALL);
		expect([row!.planned, row!.realised, row!.share]).toEqual([150, 125, (100 * 125) / 150]);
		expect(row!.left.map((a) => a.code)).toEqual(['C']);
		expect(activities(data, 'C')[0]!.planned).toBeNull();
	});
});

describe('decreasing', () => {
	it('finds cumulative counts that go down', () => {
		const data = processData(
			rows('2024 K1;A;gestart=20 doelgroep=100', '2024 K2;A;gestart=15 doelgroep=90')
		);
		expect(decreasing(data)).toEqual([{ area: 'A', measure: 'gestart', period: '2024 K2' }]);
	});
});

describe('process tables', () => {
	const table: ShownTable = {
		caption: 'c',
		rowHeader: 'Wijk',
		columns: [
			{ label: 'Gestart', unit: 'aantal' },
			{ label: 'Bereik', unit: 'procent' }
		],
		rows: [
			{
				key: 'a',
				label: 'A',
				cells: [
					{ value: 1234, hidden: null },
					{ value: 12.345, hidden: null }
				]
			},
			{ key: 'b', label: 'B', cells: [{ value: null, hidden: 'klein' }, MISSING] }
		]
	};

	it('tableCsv writes exactly what is shown, with the reasons for hidden cells', () => {
		expect(tableCsv(table, 10)).toEqual([
			['Wijk', 'Gestart', 'Bereik'],
			['A', 1234, 12.3],
			['B', 'verborgen', null],
			['Verborgen: minder dan 10 personen.']
		]);
		expect(reasonsIn(table)).toEqual(['klein']);
	});

	it.each([
		{ cell: { value: 1234, hidden: null }, unit: 'aantal' as const, expected: '1.234' },
		{ cell: { value: 12.345, hidden: null }, unit: 'procent' as const, expected: '12,3%' },
		{
			cell: { value: null, hidden: 'aanvullend' as const },
			unit: 'aantal' as const,
			expected: 'verborgen'
		},
		{ cell: MISSING, unit: 'cijfer' as const, expected: 'geen gegevens' }
	])('formatShown($cell.value, $unit) is $expected', ({ cell, unit, expected }) => {
		expect(formatShown(cell, unit)).toBe(expected);
	});

	it.each([
		{ measure: 'uitval_werk', expected: 'Werk gevonden' },
		{ measure: 'uitval_schulden_en_geld', expected: 'Schulden en geld' },
		{ measure: NO_REASON, expected: 'Geen reden vastgelegd' }
	])('reasonLabel($measure) is $expected', ({ measure, expected }) => {
		expect(reasonLabel(measure)).toBe(expected);
	});
});
