import type { Geometry } from 'geojson';
import type { ParsedBoundaries } from '$lib/areas/boundaries';
import { insertRows, transaction, type Db } from '../sql';

export interface StoredBoundary {
	code: string;
	name: string | null;
	geometry: Geometry;
}

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

/** The wijk boundaries of a gemeente (newest indelingsjaar first when a code has several). */
export async function wijkBoundaries(db: Db, gemeente: string): Promise<StoredBoundary[]> {
	const rows = await db.all<{ code: string; name: string | null; geometry: string }>(
		`SELECT code, arg_max(name, coalesce(vintage, 0)) AS name, arg_max(geometry, coalesce(vintage, 0)) AS geometry
		FROM boundary WHERE code LIKE ? GROUP BY code ORDER BY code`,
		['WK' + gemeente.slice(2) + '%']
	);
	return rows.map((r) => ({
		code: r.code,
		name: r.name,
		geometry: JSON.parse(r.geometry) as Geometry
	}));
}
