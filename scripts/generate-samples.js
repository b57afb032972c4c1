#!/usr/bin/env node
/**
 * Generates the built-in sample: the FICTITIOUS gemeente "Voorbeeldstad" (code GM9999, which CBS
 * never uses) with eight wijken, 2014-2023. Deterministic: the same file every run.
 * Written like a real spreadsheet export: long layout, `;` separator, decimal comma.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(import.meta.dirname, '../data-samples');

/** mulberry32: a tiny seeded PRNG so the sample never changes between builds. */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = random(20240601);
const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

export const wijken = [
	['WK999901', 'Centrum', 0.2],
	['WK999902', 'Oude Haven', 1.0],
	['WK999903', 'Noorderpark', -0.6],
	['WK999904', 'De Akkers', 0.7],
	['WK999905', 'Zuiderhout', -1.0],
	['WK999906', 'Molenwijk', 0.4],
	['WK999907', 'Oosterweide', -0.3],
	['WK999908', 'Westerkwartier', 0.9]
];
const years = Array.from({ length: 10 }, (_, i) => 2014 + i);

/** deprivation > 0 means a wijk with more problems; slope is change per year. */
const indicators = [
	{
		name: 'Ervaren gezondheid goed of zeer goed (%)',
		base: 76,
		spread: -5,
		slope: -0.3,
		share: true
	},
	{ name: 'Moeite met rondkomen (%)', base: 18, spread: 6, slope: -0.2, share: true },
	{ name: 'Eenzaamheid (%)', base: 44, spread: 4, slope: 0.4, share: true },
	{
		name: 'Bijstandsuitkeringen (per 1.000 inwoners)',
		base: 38,
		spread: 16,
		slope: -0.8,
		share: false
	}
];

const nl = (x, decimals = 1) => x.toFixed(decimals).replace('.', ',');

function row(code, name, indicator, year, value, n) {
	if (value === null) return [code, name, indicator.name, year, '', '', '', ''];
	if (value === 'suppressed') return [code, name, indicator.name, year, '.', '', '', ''];
	if (!indicator.share) return [code, name, indicator.name, year, nl(value), '', '', ''];
	const se = Math.sqrt(((value / 100) * (1 - value / 100)) / n) * 100;
	return [
		code,
		name,
		indicator.name,
		year,
		nl(value),
		n,
		nl(value - 1.96 * se),
		nl(value + 1.96 * se)
	];
}

export function generate() {
	const lines = [
		[
			'gebiedscode',
			'gebiedsnaam',
			'indicator',
			'periode',
			'waarde',
			'n',
			'ondergrens',
			'bovengrens'
		]
	];
	for (const indicator of indicators) {
		for (const year of years) {
			const t = year - 2014;
			const gemeente = [];
			for (const [code, name, deprivation] of wijken) {
				const value =
					indicator.base + indicator.spread * deprivation + indicator.slope * t + normal() * 0.8;
				const n = Math.round(180 + rand() * 220);
				gemeente.push(value);
				// Gaps a real export has: Noorderpark was not measured in 2017-2018, and the
				// 2021 survey in Oude Haven had too few respondents (suppressed, shown as '.').
				if (code === 'WK999903' && (year === 2017 || year === 2018))
					lines.push(row(code, name, indicator, year, null, n));
				else if (code === 'WK999902' && year === 2021 && indicator.share)
					lines.push(row(code, name, indicator, year, 'suppressed', n));
				else lines.push(row(code, name, indicator, year, value, n));
			}
			const mean = gemeente.reduce((a, b) => a + b, 0) / gemeente.length;
			lines.push(row('GM9999', 'Voorbeeldstad', indicator, year, mean, 2400));
			lines.push(
				row(
					'NL01',
					'Nederland',
					indicator,
					year,
					indicator.base + indicator.slope * t * 0.8 - indicator.spread * 0.1,
					300000
				)
			);
		}
	}
	return lines.map((l) => l.join(';')).join('\r\n') + '\r\n';
}

mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'voorbeeldstad-fictief.csv'), generate());
console.log('data-samples/voorbeeldstad-fictief.csv geschreven (fictieve gegevens)');
