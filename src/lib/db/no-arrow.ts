/**
 * Stands in for apache-arrow in the browser build: vite.config.ts points `apache-arrow` here.
 * duckdb-wasm's browser client imports it for its connection API (`conn.query()` returns an Arrow
 * Table). The app calls the engine's byte-level API instead and reads the results with arrowRows
 * (./arrow-rows.ts), so nothing here is ever called; if something does, it says so clearly.
 */
function unavailable(what: string): never {
	throw new Error(
		`apache-arrow is not in the browser build (${what}): read query results with arrowRows`
	);
}

export const RecordBatchReader = { from: () => unavailable('RecordBatchReader') };
export class Table {
	constructor() {
		unavailable('Table');
	}
}
export const tableToIPC = () => unavailable('tableToIPC');
export const Type = new Proxy({}, { get: (_, key) => unavailable(`Type.${String(key)}`) });
