import { catalogEntry, type Direction } from '$lib/catalog/indicators';
import { transaction, type Db } from '../sql';

/** Everything the explorer needs to know about an indicator, from the user, the catalogue or the file. */
export interface IndicatorMeta {
	id: string;
	name: string;
	label: string;
	unit: string | null;
	direction: Direction;
	definition: string | null;
	theme: string | null;
	/** Where the description comes from: the user's own correction, the built-in catalogue, or neither. */
	origin: 'user' | 'catalogue' | 'file';
}

export interface MetaOverride {
	name?: string | null;
	/** Short label in plain words (B1), e.g. for a gebiedsscan with residents. */
	label?: string | null;
	unit?: string | null;
	direction?: Direction | null;
	definition?: string | null;
}

/** User corrections win over the catalogue, which wins over what the file's header said. */
export function resolveMeta(
	id: string,
	fileUnit: string | null,
	user: MetaOverride | null
): IndicatorMeta {
	const entry = catalogEntry(id);
	const name = user?.name ?? entry?.name ?? id;
	return {
		id,
		name,
		label: user?.label ?? entry?.label ?? name,
		unit: user?.unit ?? entry?.unit ?? fileUnit,
		direction: user?.direction ?? entry?.direction ?? 'neutraal',
		definition: user?.definition ?? entry?.definition ?? null,
		theme: entry?.theme ?? null,
		origin: user ? 'user' : entry ? 'catalogue' : 'file'
	};
}

export async function saveUserMeta(db: Db, id: string, meta: MetaOverride) {
	await transaction(db, async () => {
		await db.run('DELETE FROM indicator_meta WHERE indicator_id = ?', [id]);
		await db.run(
			`INSERT INTO indicator_meta (indicator_id, name, label, unit, direction, definition, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`,
			[
				id,
				meta.name ?? null,
				meta.label ?? null,
				meta.unit ?? null,
				meta.direction ?? null,
				meta.definition ?? null,
				new Date().toISOString()
			]
		);
	});
	await db.run('CHECKPOINT');
}
