import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trend } from '../../src/lib/db/queries/explore';
import { checkFile, importFile } from '../../src/lib/db/queries/import';
import { gemeenteOverview } from '../../src/lib/db/queries/overview';
import { buildComparison } from '../../src/lib/explore/comparison';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { openTestDb } from '../helpers/node-db';

/**
 * Two files (fictitious) with a value for the same wijk, indicator and period: every view shows
 * one value, that of the file added last.
 */
const header = 'gebiedscode;gebiedsnaam;indicator;periode;waarde';
const first = [
	header,
	'GM0363;Amsterdam;ervaren_gezondheid;2020;74,0',
	'WK036300;Burgwallen-Oude Zijde;ervaren_gezondheid;2020;71,0',
	'WK036302;Haarlemmerbuurt;ervaren_gezondheid;2020;69,9',
	'WK036302;Haarlemmerbuurt;ervaren_gezondheid;2016;66,0'
].join('\n');
const second = [header, 'WK036302;Haarlemmerbuurt;ervaren_gezondheid;2020;50,0'].join('\n');

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeEach(async () => {
	db = await openTestDb();
});
afterEach(() => db.close());

async function add(name: string, text: string, at: string) {
	const file = await prepareFile(name, new TextEncoder().encode(text));
	await importFile(db, file, { now: () => new Date(at) });
}

const valueOf = (rows: { code: string; period: string; value: number | null }[]) =>
	rows.filter((r) => r.code === 'WK036302' && r.period === '2020').map((r) => r.value);

describe('files that overlap', () => {
	it('give every view the value of the file added last', async () => {
		await add('eerste.csv', first, '2026-01-01T10:00:00Z');
		await add('tweede.csv', second, '2026-01-02T10:00:00Z');
		const rows = await trend(db, 'GM0363', 'ervaren_gezondheid');
		expect(valueOf(rows)).toEqual([50]);
		// One row per wijk and period: the other values of the first file stay.
		const keys = rows.map((r) => `${r.code} ${r.period}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(rows).toHaveLength(4);
		expect(valueOf(await gemeenteOverview(db, 'GM0363'))).toEqual([50]);

		const comparison = buildComparison(
			rows,
			'2020',
			{ unit: '%', direction: 'hoger_is_beter' },
			{ gemeente: 'Amsterdam', nederland: 'Nederland' }
		);
		expect(comparison.rows.map((r) => [r.key, r.value])).toEqual([
			['WK036300', 71],
			['WK036302', 50]
		]);
	});

	it('are named in the check report, with how many values the new file gives again', async () => {
		const eerste = await prepareFile('eerste.csv', new TextEncoder().encode(first));
		expect((await checkFile(db, eerste)).overlaps).toEqual([]);
		await importFile(db, eerste);
		const tweede = await prepareFile('tweede.csv', new TextEncoder().encode(second));
		expect((await checkFile(db, tweede)).overlaps).toEqual([{ name: 'eerste.csv', values: 1 }]);
		// A newer version of the same file replaces the old one: that is no overlap.
		const newer = await prepareFile('eerste.csv', new TextEncoder().encode(first + '\n'));
		expect((await checkFile(db, newer)).overlaps).toEqual([]);
	});

	it('go by when a file was added, not by the order of the rows in the database', async () => {
		await add('tweede.csv', second, '2026-01-02T10:00:00Z');
		await add('eerste.csv', first, '2026-01-01T10:00:00Z');
		expect(valueOf(await trend(db, 'GM0363', 'ervaren_gezondheid'))).toEqual([50]);
		expect(valueOf(await gemeenteOverview(db, 'GM0363'))).toEqual([50]);
	});
});
