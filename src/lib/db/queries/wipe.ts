/** "Gegevens wissen": loaded when the user asks for it, not with the page. */
import { transaction, type Db } from '../sql';
import { observationTables } from './observations';

/** Removes every imported row. The settings (like "sample dismissed") stay. */
export async function wipeData(db: Db): Promise<void> {
	await transaction(db, async () => {
		// Everything imported or entered; saved column mappings and indicator settings stay.
		const tables = [...observationTables, 'indicator', 'area', 'area_name', 'source', 'boundary']
			.concat(['participant', 'measurement', 'pilot_outcome', 'pilot_aggregate', 'process_record'])
			.concat(['goal', 'target', 'pilot']);
		for (const table of tables) await db.run(`DELETE FROM ${table}`);
	});
	await db.run('CHECKPOINT');
}
