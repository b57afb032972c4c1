import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/db/queries/import';
import {
	addGoal,
	addTarget,
	contextIndicators,
	contextRows,
	deleteGoal,
	deleteTarget,
	listGoals,
	listTargets,
	outcomeMoments,
	pilotAreas,
	processRecords,
	updateGoal,
	updateTarget
} from '../../src/lib/db/queries/pilot/goals';
import { importPilotFile, pilotId } from '../../src/lib/db/queries/pilot/import';
import { pilotOutcomes } from '../../src/lib/db/queries/pilot/views';
import { prepareFile } from '../../src/lib/ingest/prepare';
import {
	contextSeries,
	effectSeries,
	latestRows,
	processSeries,
	progressOf,
	scopeRow,
	suppressSeries
} from '../../src/lib/pilot/goal-progress';
import { effectOptions, processOptions, type TargetFields } from '../../src/lib/pilot/goals';
import { repoFile } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

/**
 * The Doelen view's queries and model against the fictitious samples, imported through the same
 * path as in the app. Every expected number is computed here from the CSV text itself.
 */

let db: Awaited<ReturnType<typeof openTestDb>>;
const basisbaan = pilotId('Basisbaan Voorbeeldstad');
const regelluw = pilotId('Regelluwe bijstand Voorbeeldstad');
const pilotFiles = [
	'basisbaan-voorbeeldstad-fictief-deelnemers.csv',
	'basisbaan-voorbeeldstad-fictief-metingen.csv',
	'basisbaan-voorbeeldstad-fictief-procesregistratie.csv',
	'regelluwe-bijstand-voorbeeldstad-fictief-geaggregeerd.csv'
];

type Row = Record<string, string>;
function csv(relative: string): Row[] {
	const [header, ...lines] = new TextDecoder()
		.decode(repoFile(relative))
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '')
		.map((line) => line.split(';'));
	return lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}
const pilotCsv = (name: string) =>
	csv(`data-samples/pilot/basisbaan-voorbeeldstad-fictief-${name}.csv`);
const num = (s: string | undefined) => Number(String(s).replace(',', '.'));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** `2025-Q4` → `2025-10-01`, the first day of the quarter. */
function quarterStart(periode: string): string {
	const [year, q] = periode.split('-Q').map(Number);
	return new Date(Date.UTC(year!, 3 * (q! - 1), 1)).toISOString().slice(0, 10);
}
/** `2025-Q4` → `2025-12-31`, the last day of the quarter. */
function quarterEnd(periode: string): string {
	const [year, q] = periode.split('-Q').map(Number);
	return new Date(Date.UTC(year!, 3 * q!, 0)).toISOString().slice(0, 10);
}

beforeAll(async () => {
	db = await openTestDb();
	const sample = await prepareFile(
		'voorbeeldstad-fictief.csv',
		repoFile('data-samples/voorbeeldstad-fictief.csv')
	);
	await importFile(db, sample);
	for (const name of pilotFiles) {
		const file = await prepareFile(name, repoFile(`data-samples/pilot/${name}`));
		if (!file.template) throw new Error(`${name} is not recognised as a pilot template`);
		expect((await importPilotFile(db, file, file.template)).status).toBe('imported');
	}
});
afterAll(() => db.close());

describe('doelenboom storage', () => {
	it('adds, edits and deletes goals and targets, keeping the order they were added', async () => {
		const main = await addGoal(db, basisbaan, {
			parentId: null,
			level: 'hoofddoel',
			text: 'Meer mensen aan het werk',
			owner: null
		});
		const sub1 = await addGoal(db, basisbaan, {
			parentId: main,
			level: 'subdoel',
			text: 'Bereik vergroten',
			owner: 'Team Werk'
		});
		const sub2 = await addGoal(db, basisbaan, {
			parentId: main,
			level: 'subdoel',
			text: 'Welbevinden omhoog',
			owner: null
		});
		const other = await addGoal(db, regelluw, {
			parentId: null,
			level: 'hoofddoel',
			text: 'Andere pilot',
			owner: null
		});
		expect(new Set([main, sub1, sub2, other]).size).toBe(4);
		expect(main).toMatch(/^[0-9a-f-]{36}$/);

		await updateGoal(db, main, { text: 'Meer mensen betaald aan het werk', owner: 'Wethouder' });
		expect(await listGoals(db, basisbaan)).toEqual([
			{
				id: main,
				parentId: null,
				level: 'hoofddoel',
				text: 'Meer mensen betaald aan het werk',
				owner: 'Wethouder'
			},
			{ id: sub1, parentId: main, level: 'subdoel', text: 'Bereik vergroten', owner: 'Team Werk' },
			{ id: sub2, parentId: main, level: 'subdoel', text: 'Welbevinden omhoog', owner: null }
		]);

		const fields: TargetFields = {
			indicatorRef: 'proces:bereik',
			areaCode: null,
			grp: null,
			baseline: 6.9,
			baselineDate: '2024-03-31',
			targetValue: 15,
			targetType: 'min_reach',
			targetDate: '2026-12-31'
		};
		const t1 = await addTarget(db, { ...fields, goalId: sub1 });
		const t2 = await addTarget(db, {
			...fields,
			goalId: sub2,
			indicatorRef: 'effect:welbevinden_who5',
			grp: 'pilot',
			areaCode: 'WK999908',
			baseline: null,
			baselineDate: null,
			targetType: 'absolute',
			targetDate: null
		});
		await updateTarget(db, { ...fields, id: t1, goalId: sub1, targetValue: 16 });
		const targets = await listTargets(db, basisbaan);
		expect(targets.map((t) => t.id)).toEqual([t1, t2]);
		expect(targets[0]).toEqual({ ...fields, id: t1, goalId: sub1, targetValue: 16 });
		expect(targets[1]).toMatchObject({
			areaCode: 'WK999908',
			baselineDate: null,
			targetDate: null
		});
		expect(await listTargets(db, regelluw)).toEqual([]);

		await deleteTarget(db, t2);
		expect((await listTargets(db, basisbaan)).map((t) => t.id)).toEqual([t1]);
		// Deleting the hoofddoel takes its subdoelen and their targets with it, nothing else.
		await deleteGoal(db, main);
		expect(await listGoals(db, basisbaan)).toEqual([]);
		expect(await db.all('SELECT id FROM target')).toEqual([]);
		expect((await listGoals(db, regelluw)).map((g) => g.id)).toEqual([other]);
		await deleteGoal(db, other);
	});
});

describe('indicators a target can use', () => {
	it('offers every registered process measure, bereik, the outcomes and the explorer indicators', async () => {
		const header = Object.keys(pilotCsv('procesregistratie')[0]!);
		const measures = header.filter((h) => !['pilot', 'periode', 'wijkcode'].includes(h));
		const proces = processOptions(await processRecords(db, basisbaan)).map((o) => o.ref);
		expect(proces[0]).toBe('proces:bereik');
		expect(proces.slice(1).sort()).toEqual(measures.map((m) => `proces:${m}`).sort());

		const outcomeColumns = Object.keys(pilotCsv('metingen')[0]!).slice(4);
		const effect = effectOptions(await pilotOutcomes(db, basisbaan));
		expect(effect.map((o) => o.ref).sort()).toEqual(
			outcomeColumns.map((c) => `effect:${c}`).sort()
		);
		expect(effect.find((o) => o.ref === 'effect:werk_12u')?.unit).toBe('%');

		const names = new Set(csv('data-samples/voorbeeldstad-fictief.csv').map((r) => r.indicator));
		const context = await contextIndicators(db, basisbaan);
		expect(new Set(context.map((c) => c.id))).toEqual(names);
		expect(context.find((c) => c.id === 'Eenzaamheid (%)')?.unit).toBe('%');

		const wijken = [...new Set(pilotCsv('deelnemers').map((r) => r.wijkcode))].sort();
		const areas = await pilotAreas(db, basisbaan);
		expect(areas.map((a) => a.code)).toEqual(wijken);
		expect(areas.find((a) => a.code === 'WK999901')?.name).toBe('Centrum');
	});
});

describe('progress numbers', () => {
	const threshold = 10;

	it('proces:bereik is gestart / doelgroep of the latest quarter, over all wijken and per wijk', async () => {
		const rows = pilotCsv('procesregistratie');
		const last = rows
			.map((r) => r.periode!)
			.sort()
			.at(-1)!;
		const inLast = rows.filter((r) => r.periode === last);
		const gestart = inLast.reduce((s, r) => s + num(r.gestart), 0);
		const doelgroep = inLast.reduce((s, r) => s + num(r.doelgroep), 0);

		const series = suppressSeries(
			processSeries(await processRecords(db, basisbaan), 'bereik'),
			threshold,
			'pilot'
		);
		const latest = latestRows(series);
		const total = scopeRow(latest, null)!;
		expect(quarterEnd(last)).toBe('2025-12-31');
		expect(total).toMatchObject({ date: quarterEnd(last), n: gestart, hidden: null });
		expect(total.value).toBeCloseTo((100 * gestart) / doelgroep, 9);
		for (const r of inLast) {
			const wijk = scopeRow(latest, r.wijkcode!)!;
			expect(wijk.value).toBeCloseTo((100 * num(r.gestart)) / num(r.doelgroep), 9);
		}
	});

	it('proces:bereik hides a wijk with fewer than 10 starters in a quarter, and one more beside it', async () => {
		const rows = pilotCsv('procesregistratie');
		const first = rows.map((r) => r.periode!).sort()[0]!;
		const inFirst = rows.filter((r) => r.periode === first);
		const small = inFirst.filter((r) => num(r.gestart) > 0 && num(r.gestart) < threshold);
		expect(small.length).toBe(1); // WK999908 starts with 4 people
		const series = suppressSeries(
			processSeries(await processRecords(db, basisbaan), 'bereik'),
			threshold,
			'pilot'
		).filter((r) => r.order === quarterStart(first));
		const hidden = series.filter((r) => r.hidden !== null);
		// Ties go to the first wijk in reading order, as stats/suppress does.
		const complement = inFirst
			.filter((r) => r !== small[0])
			.sort((a, b) => num(a.gestart) - num(b.gestart))[0]!;
		expect(new Map(hidden.map((r) => [r.areaCode, r.hidden]))).toEqual(
			new Map([
				[small[0]!.wijkcode, 'klein'],
				[complement.wijkcode, 'aanvullend']
			])
		);
		expect(hidden.every((r) => r.value === null && r.n === null)).toBe(true);
	});

	it('effect:welbevinden_who5 is the pilot group mean at the latest meetmoment, aggregated in SQL', async () => {
		const group = new Map(pilotCsv('deelnemers').map((d) => [d.deelnemer_id, d]));
		const eind = pilotCsv('metingen').filter(
			(m) =>
				m.meetmoment === 'eindmeting' &&
				m.welbevinden_who5 !== '' &&
				group.get(m.deelnemer_id!)?.groep === 'pilot'
		);
		const dates = eind.map((m) => m.datum!).sort();
		const rows = await outcomeMoments(db, basisbaan, 'welbevinden_who5', 'person', 'pilot');
		const latest = latestRows(suppressSeries(effectSeries(rows, 'mean'), threshold, 'pilot'));
		const total = scopeRow(latest, null)!;
		expect(total).toMatchObject({ period: 'eindmeting', n: eind.length, hidden: null });
		expect(total.value).toBeCloseTo(mean(eind.map((m) => num(m.welbevinden_who5))), 9);
		// The middle measurement date (lower median).
		expect(total.date).toBe(dates[Math.floor((dates.length - 1) / 2)]);
		expect(total.ciLow! < total.value! && total.value! < total.ciHigh!).toBe(true);

		const perWijk = new Map<string, number[]>();
		for (const m of eind) {
			const wijk = group.get(m.deelnemer_id!)!.wijkcode!;
			perWijk.set(wijk, [...(perWijk.get(wijk) ?? []), num(m.welbevinden_who5)]);
		}
		const small = [...perWijk].filter(([, xs]) => xs.length < threshold);
		expect(small.map(([w]) => w)).toEqual(['WK999908']);
		expect(scopeRow(latest, 'WK999908')).toMatchObject({ hidden: 'klein', value: null });
		const nextSmallest = [...perWijk]
			.filter(([w]) => w !== 'WK999908')
			.sort((a, b) => a[1].length - b[1].length)[0]![0];
		expect(scopeRow(latest, nextSmallest)).toMatchObject({ hidden: 'aanvullend', value: null });
		const shown = [...perWijk].filter(([w]) => w !== 'WK999908' && w !== nextSmallest);
		for (const [wijk, xs] of shown) {
			expect(scopeRow(latest, wijk)!.n).toBe(xs.length);
			expect(scopeRow(latest, wijk)!.value).toBeCloseTo(mean(xs), 9);
		}
	});

	it('a table-only pilot uses its rows as delivered; a wijk below 10 is hidden', async () => {
		const table = csv(
			'data-samples/pilot/regelluwe-bijstand-voorbeeldstad-fictief-geaggregeerd.csv'
		);
		const row = (grp: string, wijk: string) =>
			table.find(
				(r) =>
					r.groep === grp &&
					r.meetmoment === 'eindmeting' &&
					r.uitkomst === 'welbevinden_who5' &&
					r.wijkcode === wijk
			)!;
		for (const grp of ['pilot', 'controle']) {
			const rows = await outcomeMoments(db, regelluw, 'welbevinden_who5', 'table', grp);
			const latest = latestRows(suppressSeries(effectSeries(rows, 'mean'), threshold, 'pilot'));
			expect(scopeRow(latest, null)).toMatchObject({
				period: 'eindmeting',
				n: num(row(grp, '').n),
				value: num(row(grp, '').gemiddelde),
				date: null
			});
			const wijk = row(grp, 'WK999908');
			expect(scopeRow(latest, 'WK999908')?.hidden ?? null).toBe(
				num(wijk.n) < threshold ? 'klein' : null
			);
		}
		// Without a date, only "gehaald" can be told: otherwise the status is onbekend.
		const rows = await outcomeMoments(db, regelluw, 'welbevinden_who5', 'table', 'pilot');
		const total = scopeRow(
			latestRows(suppressSeries(effectSeries(rows, 'mean'), 10, 'pilot')),
			null
		);
		const target: TargetFields = {
			indicatorRef: 'effect:welbevinden_who5',
			areaCode: null,
			grp: 'pilot',
			baseline: num(table[0]!.gemiddelde),
			baselineDate: '2024-01-01',
			targetValue: 60,
			targetType: 'absolute',
			targetDate: '2026-01-01'
		};
		expect(progressOf(target, total)).toMatchObject({ status: 'onbekend', reason: 'geen_datum' });
		expect(progressOf({ ...target, targetValue: 50 }, total).status).toBe('gehaald');
	});

	it('context indicators give the latest period per wijk and the gemeente as total', async () => {
		const sample = csv('data-samples/voorbeeldstad-fictief.csv').filter(
			(r) => r.indicator === 'Eenzaamheid (%)' && r.waarde !== '' && r.waarde !== '.'
		);
		const latestYear = (code: string) =>
			sample
				.filter((r) => r.gebiedscode === code)
				.sort((a, b) => a.periode!.localeCompare(b.periode!))
				.at(-1)!;
		const rows = await contextRows(db, basisbaan, 'Eenzaamheid (%)');
		const latest = latestRows(suppressSeries(contextSeries(rows), 10, 'public'));
		const gm = latestYear('GM9999');
		expect(scopeRow(latest, null)).toMatchObject({
			areaCode: 'GM9999',
			period: gm.periode,
			value: num(gm.waarde)
		});
		for (const code of ['WK999901', 'WK999908']) {
			const expected = latestYear(code);
			expect(scopeRow(latest, code)).toMatchObject({
				period: expected.periode,
				value: num(expected.waarde),
				n: num(expected.n),
				date: `${expected.periode}-12-31`
			});
		}
		expect(rows.some((r) => r.areaCode.startsWith('NL'))).toBe(false);
	});
});
