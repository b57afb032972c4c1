/**
 * duckdb-wasm in a Web Worker, its files served from the app's own origin (bundled by Vite),
 * never from a CDN. The database lives in OPFS so it survives reloads; one tab at a time holds it.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { AppError } from '$lib/errors/app-error';
import { migrate } from './schema';
import type { Db } from './sql';

export type Persistence = 'opfs' | 'memory';

export interface Connected {
	db: Db;
	persistence: Persistence;
}

const DB_PATH = 'opfs://wijkpeil.duckdb';
const LOCK_NAME = 'wijkpeil-database';

let ready: Promise<Connected> | undefined;

/** One shared start-up; a failed start may be retried. */
export function connect(): Promise<Connected> {
	ready ??= start().catch((cause) => {
		ready = undefined;
		if (cause instanceof AppError) throw cause;
		throw new AppError('db_not_ready', {}, { cause });
	});
	return ready;
}

/**
 * Holds a Web Lock for as long as the page lives. The OPFS file allows one writer only: a second
 * tab would break it, so it gets a clear message instead.
 */
function holdTabLock(): Promise<boolean> {
	if (!('locks' in navigator)) return Promise.resolve(true);
	return new Promise((resolve) => {
		navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => {
			resolve(lock !== null);
			return lock ? new Promise<void>(() => undefined) : undefined;
		});
	});
}

async function opfsAvailable(): Promise<boolean> {
	try {
		await navigator.storage.getDirectory();
		return true;
	} catch {
		return false;
	}
}

async function start(): Promise<Connected> {
	if (!(await holdTabLock())) throw new AppError('db_other_tab');
	const bundles: duckdb.DuckDBBundles = {
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	};
	const bundle = await duckdb.selectBundle(bundles);
	const worker = new Worker(bundle.mainWorker!);
	const engine = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await engine.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const query = { castBigIntToDouble: true, castDecimalToDouble: true };

	let persistence: Persistence = 'memory';
	if (await opfsAvailable()) {
		try {
			await engine.open({ path: DB_PATH, accessMode: duckdb.DuckDBAccessMode.READ_WRITE, query });
			persistence = 'opfs';
			void navigator.storage.persist?.();
		} catch (error) {
			console.error('OPFS database could not be opened; continuing in memory', error);
		}
	}
	if (persistence === 'memory') await engine.open({ path: ':memory:', query });

	const conn = await engine.connect();
	const db = wrap(engine, conn);
	// Only core functions are built in; autoloading would try to download extensions.
	await db.run('SET autoload_known_extensions = false');
	await db.run('SET autoinstall_known_extensions = false');
	await migrate(db);
	return { db, persistence };
}

function wrap(engine: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Db {
	const toRows = <T>(table: { toArray(): { toJSON(): unknown }[] }) =>
		table.toArray().map((row) => row.toJSON() as T);
	const db: Db = {
		async all<T>(sql: string, params: unknown[] = []) {
			if (params.length === 0) return toRows<T>(await conn.query(sql));
			const statement = await conn.prepare(sql);
			try {
				return toRows<T>(await statement.query(...params));
			} finally {
				await statement.close();
			}
		},
		async run(sql: string, params: unknown[] = []) {
			await db.all(sql, params);
		},
		async registerFile(name: string, bytes: Uint8Array) {
			// The buffer is transferred to the worker (detached here): send a copy, so the same
			// file can be checked again and then imported.
			await engine.registerFileBuffer(name, bytes.slice());
		},
		async dropFile(name: string) {
			await engine.dropFile(name);
		}
	};
	return db;
}
