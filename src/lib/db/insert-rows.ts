/**
 * Inserting rows computed in TypeScript (normalised codes, periods, boundaries, pilot rows). Kept
 * apart from sql.ts: only importing needs it, and the page's first JavaScript does not.
 */
import { quoteIdent, sqlString, type Db } from './sql';

/** From this many rows on, insertRows hands them to DuckDB's CSV reader (see insertViaCsv). */
export const CSV_INSERT_ROWS = 200;
/** Longest line the CSV path writes: DuckDB's reader refuses longer ones by default (2 MiB). */
const CSV_MAX_LINE = 1_000_000;
let csvFiles = 0;

/** A value as a CSV field: strings always quoted (so '' stays ''), null as an empty field. */
function csvField(value: unknown): string | null {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string')
		return value.includes('\0') ? null : '"' + value.replaceAll('"', '""') + '"';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return null;
		return Object.is(value, -0) ? '-0' : String(value); // String(-0) is "0"
	}
	if (typeof value === 'bigint') return String(value);
	return null;
}

/**
 * Writes the rows as a CSV file and inserts them with one `read_csv` (every column read as text,
 * then cast to the table's own column types by the insert). Binding thousands of parameters costs
 * DuckDB far more: 1,667 area codes took 11 statements and 0.3–0.5 s in the browser. Values stay
 * data, read by DuckDB's reader, never SQL. Returns false (nothing inserted) for rows it cannot
 * write exactly: a NUL character, a non-finite number, another type, or a very long line.
 */
async function insertViaCsv(db: Db, table: string, columns: string[], rows: unknown[][]) {
	const lines: string[] = [];
	for (const row of rows) {
		const fields = row.map(csvField);
		if (fields.some((f) => f === null)) return false;
		const line = fields.join(',');
		if (line.length > CSV_MAX_LINE / 3) return false; // UTF-8: at most 3 bytes per UTF-16 unit
		lines.push(line);
	}
	const name = `wijkpeil-rows-${++csvFiles}.csv`;
	const types = columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	await db.registerFile(name, new TextEncoder().encode(lines.join('\n') + '\n'), {
		handOver: true
	});
	try {
		await db.run(`INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})
			SELECT * FROM read_csv(${sqlString(name)}, header = false, delim = ',', quote = '"',
				escape = '"', columns = {${types}}, auto_detect = false, allow_quoted_nulls = false,
				null_padding = false, new_line = '\\n')`);
	} finally {
		await db.dropFile(name).catch(() => undefined);
	}
	return true;
}

/**
 * Inserts rows: many through DuckDB's CSV reader (insertViaCsv), a few (or those it cannot write)
 * with bound parameters, many rows per statement (fewer for large values: very large parameter
 * sets made duckdb-wasm 1.32 fail with "memory access out of bounds").
 */
export async function insertRows(
	db: Db,
	table: string,
	columns: string[],
	rows: unknown[][],
	rowsPerStatement = Math.max(1, Math.floor(1000 / columns.length))
) {
	if (rows.length >= CSV_INSERT_ROWS && (await insertViaCsv(db, table, columns, rows))) return;
	const chunk = rowsPerStatement;
	const placeholders = '(' + columns.map(() => '?').join(', ') + ')';
	for (let start = 0; start < rows.length; start += chunk) {
		const part = rows.slice(start, start + chunk);
		const sql = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES ${part.map(() => placeholders).join(', ')}`;
		await db.run(sql, part.flat());
	}
}
