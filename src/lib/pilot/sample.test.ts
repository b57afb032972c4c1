import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	EXPORT_DATE,
	generatePilotSample,
	sampleFiles
} from '../../../scripts/pilot-sample/index.js';
import { exitTypes, knownOutcomes, moments, recogniseTemplate, type TemplateId } from './templates';

type Row = Record<string, string>;

const repoFile = (file: string) => new URL(`../../../${file}`, import.meta.url);
const sample = generatePilotSample();

function parse(text: string): { header: string[]; rows: Row[]; widths: number[] } {
	const lines = text.split('\r\n');
	expect(lines.pop()).toBe('');
	const [header, ...rows] = lines.map((line) => line.split(';'));
	return {
		header: header!,
		rows: rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!]))),
		widths: rows.map((cells) => cells.length)
	};
}

const file = (id: TemplateId) => parse(sample[id]);
const num = (cell: string | undefined) => Number(String(cell).replace(',', '.'));
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string | undefined) =>
	isoDay.test(s ?? '') && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s!);

const deelnemers = file('deelnemers').rows;
const metingen = file('metingen').rows;
const proces = file('procesregistratie').rows;
const geaggregeerd = file('geaggregeerd').rows;
const byId = new Map(deelnemers.map((d) => [d.deelnemer_id, d]));
const ids: TemplateId[] = ['deelnemers', 'metingen', 'procesregistratie', 'geaggregeerd'];

describe('generatePilotSample', () => {
	it('gives the same bytes on every run', () => {
		expect(generatePilotSample()).toEqual(sample);
		expect(generatePilotSample(7).deelnemers).not.toBe(sample.deelnemers);
	});

	it.each(ids)('matches the committed data-samples/pilot file for %s', (id) => {
		const committed = readFileSync(repoFile(`data-samples/pilot/${sampleFiles[id]}`), 'utf8');
		expect(committed).toBe(sample[id]);
	});

	it.each(ids)('%s has its template header on line 1 and full rows', (id) => {
		const { header, rows, widths } = file(id);
		expect(recogniseTemplate(header)).toBe(id);
		expect(rows.length).toBeGreaterThan(0);
		expect(new Set(widths)).toEqual(new Set([header.length]));
		expect(sampleFiles[id]).toContain('fictief');
	});
});

describe('deelnemers sample', () => {
	const wijkcodes = new Set(
		readFileSync(repoFile('data-samples/voorbeeldstad-fictief.csv'), 'utf8')
			.split('\r\n')
			.map((line) => line.split(';')[0]!)
			.filter((code) => code.startsWith('WK'))
	);

	it('has unique ids, known wijken and groups, and valid uitstroom', () => {
		expect(byId.size).toBe(deelnemers.length);
		for (const d of deelnemers) {
			expect(['pilot', 'controle']).toContain(d.groep);
			expect(wijkcodes).toContain(d.wijkcode);
			expect(validDate(d.startdatum)).toBe(true);
			expect(d.startdatum! >= '2024-01-01' && d.startdatum! <= '2024-06-30').toBe(true);
			if (d.einddatum) expect(d.einddatum > d.startdatum!).toBe(true);
			if (d.uitstroom_type) {
				expect(exitTypes).toContain(d.uitstroom_type);
				expect(validDate(d.uitstroom_datum)).toBe(true);
				expect(d.uitstroom_datum! > d.startdatum!).toBe(true);
				if (d.einddatum) expect(d.uitstroom_datum! <= d.einddatum).toBe(true);
			} else expect(d.uitstroom_datum).toBe('');
		}
	});

	it('has fewer than 10 controle participants only in Westerkwartier', () => {
		const small = [...wijkcodes].filter(
			(code) => deelnemers.filter((d) => d.wijkcode === code && d.groep === 'controle').length < 10
		);
		expect(small).toEqual(['WK999908']);
	});
});

describe('metingen sample', () => {
	const scales = new Map(knownOutcomes.map((o) => [o.id, o]));
	const outcomes = file('metingen').header.slice(4);

	it('only measures known participants, once per moment, within follow-up', () => {
		const seen = new Set<string>();
		for (const m of metingen) {
			const d = byId.get(m.deelnemer_id);
			expect(d, m.deelnemer_id).toBeDefined();
			expect(moments).toContain(m.meetmoment);
			expect(seen.has(`${m.deelnemer_id} ${m.meetmoment}`)).toBe(false);
			seen.add(`${m.deelnemer_id} ${m.meetmoment}`);
			expect(validDate(m.datum)).toBe(true);
			expect(m.datum! >= d!.startdatum! && m.datum! <= EXPORT_DATE).toBe(true);
			if (d!.einddatum) expect(m.datum! <= d!.einddatum).toBe(true);
		}
	});

	it('keeps every score on its scale, as whole numbers', () => {
		for (const m of metingen) {
			for (const outcome of outcomes) {
				const cell = m[outcome]!;
				if (cell === '') continue;
				const scale = scales.get(outcome)!;
				expect(Number.isInteger(num(cell)), `${outcome} ${cell}`).toBe(true);
				expect(num(cell)).toBeGreaterThanOrEqual(scale.min!);
				expect(num(cell)).toBeLessThanOrEqual(scale.max!);
			}
		}
	});

	it('sets werk_12u from the work exit at the measurement date', () => {
		for (const m of metingen) {
			if (m.werk_12u === '') continue;
			const d = byId.get(m.deelnemer_id)!;
			const working = d.uitstroom_type!.startsWith('werk') && d.uitstroom_datum! <= m.datum!;
			expect(m.werk_12u).toBe(working ? '1' : '0');
			if (working && m.participatieladder) expect(num(m.participatieladder)).toBeGreaterThan(4);
		}
	});

	it('has empty rows and missing rows at follow-up (non-response)', () => {
		const empty = metingen.filter((m) => outcomes.every((o) => m[o] === ''));
		expect(empty.length).toBeGreaterThan(0);
		expect(metingen.filter((m) => m.meetmoment === 'eindmeting').length).toBeLessThan(
			metingen.filter((m) => m.meetmoment === 'nulmeting').length
		);
	});
});

describe('procesregistratie sample', () => {
	const funnel = ['doelgroep', 'benaderd', 'aangemeld', 'gestart', 'afgerond'];
	const reasons = file('procesregistratie').header.filter((name) => name.startsWith('uitval_'));

	it('has every quarter 2024-Q1..2025-Q4 for every wijk with participants', () => {
		const periods = [...new Set(proces.map((p) => p.periode))];
		expect(periods).toEqual([
			'2024-Q1',
			'2024-Q2',
			'2024-Q3',
			'2024-Q4',
			'2025-Q1',
			'2025-Q2',
			'2025-Q3',
			'2025-Q4'
		]);
		const wijken = new Set(deelnemers.map((d) => d.wijkcode));
		expect(new Set(proces.map((p) => p.wijkcode))).toEqual(wijken);
		expect(proces).toHaveLength(8 * wijken.size);
	});

	it('keeps the funnel monotone and the counts consistent in every row', () => {
		for (const p of proces) {
			const counts = funnel.map((name) => num(p[name]));
			expect(counts, `${p.wijkcode} ${p.periode}`).toEqual([...counts].sort((a, b) => b - a));
			expect(num(p.actief) + num(p.afgerond) + num(p.uitgevallen)).toBe(num(p.gestart));
			expect(reasons.reduce((sum, r) => sum + num(p[r]), 0)).toBe(num(p.uitgevallen));
			expect(num(p.activiteiten_gerealiseerd)).toBeLessThanOrEqual(num(p.activiteiten_gepland));
			if (p.tevredenheid) expect(num(p.tevredenheid)).toBeGreaterThanOrEqual(1);
			if (p.tevredenheid) expect(num(p.tevredenheid)).toBeLessThanOrEqual(10);
			if (p.doorlooptijd_dagen) expect(num(p.doorlooptijd_dagen)).toBeGreaterThan(0);
		}
	});

	it('never lets a running total go down over time', () => {
		const totals = ['benaderd', 'aangemeld', 'gestart', 'afgerond', 'uitgevallen', ...reasons];
		for (const wijk of new Set(proces.map((p) => p.wijkcode))) {
			const rows = proces
				.filter((p) => p.wijkcode === wijk)
				.sort((a, b) => (a.periode! < b.periode! ? -1 : 1));
			for (const name of totals) {
				const values = rows.map((p) => num(p[name]));
				expect(values, `${wijk} ${name}`).toEqual([...values].sort((a, b) => a - b));
			}
		}
	});

	it('starts as many pilot participants per wijk as the deelnemers file has', () => {
		for (const wijk of new Set(proces.map((p) => p.wijkcode))) {
			const last = proces.find((p) => p.wijkcode === wijk && p.periode === '2025-Q4')!;
			const pilot = deelnemers.filter((d) => d.wijkcode === wijk && d.groep === 'pilot');
			expect(num(last.gestart)).toBe(pilot.length);
		}
	});
});

describe('geaggregeerd sample', () => {
	it('fills either gemiddelde with sd or aandeel, for known outcomes', () => {
		for (const row of geaggregeerd) {
			expect(['pilot', 'controle']).toContain(row.groep);
			expect(moments).toContain(row.meetmoment);
			expect(knownOutcomes.map((o) => o.id)).toContain(row.uitkomst);
			expect(row.gemiddelde === '').toBe(row.aandeel !== '');
			expect(row.gemiddelde === '').toBe(row.sd === '');
			if (row.aandeel) expect(num(row.aandeel)).toBeLessThanOrEqual(100);
		}
	});

	it('has exactly one row with n below 10', () => {
		expect(geaggregeerd.filter((row) => num(row.n) < 10)).toHaveLength(1);
	});
});
