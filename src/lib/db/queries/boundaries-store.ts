/** Storing imported boundaries: loaded with the import code, not with the page (see boundaries.ts). */
import type { ParsedBoundaries } from '$lib/areas/boundaries';
import { insertRows } from '../insert-rows';
import { transaction, type Db } from '../sql';

/** Stores boundaries (replacing earlier ones for the same codes and indelingsjaar), durably. */
export async function saveBoundaries(db: Db, parsed: ParsedBoundaries, sourceName: string) {
	await transaction(db, async () => {
		await db.run('CREATE OR REPLACE TEMP TABLE new_boundary (code VARCHAR)');
		await insertRows(
			db,
			'new_boundary',
			['code'],
			parsed.boundaries.map((b) => [b.code])
		);
		await db.run(
			`DELETE FROM boundary WHERE code IN (SELECT code FROM new_boundary)
			AND vintage IS NOT DISTINCT FROM ?`,
			[parsed.vintage]
		);
		await db.run('DROP TABLE temp.new_boundary');
		const rows = parsed.boundaries.map((b) => [
			b.code,
			parsed.vintage,
			b.name,
			JSON.stringify(b.geometry),
			sourceName
		]);
		// Geometries are long strings: a few per statement.
		const columns = ['code', 'vintage', 'name', 'geometry', 'source_name'];
		await insertRows(db, 'boundary', columns, rows, 4);
	});
	await db.run('CHECKPOINT');
}
