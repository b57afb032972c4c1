import { z } from 'zod/mini';
import { mapping as mappingSchema, type Mapping } from '$lib/ingest/mapping';
import { transaction, type Db } from '../sql';

const savedSchema = z.object({
	mapping: mappingSchema,
	delimiter: z.enum([';', ',', '\t', '|']),
	decimal: z.enum([',', '.'])
});

export type SavedProfile = z.infer<typeof savedSchema> & { name: string };

/** Saves a mapping under a name for files with this header; a later save replaces it. */
export async function saveProfile(
	db: Db,
	headerKey: string,
	name: string,
	saved: Omit<SavedProfile, 'name'>
) {
	const stored = { ...saved, mapping: { ...saved.mapping, profile: name } satisfies Mapping };
	await transaction(db, async () => {
		await db.run('DELETE FROM mapping_profile WHERE header_key = ?', [headerKey]);
		await db.run('INSERT INTO mapping_profile VALUES (?, ?, ?, ?)', [
			headerKey,
			name,
			JSON.stringify(stored),
			new Date().toISOString()
		]);
	});
	await db.run('CHECKPOINT');
}

/** The saved mapping for a header, if any; a mapping that no longer validates is ignored. */
export async function findProfile(db: Db, headerKey: string): Promise<SavedProfile | null> {
	const [row] = await db.all<{ name: string; mapping: string }>(
		'SELECT name, mapping FROM mapping_profile WHERE header_key = ? ORDER BY saved_at DESC LIMIT 1',
		[headerKey]
	);
	if (!row) return null;
	try {
		const parsed = savedSchema.safeParse(JSON.parse(row.mapping));
		return parsed.success ? { ...parsed.data, name: row.name } : null;
	} catch {
		return null;
	}
}
