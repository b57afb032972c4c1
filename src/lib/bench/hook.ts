/**
 * Benchmark hook for `npm run bench:import` (scripts/bench/import.js). Only when the page URL has
 * `?bench` it exposes `window.__wijkpeilBench`: the engine's own floor for importing a file, a bare
 * `read_csv` into a table of the app's own (OPFS) database followed by CHECKPOINT. Without `?bench`
 * it does nothing.
 */
import { connect } from '$lib/db/client';
import { watchExplore } from './explore-hook';

export interface WijkpeilBench {
	/** Reads the long-format benchmark CSV into a table, CHECKPOINTs, and cleans up again. */
	floor(bytes: ArrayBuffer): Promise<number>;
}

declare global {
	interface Window {
		__wijkpeilBench?: WijkpeilBench;
	}
}

const FILE = 'bench.csv';
const COLUMNS =
	"{'gebiedscode': 'VARCHAR', 'gebiedsnaam': 'VARCHAR', 'indicator': 'VARCHAR', " +
	"'periode': 'VARCHAR', 'waarde': 'DOUBLE'}";

/** Elapsed milliseconds from handing over the bytes to a durable table (after CHECKPOINT). */
async function floor(bytes: ArrayBuffer): Promise<number> {
	const { db } = await connect();
	const start = performance.now();
	await db.registerFile(FILE, new Uint8Array(bytes));
	await db.run(`CREATE OR REPLACE TABLE bench_floor AS SELECT * FROM read_csv('${FILE}',
		delim = ';', decimal_separator = ',', header = true, columns = ${COLUMNS}, auto_detect = false)`);
	await db.run('CHECKPOINT');
	const elapsed = performance.now() - start;
	await db.run('DROP TABLE bench_floor');
	await db.run('CHECKPOINT');
	await db.dropFile(FILE);
	return elapsed;
}

export function installBenchHook() {
	if (!new URLSearchParams(location.search).has('bench')) return;
	window.__wijkpeilBench = { floor };
	// `npm run bench:explore` also times every explorer update (./explore-hook.ts).
	if (new URLSearchParams(location.search).get('bench') === 'explore') watchExplore();
}
