/**
 * A real DuckDB engine for tests: duckdb-wasm's blocking Node build, the same engine and the same
 * cast options as the app in the browser. No mocks.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import type { Db } from '../../src/lib/db/sql';
import { migrate } from '../../src/lib/db/schema';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
const bundles = {
	mvp: {
		mainModule: path.join(dist, 'duckdb-mvp.wasm'),
		mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs')
	},
	eh: {
		mainModule: path.join(dist, 'duckdb-eh.wasm'),
		mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs')
	}
};

export async function openTestDb(
	options: { migrated?: boolean } = {}
): Promise<Db & { close(): void }> {
	const engine = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
	await engine.instantiate();
	engine.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = engine.connect();
	conn.query('SET autoload_known_extensions = false');
	conn.query('SET autoinstall_known_extensions = false');
	const toRows = <T>(table: { toArray(): { toJSON(): unknown }[] }) =>
		table.toArray().map((row) => row.toJSON() as T);
	const db: Db & { close(): void } = {
		async all<T>(sql: string, params: unknown[] = []) {
			if (params.length === 0) return toRows<T>(conn.query(sql));
			const statement = conn.prepare(sql);
			try {
				return toRows<T>(statement.query(...params));
			} finally {
				statement.close();
			}
		},
		async run(sql: string, params: unknown[] = []) {
			await db.all(sql, params);
		},
		async registerFile(name: string, bytes: Uint8Array) {
			engine.registerFileBuffer(name, bytes);
		},
		async dropFile(name: string) {
			engine.dropFile(name);
		},
		close() {
			conn.close();
			engine.reset();
		}
	};
	if (options.migrated !== false) await migrate(db);
	return db;
}
