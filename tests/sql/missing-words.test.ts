/**
 * The mapping step's own words for "no value" (issue 3, point 5: "which symbols mean missing"). A
 * fictitious portal export writes `onbekend` and `*` where it has no figure: without telling the
 * app these are unreadable numbers, with them they are stored as missing (not available), and a
 * real 0 stays 0. The words are kept in a saved mapping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, importFile } from '../../src/lib/db/queries/import';
import { findProfile, saveProfile } from '../../src/lib/db/queries/profiles';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { utf8 } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const csv = [
	'gebiedscode;indicator;periode;waarde',
	'WK999701;Tevreden over de buurt (%);2024;onbekend',
	'WK999702;Tevreden over de buurt (%);2024;0',
	'WK999703;Tevreden over de buurt (%);2024;61,5',
	'WK999704;Tevreden over de buurt (%);2024; * ',
	''
].join('\n');

describe("the file's own words for no value", () => {
	it('are unreadable numbers until the mapping names them', async () => {
		const file = await prepareFile('tevredenheid-portaal.csv', utf8(csv));
		expect(file.mapping.missing).toBeUndefined();
		const report = await checkFile(db, file);
		expect(report.counts.bad_number).toBe(2);
		expect(
			report.issues.filter((i) => i.code === 'bad_number').map((i) => [i.line, i.value])
		).toEqual([
			[2, 'onbekend'],
			[5, '*']
		]);
	});

	it('are stored as missing (not available) once named; a real 0 stays 0', async () => {
		const file = await prepareFile('tevredenheid-portaal.csv', utf8(csv));
		file.mapping = { ...file.mapping, missing: ['onbekend', '*'] };
		const report = await importFile(db, file);
		expect(report).toMatchObject({ rowsRead: 4, rowsAccepted: 4, rowsRejected: 0 });
		expect(report.counts).toEqual({});
		const rows = await db.all<{ area: string; value: number | null; reason: string | null }>(
			`SELECT area_code AS area, value, missing_reason AS reason FROM observation
			WHERE source_id = ? ORDER BY area`,
			[report.sourceId]
		);
		expect(rows).toEqual([
			{ area: 'WK999701', value: null, reason: 'not_available' },
			{ area: 'WK999702', value: 0, reason: null },
			{ area: 'WK999703', value: 61.5, reason: null },
			{ area: 'WK999704', value: null, reason: 'not_available' }
		]);
	});

	it('come back with a saved mapping for the next file with this header', async () => {
		const file = await prepareFile('tevredenheid-portaal.csv', utf8(csv));
		const mapping = { ...file.mapping, missing: ['onbekend', '*'] };
		await saveProfile(db, file.headerKey, 'Portaal tevredenheid', {
			mapping,
			delimiter: file.sniffed.delimiter,
			decimal: file.sniffed.decimal
		});
		const saved = await findProfile(db, file.headerKey);
		expect(saved?.mapping.missing).toEqual(['onbekend', '*']);
	});
});
