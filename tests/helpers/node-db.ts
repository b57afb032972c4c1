/**
 * A real DuckDB engine for tests: duckdb-wasm's blocking Node build (src/lib/db/node.ts), the same
 * engine and the same cast options as the app in the browser. No mocks.
 */
import { openNodeDb, type NodeDb } from '../../src/lib/db/node';

export function openTestDb(options: { migrated?: boolean } = {}): Promise<NodeDb> {
	return openNodeDb(options);
}
