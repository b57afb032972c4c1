/**
 * The one interface every query goes through, in the browser (duckdb-wasm in a worker) and in
 * Node tests (duckdb-wasm's blocking build). Values are bound parameters or read by DuckDB's own
 * CSV reader (insert-rows.ts); file content never becomes SQL.
 */
import { AppError } from '$lib/errors/app-error';

export interface Db {
	all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	run(sql: string, params?: unknown[]): Promise<void>;
	/**
	 * Makes `bytes` readable as the file `name`. With `handOver` the engine may take the bytes
	 * without copying them (in the browser they move to the database worker and are empty here
	 * afterwards); without it the caller keeps them.
	 */
	registerFile(name: string, bytes: Uint8Array, options?: { handOver?: boolean }): Promise<void>;
	dropFile(name: string): Promise<void>;
	/**
	 * Appends the rows of a complete Arrow IPC stream to the existing table `table` (a temp table
	 * is fine), column by column in order. The caller checks the stream first (see
	 * pack/format.ts): the engine ignores a stream that ends early instead of failing.
	 */
	appendArrowStream(table: string, bytes: Uint8Array): Promise<void>;
}

/** Quotes an identifier; file content never reaches SQL any other way. */
export function quoteIdent(name: string): string {
	return '"' + name.replaceAll('"', '""') + '"';
}

/** Quotes a constant the code itself owns (never file content) as an SQL string literal. */
export function sqlString(text: string): string {
	return "'" + text.replaceAll("'", "''") + "'";
}

/** Runs `work` inside one transaction: everything lands, or nothing does. */
export async function transaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
	await db.run('BEGIN TRANSACTION');
	try {
		const result = await work();
		await db.run('COMMIT');
		return result;
	} catch (error) {
		await db.run('ROLLBACK').catch(() => undefined);
		throw error;
	}
}

/**
 * Stores data for good: one transaction, then CHECKPOINT so it is written to OPFS. A full
 * browser storage rolls the transaction back and becomes `db_storage_full`, a message the user
 * can act on.
 */
export async function durableTransaction(db: Db, work: () => Promise<void>): Promise<void> {
	try {
		await transaction(db, work);
		await db.run('CHECKPOINT');
	} catch (error) {
		if (/quota|no space|out of memory/i.test(String(error)))
			throw new AppError('db_storage_full', {}, { cause: error });
		throw error;
	}
}
