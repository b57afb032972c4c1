import type { Geometry } from 'geojson';
import type { Db } from '../sql';

export interface StoredBoundary {
	code: string;
	name: string | null;
	geometry: Geometry;
	/** The indelingsjaar of the shape (from the boundary file's name), when known. */
	vintage: number | null;
}

/** The wijk boundaries of a gemeente (newest indelingsjaar first when a code has several). */
export async function wijkBoundaries(db: Db, gemeente: string): Promise<StoredBoundary[]> {
	const rows = await db.all<{
		code: string;
		name: string | null;
		geometry: string;
		vintage: number | null;
	}>(
		`SELECT code, arg_max(name, coalesce(vintage, 0)) AS name, arg_max(geometry, coalesce(vintage, 0)) AS geometry,
			max(vintage) AS vintage
		FROM boundary WHERE code LIKE ? GROUP BY code ORDER BY code`,
		['WK' + gemeente.slice(2) + '%']
	);
	return rows.map((r) => ({
		code: r.code,
		name: r.name,
		geometry: JSON.parse(r.geometry) as Geometry,
		vintage: r.vintage
	}));
}
