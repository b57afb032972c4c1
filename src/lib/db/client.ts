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
import { arrowRows } from './arrow-rows';
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

let lock: Promise<boolean> | undefined;

/**
 * Whether this tab holds the database (see holdTabLock). Asked once while it does; a refusal is
 * not remembered, so a later start can try again once the other tab is closed.
 */
export function tabLock(): Promise<boolean> {
	lock ??= holdTabLock().then((held) => {
		if (!held) lock = undefined;
		return held;
	});
	return lock;
}

async function opfsAvailable(): Promise<boolean> {
	try {
		await navigator.storage.getDirectory();
		return true;
	} catch {
		return false;
	}
}

/**
 * DuckDB's worker, started so that the browser can cache the compiled engine. To report download
 * progress, duckdb-wasm pipes the wasm through a TransformStream into a new Response; Chromium
 * only caches compiled WebAssembly for a fetched Response with a URL, so the 34 MB engine was
 * compiled again on every start (seconds on a slow machine). Without TransformStream the worker
 * streams `fetch(url)` straight into WebAssembly (it logs that it has no progress handler).
 */
function engineWorker(script: string): Worker {
	const url = JSON.stringify(new URL(script, location.href).href);
	const boot = `self.TransformStream = undefined;\nimportScripts(${url});\n`;
	return new Worker(URL.createObjectURL(new Blob([boot], { type: 'text/javascript' })));
}

async function start(): Promise<Connected> {
	// The schema's SQL is only needed once the engine runs (seconds from now): fetched meanwhile,
	// so it is not part of the page's first JavaScript.
	const schema = import('./schema');
	schema.catch(() => undefined); // reported where it is awaited
	if (!(await tabLock())) throw new AppError('db_other_tab');
	const bundles: duckdb.DuckDBBundles = {
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	};
	const bundle = await duckdb.selectBundle(bundles);
	const engine = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), engineWorker(bundle.mainWorker!));
	await engine.instantiate(new URL(bundle.mainModule, location.href).href, bundle.pthreadWorker);
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

	const db = wrap(engine, await engine.connectInternal());
	// Only core functions are built in; autoloading would try to download extensions.
	await db.run('SET autoload_known_extensions = false');
	await db.run('SET autoinstall_known_extensions = false');
	await (await schema).migrate(db);
	return { db, persistence };
}

/**
 * The engine's byte-level API: results arrive as Arrow IPC bytes and arrowRows reads them, so
 * apache-arrow (which `engine.connect()`'s connection objects need) stays out of the browser.
 */
function wrap(engine: duckdb.AsyncDuckDB, conn: number): Db {
	const db: Db = {
		async all<T>(sql: string, params: unknown[] = []) {
			if (params.length === 0) return arrowRows<T>(await engine.runQuery(conn, sql));
			const statement = await engine.createPrepared(conn, sql);
			try {
				return arrowRows<T>(await engine.runPrepared(conn, statement, params));
			} finally {
				// The worker handles requests in order, so nothing can use the statement after this;
				// not waiting for the answer saves a round trip through a possibly busy main thread.
				engine.closePrepared(conn, statement).catch((error: unknown) => {
					console.error('Closing a prepared statement failed', error);
				});
			}
		},
		async run(sql: string, params: unknown[] = []) {
			await db.all(sql, params);
		},
		async registerFile(name: string, bytes: Uint8Array, options?: { handOver?: boolean }) {
			// The buffer is transferred to the worker (detached here). Unless the caller hands it
			// over, send a copy: copying 50 MB blocks the page for a few hundred milliseconds.
			await engine.registerFileBuffer(name, options?.handOver ? bytes : bytes.slice());
		},
		async dropFile(name: string) {
			await engine.dropFile(name);
		},
		async appendArrowStream(table: string, bytes: Uint8Array) {
			// The engine's byte-level insert (no apache-arrow needed). Its buffer is transferred to
			// the worker, so it gets a copy: the caller's bytes stay usable.
			await engine.insertArrowFromIPCStream(conn, bytes.slice(), { name: table, create: false });
		}
	};
	return db;
}
