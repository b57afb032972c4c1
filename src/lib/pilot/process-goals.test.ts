import { describe, expect, it } from 'vitest';
import type { ProcessRow } from '$lib/db/queries/pilot/views';
import { processSeries, suppressSeries, type ProcessRecord } from './goal-progress';
import { ALL, periodCounts, processData } from './process';
import { hideAsProcess } from './process-goals';

/**
 * One quarter, two wijken. In A 8 people dropped out (uitgevallen): under 10, so the Proces view
 * hides it, and with it A's actief, since gestart = actief + afgerond + uitgevallen would give it
 * back. Doelen alone, looking at actief only (32 and 30), would hide nothing.
 */
const counts: Record<string, Record<string, number>> = {
	WKA: {
		doelgroep: 100,
		benaderd: 60,
		aangemeld: 45,
		gestart: 40,
		actief: 32,
		afgerond: 0,
		uitgevallen: 8
	},
	WKB: {
		doelgroep: 120,
		benaderd: 70,
		aangemeld: 55,
		gestart: 50,
		actief: 30,
		afgerond: 10,
		uitgevallen: 10
	}
};
const rows: ProcessRow[] = Object.entries(counts).flatMap(([areaCode, measures]) =>
	Object.entries(measures).map(([measure, value]) => ({
		periodLabel: '2024-Q4',
		periodStart: '2024-10-01',
		areaCode,
		areaName: areaCode,
		measure,
		value
	}))
);
const records: ProcessRecord[] = rows.map((r) => ({ ...r, periodEnd: '2024-12-31' }));
const data = processData(rows);

const shownFor = (measure: string, withProcess: boolean) => {
	const own = suppressSeries(processSeries(records, measure), 10, 'pilot');
	const result = withProcess ? hideAsProcess(own, data, measure, 10) : own;
	return Object.fromEntries(result.map((r) => [r.total ? 'alle' : r.areaCode, r.value]));
};

describe('hideAsProcess', () => {
	it('hides in Doelen what the Proces view hides, so the two together give nothing away', () => {
		const proces = periodCounts(data, '2024-Q4', 10).cells;
		expect(proces.get('WKA')!.get('uitgevallen')!.hidden).toBe('klein');
		expect(proces.get('WKA')!.get('actief')!.hidden).not.toBeNull();
		// Doelen on its own shows A's actief: with Proces's gestart and afgerond that gives 8 back.
		expect(shownFor('actief', false).WKA).toBe(32);
		expect(shownFor('actief', true).WKA).toBeNull();
		// Every count Proces hides is hidden in Doelen too, for every measure of a person count.
		for (const measure of ['gestart', 'actief', 'afgerond', 'uitgevallen', 'doelgroep']) {
			const doelen = shownFor(measure, true);
			for (const [area, cells] of proces) {
				const key = area === ALL ? 'alle' : area;
				if (cells.get(measure)?.hidden) expect(doelen[key], `${measure} ${key}`).toBeNull();
			}
		}
	});

	it('hides a bereik when its gestart or doelgroep is hidden, and leaves activities alone', () => {
		const proces = periodCounts(data, '2024-Q4', 10).cells;
		const bereik = shownFor('bereik', true);
		for (const area of ['WKA', 'WKB']) {
			const hidden = ['gestart', 'doelgroep'].some((m) => proces.get(area)!.get(m)!.hidden);
			expect(bereik[area] === null).toBe(hidden);
		}
		const own = suppressSeries(processSeries(records, 'activiteiten_gepland'), 10, 'pilot');
		expect(hideAsProcess(own, data, 'activiteiten_gepland', 10)).toEqual(own);
	});
});
