/**
 * A real DuckDB engine in Node: duckdb-wasm's blocking Node build, the same engine and the same
 * cast options as the app in the browser. Used by the command-line tool and the SQL tests.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { migrate } from './schema';
import type { Db } from './sql';

/** A Db that can also write query results as Arrow, and must be closed. */
export interface NodeDb extends Db {
	/**
	 * Runs a query and returns its result as an Arrow IPC stream (the bytes of a .arrow file),
	 * with `metadata` as the schema's custom metadata.
	 */
	arrowStream(sql: string, metadata?: Record<string, string>): Uint8Array;
	close(): void;
}

const require = createRequire(import.meta.url);
const engineFile = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

/**
 * The apache-arrow instance the engine itself uses. Its blocking build is CommonJS and loads the
 * CommonJS apache-arrow; an ESM `import` would load a second copy whose `tableToIPC` does not
 * recognise the engine's tables (it silently writes 0 bytes).
 */
const arrow = createRequire(engineFile)('apache-arrow') as typeof import('apache-arrow');

function bundles() {
	const dist = path.dirname(engineFile);
	return {
		mvp: {
			mainModule: path.join(dist, 'duckdb-mvp.wasm'),
			mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: path.join(dist, 'duckdb-eh.wasm'),
			mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
}

/** Opens an in-memory database; migrated to the current schema unless `migrated: false`. */
export async function openNodeDb(options: { migrated?: boolean } = {}): Promise<NodeDb> {
	const engine = await createDuckDB(bundles(), new VoidLogger(), NODE_RUNTIME);
	await engine.instantiate();
	engine.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = engine.connect();
	conn.query('SET autoload_known_extensions = false');
	conn.query('SET autoinstall_known_extensions = false');
	const toRows = <T>(table: { toArray(): { toJSON(): unknown }[] }) =>
		table.toArray().map((row) => row.toJSON() as T);
	const db: NodeDb = {
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
		async appendArrowStream(table: string, bytes: Uint8Array) {
			conn.insertArrowFromIPCStream(bytes, { name: table, create: false });
		},
		arrowStream(sql: string, metadata: Record<string, string> = {}) {
			const table = conn.query(sql);
			for (const [key, value] of Object.entries(metadata)) table.schema.metadata.set(key, value);
			return arrow.tableToIPC(table, 'stream');
		},
		close() {
			conn.close();
			engine.reset();
		}
	};
	if (options.migrated !== false) await migrate(db);
	return db;
}
