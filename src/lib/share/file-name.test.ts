import { expect, it } from 'vitest';
import { fileName } from './file-name';

it.each([
	{
		title: 'Eenzaamheid (%) per wijk in Voorbeeldstad',
		expected: 'eenzaamheid-per-wijk-in-voorbeeldstad'
	},
	{ title: "Súdwest-Fryslân: 's-Gravenhage", expected: 'sudwest-fryslan-s-gravenhage' },
	{ title: '<script>', expected: 'script' },
	{ title: '???', expected: 'wijkpeil-grafiek' }
])('fileName($title) is $expected', ({ title, expected }) => {
	expect(fileName(title)).toBe(expected);
});
