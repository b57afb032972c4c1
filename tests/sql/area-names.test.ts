/**
 * Area names come from the files: the newest file that names an area names it, and deleting a
 * file brings back the name another file gave (a name from a deleted file never stays behind).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteSource, importFile } from '../../src/lib/db/queries/import';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { utf8 } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const header = 'wijkcode;wijknaam;indicator;jaar;waarde\n';
let day = 0;
async function add(name: string, rows: string) {
	const file = await prepareFile(name, utf8(header + rows));
	// Each file a day later than the one before: "newest" is the order they were added in.
	const now = () => new Date(Date.UTC(2026, 0, ++day));
	return importFile(db, file, { now });
}
const nameOf = async (code: string) =>
	(await db.all<{ name: string | null }>('SELECT name FROM area WHERE code = ?', [code]))[0]?.name;

describe('area names per file', () => {
	it('shows the newest name, and the earlier one again once the newer file is deleted', async () => {
		const first = await add('eerste.csv', 'WK999001;Dijkzicht;Eenzaam (%);2022;40,5\n');
		expect(await nameOf('WK999001')).toBe('Dijkzicht');
		const odd = await add('vreemd.csv', 'WK999001;<b>Andere naam</b>;Werkloos (%);2022;5,1\n');
		expect(await nameOf('WK999001')).toBe('<b>Andere naam</b>');

		await deleteSource(db, odd.sourceId);
		expect(await nameOf('WK999001')).toBe('Dijkzicht');
		await deleteSource(db, first.sourceId);
		expect(await nameOf('WK999001')).toBeUndefined();
		expect(await db.all('SELECT * FROM area_name')).toEqual([]);
	});

	it('shows the code when no file left names the area', async () => {
		const named = await add('met-naam.csv', 'WK999002;Molenbuurt;Eenzaam (%);2022;38\n');
		// A file with the same wijk and no name column keeps the wijk (and its figures) alive.
		const file = await prepareFile(
			'zonder-naam.csv',
			utf8('wijkcode;indicator;jaar;waarde\nWK999002;Werkloos (%);2022;6\n')
		);
		await importFile(db, file, { now: () => new Date(Date.UTC(2026, 1, 1)) });
		expect(await nameOf('WK999002')).toBe('Molenbuurt');
		await deleteSource(db, named.sourceId);
		expect(await nameOf('WK999002')).toBeNull();
	});
});
