/**
 * The mapping step's group and meetmoment columns (issue 3, point 5): a group is stored as the
 * subgroup (where StatLine's Leeftijd goes), a meetmoment as `moment`, and both are part of what
 * makes a value unique. Fictitious files, generated here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trend } from '../../src/lib/db/queries/explore';
import { checkFile, importFile } from '../../src/lib/db/queries/import';
import { chooseSlice, rowsInSlice, sliceKey, slicesOf } from '../../src/lib/explore/slices';
import { buildTrend } from '../../src/lib/explore/trend';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { utf8 } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const wijken = ['WK999001', 'WK999002', 'WK999003'];
const groups = ['18 tot 65 jaar', '65 jaar of ouder'];
const moments = ['nulmeting', 'T1', 'T2'];

/**
 * A long file: every wijk × group × meetmoment once, all in 2024, so only group and meetmoment
 * tell the rows apart. The value encodes its position, to check where each one landed.
 */
function generatedLong(extra: string[] = []) {
	const rows = wijken.flatMap((wijk, w) =>
		groups.flatMap((group, g) =>
			moments.map(
				(moment, m) => `${wijk};Eenzaam (%);2024;${group};${moment};${w * 30 + g * 10 + m},5`
			)
		)
	);
	return ['gebiedscode;indicator;periode;groep;meetmoment;waarde', ...rows, ...extra, ''].join(
		'\n'
	);
}

const stored = (sourceId: string) =>
	db.all<{ area: string; subgroup: string | null; moment: string | null; value: number | null }>(
		`SELECT area_code AS area, subgroup, moment, value FROM observation WHERE source_id = ?
		ORDER BY area, subgroup, moment`,
		[sourceId]
	);

describe('group and meetmoment columns', () => {
	it('recognises both columns and stores each value with its group and meetmoment', async () => {
		const file = await prepareFile('eenzaamheid-metingen.csv', utf8(generatedLong()));
		expect(file.mapping).toMatchObject({ layout: 'long', subgroups: [3], moment: 4, value: 5 });
		const report = await importFile(db, file);
		expect(report).toMatchObject({ rowsRead: 18, rowsAccepted: 18, rowsRejected: 0 });
		expect(report.counts).toEqual({});
		const rows = await stored(report.sourceId);
		expect(rows).toHaveLength(18);
		expect(rows.filter((r) => r.area === 'WK999002')).toEqual([
			{ area: 'WK999002', subgroup: '18 tot 65 jaar', moment: 'T1', value: 31.5 },
			{ area: 'WK999002', subgroup: '18 tot 65 jaar', moment: 'T2', value: 32.5 },
			{ area: 'WK999002', subgroup: '18 tot 65 jaar', moment: 'nulmeting', value: 30.5 },
			{ area: 'WK999002', subgroup: '65 jaar of ouder', moment: 'T1', value: 41.5 },
			{ area: 'WK999002', subgroup: '65 jaar of ouder', moment: 'T2', value: 42.5 },
			{ area: 'WK999002', subgroup: '65 jaar of ouder', moment: 'nulmeting', value: 40.5 }
		]);
	});

	it('gives the explorer one group and meetmoment at a time, never a mix', async () => {
		// Same layout, another (fictitious) gemeente: GM9980 instead of GM9990.
		const csv = generatedLong().replaceAll('WK9990', 'WK9980');
		const report = await importFile(db, await prepareFile('eenzaamheid-gm9980.csv', utf8(csv)));
		expect(report.rowsAccepted).toBe(18);
		const rows = await trend(db, 'GM9980', 'Eenzaam (%)');
		expect(rows).toHaveLength(18);
		const slices = slicesOf(rows);
		expect(slices.map(sliceKey)).toEqual(
			groups.flatMap((g) =>
				['nulmeting', 'T1', 'T2'].map((m) => sliceKey({ subgroup: g, moment: m }))
			)
		);
		const tableValue = (key: string | null, wijk: string) =>
			buildTrend(rowsInSlice(rows, chooseSlice(slices, key)), [])
				.table.find((r) => r.code === wijk)
				?.cells.map((c) => c.value);
		// The first slice unless another is asked for; each value from its own group and meetmoment.
		expect(tableValue(null, 'WK998002')).toEqual([30.5]);
		expect(
			tableValue(sliceKey({ subgroup: '65 jaar of ouder', moment: 'T1' }), 'WK998002')
		).toEqual([41.5]);
		expect(tableValue(sliceKey({ subgroup: '18 tot 65 jaar', moment: 'T2' }), 'WK998003')).toEqual([
			62.5
		]);
	});

	it('still finds a conflict within one group and meetmoment', async () => {
		const conflict = 'WK999001;Eenzaam (%);2024;65 jaar of ouder;T1;99,0';
		const file = await prepareFile('eenzaamheid-dubbel.csv', utf8(generatedLong([conflict])));
		const report = await checkFile(db, file);
		expect(report.counts.conflicting_duplicate).toBe(2);
		expect(
			report.issues.filter((i) => i.code === 'conflicting_duplicate').map((i) => i.line)
		).toEqual([6, 20]);
	});

	it('treats the same rows as conflicts when the meetmoment column is not mapped', async () => {
		const file = await prepareFile('eenzaamheid-zonder-moment.csv', utf8(generatedLong()));
		file.mapping = { ...file.mapping, moment: null };
		const report = await checkFile(db, file);
		// Three meetmomenten per wijk and group now share one key.
		expect(report.counts.conflicting_duplicate).toBe(18);
	});

	it('reads a meetmoment column in a wide file and keeps it out of the indicators', async () => {
		const csv = [
			'wijkcode;jaar;doelgroep;moment;Score welzijn;Score buurt',
			'WK999001;2024;jongeren;T0;6,5;7,1',
			'WK999001;2024;jongeren;T1;6,9;7,0',
			'WK999002;2024;ouderen;T0;;7,4',
			''
		].join('\n');
		const file = await prepareFile('welzijn-breed.csv', utf8(csv));
		expect(file.mapping).toMatchObject({ layout: 'wide', subgroups: [2], moment: 3 });
		expect(file.mapping.indicators).toEqual([4, 5]);
		const report = await importFile(db, file);
		expect(report.rowsRejected).toBe(0);
		const rows = await db.all<{ indicator: string; moment: string; value: number | null }>(
			`SELECT indicator_id AS indicator, moment, value FROM observation
			WHERE source_id = ? AND area_code = 'WK999001' ORDER BY indicator, moment`,
			[report.sourceId]
		);
		expect(rows).toEqual([
			{ indicator: 'Score buurt', moment: 'T0', value: 7.1 },
			{ indicator: 'Score buurt', moment: 'T1', value: 7 },
			{ indicator: 'Score welzijn', moment: 'T0', value: 6.5 },
			{ indicator: 'Score welzijn', moment: 'T1', value: 6.9 }
		]);
		const [missing] = await db.all<{ subgroup: string; moment: string; value: null }>(
			`SELECT subgroup, moment, value FROM observation
			WHERE source_id = ? AND area_code = 'WK999002' AND indicator_id = 'Score welzijn'`,
			[report.sourceId]
		);
		expect(missing).toEqual({ subgroup: 'ouderen', moment: 'T0', value: null });
	});
});
