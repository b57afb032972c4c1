import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { truth } from '../../scripts/pilot-sample/index.js';
import { importPilotFile } from '../../src/lib/db/queries/pilot/import';
import {
	effectCounts,
	groupChanges,
	groupMoments,
	participantsByArea,
	pilotAreas,
	pilotOutcomes,
	survivalRecords,
	type Design
} from '../../src/lib/db/queries/pilot/views';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { effectModel } from '../../src/lib/pilot/effect';
import { curveKinds, curveModel } from '../../src/lib/pilot/effect-curves';
import {
	suppressAcrossAreas,
	totalsOf,
	type AreaCount
} from '../../src/lib/pilot/effect-suppression';
import { recogniseTemplate } from '../../src/lib/pilot/templates';
import { openTestDb } from '../helpers/node-db';
import { pilotSampleFiles, sampleChange, sampleParticipants } from '../helpers/pilot-sample';

/**
 * The Effect view on the fictitious sample (npm run samples). The true effects built into it are
 * stated at the top of scripts/generate-pilot-sample.js (and kept as `truth` in
 * scripts/pilot-sample/index.js); the first test checks that the comment still says so:
 * - WHO-5 welbevinden: change +7 pilot, +2 controle at the eindmeting: difference in differences +5.
 * - Working more than 12 hours a week (uitstroom werk_12 or werk_27) by month 24: 24% pilot,
 *   15% controle. More than 27 hours (werk_27): 7% in both groups.
 * - "Regelluwe bijstand Voorbeeldstad" (tables only): WHO-5 +4 pilot, +1 controle (DiD +3);
 *   werk_12u 4% at the nulmeting, 18% pilot and 12% controle at the eindmeting (DiD +6 points);
 *   its Westerkwartier (WK999908) controle eindmeting has fewer than 10 people.
 */
const TRUE_WHO5_DID = 5;
const TRUE_WORK_12H_AT_24 = { pilot: 24, controle: 15 };
const TRUE_WORK_27H_AT_24 = 7;
const TRUE_TABLE_WHO5_DID = 3;
const TRUE_TABLE_WORK_DID = 18 - 4 - (12 - 4);
const PILOT = 'basisbaan-voorbeeldstad';
const TABLE_PILOT = 'regelluwe-bijstand-voorbeeldstad';
const THRESHOLD = 10;

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let db: TestDb;

beforeAll(async () => {
	db = await openTestDb();
	// Participants before their metingen, as the app asks.
	for (const file of [
		pilotSampleFiles.deelnemers,
		pilotSampleFiles.metingen,
		pilotSampleFiles.geaggregeerd
	]) {
		const prepared = await prepareFile(file.split('/').at(-1)!, new Uint8Array(readFileSync(file)));
		const template = recogniseTemplate(prepared.sniffed.header);
		expect(template).not.toBeNull();
		expect((await importPilotFile(db, prepared, template!)).status).toBe('imported');
	}
}, 60_000);
afterAll(() => db.close());

async function model(pilotId: string, outcome: string, areaCode: string | null, design: Design) {
	const o = (await pilotOutcomes(db, pilotId)).find((x) => x.outcome === outcome)!;
	return effectModel({
		outcome: o,
		design,
		areaCode,
		threshold: THRESHOLD,
		moments: await groupMoments(db, pilotId, o.outcome, o.basis, areaCode),
		changes: o.basis === 'person' ? await groupChanges(db, pilotId, o.outcome, areaCode) : [],
		counts: await effectCounts(db, pilotId, o.outcome, o.basis)
	});
}

async function curves(kind: string, areaCode: string | null = null) {
	const participants = await participantsByArea(db, PILOT);
	const byArea = participants.filter((p): p is typeof p & AreaCount => p.areaCode !== null);
	const groups = ['pilot', 'controle'];
	const hidden = suppressAcrossAreas(byArea, totalsOf(participants), groups, THRESHOLD);
	const records = await survivalRecords(db, PILOT, areaCode);
	const k = curveKinds.find((c) => c.id === kind)!;
	return curveModel(records, k, groups, THRESHOLD, (g) => hidden(areaCode, g), true);
}

const contains = (i: { low: number; high: number } | null | undefined, x: number) =>
	i !== null && i !== undefined && i.low <= x && x <= i.high;

describe('the Effect view on the sample pilot', () => {
	it('states the true effects as the generator describes them', () => {
		const header = readFileSync('scripts/generate-pilot-sample.js', 'utf8').split('*/')[0]!;
		const said = header.replace(/\s*\n\s*\*\s*/g, ' ');
		expect(said).toContain('difference-in-differences +5');
		expect(said).toContain('by month 24: 24% pilot, 15% controle');
		expect(said).toContain('More than 27 hours (werk_27): 7% in both groups');
		expect(said).toContain('WHO-5 change +1 controle, +4 pilot (DiD +3)');
		expect(said).toContain('werk_12u 4% at the nulmeting, 12% controle and 18% pilot');
		expect(TRUE_WHO5_DID).toBe(truth.who5.differenceInDifferences);
	});

	it('recovers the WHO-5 difference in differences of +5 within its 95% interval', async () => {
		const m = await model(PILOT, 'welbevinden_who5', null, 'gerandomiseerd');
		const [did] = m.headlines;
		expect(did!.moment).toBe('eindmeting');
		expect(contains(did!.interval, TRUE_WHO5_DID)).toBe(true);
		expect(did!.interval!.low).toBeGreaterThan(0);
		expect(did!.verdict).toBe('hoger');
		// The same number straight from the CSV files, without import or queries.
		const fromCsv = sampleChange('welbevinden_who5', 'eindmeting');
		expect(did!.estimate).toBeCloseTo(fromCsv.did, 9);
		const changes = m.changes.filter((c) => c.moment === 'eindmeting');
		expect(changes.map((c) => [c.grp, c.n])).toEqual([
			['pilot', fromCsv.n.pilot],
			['controle', fromCsv.n.controle]
		]);
		expect(did!.cohensD).toBeGreaterThan(0);
		expect(did!.p).toBeLessThan(0.05);
	});

	it('shows no difference at all for a design without a comparison group', async () => {
		const m = await model(PILOT, 'welbevinden_who5', null, 'voor_na');
		expect(m.claim).toBe('beschrijving');
		expect(m.dids).toEqual([]);
		expect(m.cells.every((c) => c.value !== null)).toBe(true);
	});

	it('recovers 24% and 15% working more than 12 hours at 24 months', async () => {
		const curve = await curves('werk12');
		const at24 = curve.milestones.find((m) => m.month === 24)!;
		for (const cell of at24.cells) {
			const expected = TRUE_WORK_12H_AT_24[cell.grp as 'pilot' | 'controle'];
			expect(contains(cell.interval, expected), `${cell.grp}: ${JSON.stringify(cell)}`).toBe(true);
			expect(cell.atRisk).toBeGreaterThanOrEqual(THRESHOLD);
		}
		expect(at24.differences[0]!.estimate).toBeGreaterThan(0);
	});

	it('finds no difference in working more than 27 hours (7% in both groups)', async () => {
		const at24 = (await curves('werk27')).milestones.find((m) => m.month === 24)!;
		for (const cell of at24.cells) expect(contains(cell.interval, TRUE_WORK_27H_AT_24)).toBe(true);
		expect(contains(at24.differences[0]!.interval, 0)).toBe(true);
		expect(at24.differences[0]!.verdict).toBe('geen_verschil');
	});

	it('reads start, exit and censoring per participant as the deelnemers file has them', async () => {
		const records = await survivalRecords(db, PILOT);
		const csv = sampleParticipants();
		expect(records).toHaveLength(csv.length);
		const count = (rows: { grp: string; type: string | null }[]) =>
			rows.reduce<Record<string, number>>((acc, r) => {
				const key = `${r.grp}|${r.type ?? ''}`;
				acc[key] = (acc[key] ?? 0) + 1;
				return acc;
			}, {});
		expect(count(records.map((r) => ({ grp: r.grp, type: r.exitType })))).toEqual(
			count(csv.map((r) => ({ grp: r.groep!, type: r.uitstroom_type || null })))
		);
		// An empty einddatum is censored at the latest date in the file.
		expect(records.every((r) => r.censorDate >= r.start)).toBe(true);
	});

	it("hides Westerkwartier's small control group, and one more wijk so it cannot be computed back", async () => {
		expect((await pilotAreas(db, PILOT)).map((a) => a.areaCode)).toContain('WK999908');
		const small = await model(PILOT, 'welbevinden_who5', 'WK999908', 'gerandomiseerd');
		const control = small.cells.find((c) => c.grp === 'controle' && c.moment === 'nulmeting')!;
		expect(control).toMatchObject({ n: null, value: null, hidden: 'klein' });
		expect(small.dids.every((d) => d.hidden !== null && d.estimate === null)).toBe(true);
		const areas = (await pilotAreas(db, PILOT)).map((a) => a.areaCode);
		const complements = [];
		for (const area of areas.filter((a) => a !== 'WK999908')) {
			const m = await model(PILOT, 'welbevinden_who5', area, 'gerandomiseerd');
			const cell = m.cells.find((c) => c.grp === 'controle' && c.moment === 'nulmeting')!;
			if (cell.hidden) complements.push([area, cell.hidden]);
		}
		expect(complements).toHaveLength(1);
		expect(complements[0]![1]).toBe('aanvullend');
		const curve = await curves('werk12', 'WK999908');
		expect(curve.series.find((s) => s.grp === 'controle')).toMatchObject({
			hidden: 'klein',
			points: []
		});
	});
});

describe('the Effect view on the table-only pilot', () => {
	it('recovers the WHO-5 and work differences within their (wider) intervals', async () => {
		const who5 = await model(TABLE_PILOT, 'welbevinden_who5', null, 'vergelijkingsgroep');
		expect(who5.info.label).toBe('Welbevinden (WHO-5)');
		expect(who5.precise).toBe(false);
		expect(who5.claim).toBe('aanwijzing');
		const [did] = who5.headlines;
		expect(did!.independentSamples).toBe(true);
		expect(contains(did!.interval, TRUE_TABLE_WHO5_DID)).toBe(true);
		// From the file: (50,5 − 46,8) − (47,4 − 47,1).
		expect(did!.estimate).toBeCloseTo(50.5 - 46.8 - (47.4 - 47.1), 10);
		const work = await model(TABLE_PILOT, 'werk_12u', null, 'vergelijkingsgroep');
		expect(work.info.kind).toBe('share');
		expect(work.headlines[0]!.estimate).toBeCloseTo(18.5 - 3.9 - (11.5 - 4.0), 10);
		expect(contains(work.headlines[0]!.interval, TRUE_TABLE_WORK_DID)).toBe(true);
		expect(who5.cells.every((c) => c.hidden === null)).toBe(true);
	});

	it('shows its small row (n = 8) as suppressed, and no difference that needs it', async () => {
		const m = await model(TABLE_PILOT, 'welbevinden_who5', 'WK999908', 'vergelijkingsgroep');
		expect(m.cells.map((c) => [c.grp, c.moment, c.n, c.hidden])).toEqual([
			['pilot', 'nulmeting', 14, null],
			['pilot', 'eindmeting', 12, null],
			['controle', 'nulmeting', 11, null],
			['controle', 'eindmeting', null, 'klein']
		]);
		expect(m.dids).toHaveLength(1);
		expect(m.dids[0]).toMatchObject({ hidden: 'klein', estimate: null, interval: null });
		expect(m.changes.find((c) => c.grp === 'controle')!.hidden).toBe('klein');
	});
});
