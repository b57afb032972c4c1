/** Writes the observations as a data pack (Arrow IPC stream) that the app can open later. */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { NodeDb } from '$lib/db/node';
import { PACK_KEY, PACK_SCHEMA_KEY, PACK_VERSION, packQuery } from '$lib/db/pack/format';
import { schemaVersion } from '$lib/db/schema';

/**
 * Writes every observation to `out` and returns how many there are. Written to a temporary file
 * beside `out` first and then renamed, so a failed write never leaves half a pack behind.
 */
export async function writePack(db: NodeDb, out: string): Promise<number> {
	const [total] = await db.all<{ n: number }>('SELECT count(*) AS n FROM observation');
	const bytes = db.arrowStream(packQuery, {
		[PACK_KEY]: String(PACK_VERSION),
		[PACK_SCHEMA_KEY]: String(schemaVersion)
	});
	const partial = `${out}.${process.pid}.part`;
	try {
		await writeFile(partial, bytes);
		await rename(partial, out);
	} catch (error) {
		await rm(partial, { force: true });
		throw error;
	}
	return total?.n ?? 0;
}
