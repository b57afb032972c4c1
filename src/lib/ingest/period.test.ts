import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../../tests/helpers/files';
import { decode } from './decode';
import { parsePeriod, type Period } from './period';
import { sniff } from './sniff';

describe('parsePeriod', () => {
	it.each<{ raw: string; reads: string; expected: Period }>([
		{
			raw: '2020',
			reads: 'a year',
			expected: {
				label: '2020',
				start: '2020-01-01',
				end: '2020-12-31',
				granularity: 'jaar',
				year: 2020
			}
		},
		{
			raw: '2020JJ00',
			reads: 'a year',
			expected: {
				label: '2020',
				start: '2020-01-01',
				end: '2020-12-31',
				granularity: 'jaar',
				year: 2020
			}
		},
		{
			raw: '2021KW01',
			reads: 'a quarter',
			expected: {
				label: '2021 K1',
				start: '2021-01-01',
				end: '2021-03-31',
				granularity: 'kwartaal',
				year: 2021
			}
		},
		{
			raw: '2021KW4',
			reads: 'a quarter',
			expected: {
				label: '2021 K4',
				start: '2021-10-01',
				end: '2021-12-31',
				granularity: 'kwartaal',
				year: 2021
			}
		},
		{
			raw: '2021-Q2',
			reads: 'a quarter',
			expected: {
				label: '2021 K2',
				start: '2021-04-01',
				end: '2021-06-30',
				granularity: 'kwartaal',
				year: 2021
			}
		},
		{
			raw: '2021 K3',
			reads: 'a quarter',
			expected: {
				label: '2021 K3',
				start: '2021-07-01',
				end: '2021-09-30',
				granularity: 'kwartaal',
				year: 2021
			}
		},
		{
			raw: '2021q2',
			reads: 'a quarter',
			expected: {
				label: '2021 K2',
				start: '2021-04-01',
				end: '2021-06-30',
				granularity: 'kwartaal',
				year: 2021
			}
		},
		{
			raw: '2021MM03',
			reads: 'a month',
			expected: {
				label: 'mrt 2021',
				start: '2021-03-01',
				end: '2021-03-31',
				granularity: 'maand',
				year: 2021
			}
		},
		{
			raw: '2023-02',
			reads: 'a month',
			expected: {
				label: 'feb 2023',
				start: '2023-02-01',
				end: '2023-02-28',
				granularity: 'maand',
				year: 2023
			}
		},
		{
			raw: '2024-2',
			reads: 'a month in a leap year',
			expected: {
				label: 'feb 2024',
				start: '2024-02-01',
				end: '2024-02-29',
				granularity: 'maand',
				year: 2024
			}
		},
		{
			raw: 'jan 2023',
			reads: 'a month',
			expected: {
				label: 'jan 2023',
				start: '2023-01-01',
				end: '2023-01-31',
				granularity: 'maand',
				year: 2023
			}
		},
		{
			raw: 'maart 2023',
			reads: 'a month',
			expected: {
				label: 'mrt 2023',
				start: '2023-03-01',
				end: '2023-03-31',
				granularity: 'maand',
				year: 2023
			}
		},
		{
			raw: 'Okt. 2022',
			reads: 'a month',
			expected: {
				label: 'okt 2022',
				start: '2022-10-01',
				end: '2022-10-31',
				granularity: 'maand',
				year: 2022
			}
		},
		{
			raw: 'May 2022',
			reads: 'a month',
			expected: {
				label: 'mei 2022',
				start: '2022-05-01',
				end: '2022-05-31',
				granularity: 'maand',
				year: 2022
			}
		},
		{
			raw: '31-03-2023',
			reads: 'a day',
			expected: {
				label: '31-03-2023',
				start: '2023-03-31',
				end: '2023-03-31',
				granularity: 'dag',
				year: 2023
			}
		},
		{
			raw: '1/3/2023',
			reads: 'a day, day first',
			expected: {
				label: '01-03-2023',
				start: '2023-03-01',
				end: '2023-03-01',
				granularity: 'dag',
				year: 2023
			}
		},
		{
			raw: '2023-03-31',
			reads: 'a day',
			expected: {
				label: '31-03-2023',
				start: '2023-03-31',
				end: '2023-03-31',
				granularity: 'dag',
				year: 2023
			}
		},
		{
			raw: '29-02-2024',
			reads: 'a leap day',
			expected: {
				label: '29-02-2024',
				start: '2024-02-29',
				end: '2024-02-29',
				granularity: 'dag',
				year: 2024
			}
		},
		{
			raw: '  2020  ',
			reads: 'a year despite padding',
			expected: {
				label: '2020',
				start: '2020-01-01',
				end: '2020-12-31',
				granularity: 'jaar',
				year: 2020
			}
		}
	])('parsePeriod reads $raw as $reads', ({ raw, expected }) => {
		expect(parsePeriod(raw)).toEqual(expected);
	});

	it.each([
		{ raw: '2021KW05', why: 'there is no fifth quarter' },
		{ raw: '2021KW00', why: 'there is no quarter 0' },
		{ raw: '2021-Q5', why: 'there is no fifth quarter' },
		{ raw: 'twintig', why: 'it is a word, not a period' },
		{ raw: '2023-13', why: 'there is no month 13' },
		{ raw: '2023-00', why: 'there is no month 0' },
		{ raw: '2021MM13', why: 'there is no month 13' },
		{ raw: '31-02-2023', why: 'February has no 31st' },
		{ raw: '29-02-2023', why: '2023 is no leap year' },
		{ raw: '2023-04-31', why: 'April has 30 days' },
		{ raw: '00-01-2023', why: 'there is no day 0' },
		{ raw: 'foo 2023', why: 'foo is no month' },
		{ raw: '1899', why: 'the year is out of range' },
		{ raw: '2101', why: 'the year is out of range' },
		{ raw: '20201', why: 'five digits are no year' },
		{ raw: '', why: 'it is empty' },
		{ raw: '12,5', why: 'it is a number' }
	])('parsePeriod reads $raw as null: $why', ({ raw }) => {
		expect(parsePeriod(raw)).toBeNull();
	});

	it('parsePeriod reads every period of the shared period-formats file', () => {
		const { text } = decode(sharedFile('bad/period-formats.csv'), 'period-formats.csv');
		const periods = sniff(text).rows.map((row) => parsePeriod(row[2] ?? ''));
		expect(periods.map((p) => p && [p.label, p.granularity])).toEqual([
			['2020', 'jaar'],
			['2021 K1', 'kwartaal'],
			['2021 K2', 'kwartaal'],
			['2022', 'jaar'],
			['jan 2023', 'maand'],
			['feb 2023', 'maand'],
			['31-03-2023', 'dag']
		]);
	});
});
