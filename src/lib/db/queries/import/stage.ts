import type { PreparedFile } from '$lib/ingest/prepare';
import { sqlString, type Db } from '../../sql';
import { col } from './cells';

export interface ReadProblem {
	line: number;
	/** Last physical line the problem covers (an unclosed quote swallows the lines after it). */
	lastLine: number;
	kind: 'too_few_fields' | 'too_many_fields' | 'unclosed_quote' | 'unreadable_row';
	text: string;
}

export interface Staged {
	/** Records DuckDB read without problems, in file order, numbered `rn` from 1. */
	rows: number;
	problems: ReadProblem[];
	/** Lines below the table ("Bron: CBS", a date; see footerLike): not data rows. */
	footer: ReadProblem[];
}

/**
 * Whether a line is a note as StatLine writes it under a table: one field, quoted as a whole
 * ("Bron: CBS", "Centraal Bureau voor de Statistiek, 25-04-2023", or empty ""), or a source line
 * that says so (Bron: …). A row cut off after its first field (WK0363, Wijk 02 West) or a row
 * with another separator (tabs in a ; file) is not: that stays an error.
 */
function footerLike(text: string, delimiter: string) {
	const line = text.trim();
	if (line.includes('\t') && delimiter !== '\t') return false;
	if (/^(bron|source)\s*:/i.test(line)) return !line.includes(delimiter);
	if (!/^"[^"]*"$/.test(line)) return false;
	const field = line.slice(1, -1).trim();
	return field === '' || /\s/.test(field);
}

/**
 * Splits off the lines below the table, as StatLine downloads have them: the rejected records at
 * the very end of the file (no row read after them) that look like a note (footerLike).
 */
function splitFooter(file: PreparedFile, problems: ReadProblem[]) {
	const records = file.decoded.lines;
	let r = records.length - 1;
	let p = problems.length - 1;
	while (
		p >= 0 &&
		r >= 0 &&
		problems[p]!.line === records[r] &&
		problems[p]!.kind === 'too_few_fields' &&
		footerLike(problems[p]!.text, file.sniffed.delimiter)
	) {
		p--;
		r--;
	}
	return { problems: problems.slice(0, p + 1), footer: problems.slice(p + 1) };
}

const kinds: Record<string, ReadProblem['kind']> = {
	'MISSING COLUMNS': 'too_few_fields',
	'TOO MANY COLUMNS': 'too_many_fields',
	'UNQUOTED VALUE': 'unclosed_quote'
};

/** Per database, the files registered and not dropped yet: name → the bytes handed over. */
const registeredFiles = new WeakMap<Db, Map<string, Uint8Array>>();

function filesOf(db: Db) {
	const files = registeredFiles.get(db) ?? new Map<string, Uint8Array>();
	registeredFiles.set(db, files);
	return files;
}

/**
 * Registers the file's bytes once and returns the name DuckDB knows them by: checking the same
 * file again (another mapping) or storing it reads what DuckDB already has, under whichever name
 * it was registered first. `handOver` gives DuckDB the bytes without a copy; only a caller that
 * keeps them registered until it is done with the file may (see `release`).
 */
async function register(db: Db, file: PreparedFile, wanted: string, handOver: boolean) {
	const bytes = file.decoded.utf8;
	const files = filesOf(db);
	for (const [name, registered] of files) if (registered === bytes) return name;
	// Handed over before and dropped since: nothing left to read (a programmer error).
	if (bytes.byteLength === 0) throw new Error(`the bytes of ${file.fileName} were released`);
	await db.registerFile(wanted, bytes, { handOver });
	files.set(wanted, bytes);
	return wanted;
}

/**
 * Reads the whole file with DuckDB's CSV reader into `staging` (a view numbering the rows of the
 * temp table `staging_data` from 1, as `rn`): every column as text,
 * named by position (c0, c1, ...), so no header text ever reaches SQL. Rows DuckDB cannot read are
 * kept in its rejects table and returned as problems with their line numbers.
 */
export async function stage(
	db: Db,
	file: PreparedFile,
	registered: string,
	{ handOver = false } = {}
): Promise<Staged> {
	const { delimiter, headerLine, header } = file.sniffed;
	const columns = header.map((_, i) => `${sqlString(col(i))}: 'VARCHAR'`).join(', ');
	// Whatever was analysed before is no longer what the temp tables hold.
	await db.run('DROP TABLE IF EXISTS temp.import_stamp');
	const source = await register(db, file, registered, handOver);
	await db.run('DROP TABLE IF EXISTS temp.import_rejects');
	await db.run('DROP TABLE IF EXISTS temp.import_scans');
	// The rows keep the file's order, so a row's number is its position (rowid + 1): cheaper than
	// numbering them with a window function while reading.
	await db.run(`CREATE OR REPLACE TEMP TABLE staging_data AS
		SELECT * FROM read_csv(${sqlString(source)}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"',
			header = false, skip = ${headerLine + 1}, columns = {${columns}}, auto_detect = false,
			null_padding = false, store_rejects = true, rejects_table = 'import_rejects',
			rejects_scan = 'import_scans', max_line_size = 10000000)`);
	await db.run(
		'CREATE OR REPLACE TEMP VIEW staging AS SELECT (rowid + 1)::INTEGER AS rn, * FROM staging_data'
	);
	const [{ rows }] = (await db.all<{ rows: number }>('SELECT count(*) AS rows FROM staging')) as [
		{ rows: number }
	];
	const rejects = await db.all<{ line: number; error_type: string; csv_line: string }>(
		`SELECT line,
			arg_min(error_type::VARCHAR, CASE error_type WHEN 'UNQUOTED VALUE' THEN 0 ELSE 1 END) AS error_type,
			arg_min(csv_line, CASE error_type WHEN 'UNQUOTED VALUE' THEN 0 ELSE 1 END) AS csv_line
		FROM import_rejects GROUP BY line ORDER BY line`
	);
	const problems = rejects.map((r) => {
		// In a file with CRLF line ends DuckDB's rejected line starts with the \n of the line before.
		const text = (r.csv_line ?? '').replace(/^[\r\n]+|[\r\n]+$/g, '');
		const spanned = text.split(/\r\n|\r|\n/).length;
		return {
			line: r.line,
			lastLine: r.line + spanned - 1,
			kind: kinds[r.error_type] ?? 'unreadable_row',
			text: text.slice(0, 200)
		};
	});
	return { rows, ...splitFooter(file, problems) };
}

/** Every temp table an analysis makes (and the view `candidate`). */
const tables = [
	'staging_data',
	'keyed',
	'candidate_data',
	'folded',
	'import_margin',
	'import_raw_code',
	'import_code',
	'import_period',
	'import_indicator',
	'import_indicator_name',
	'import_bad_code',
	'import_bad_period',
	'import_bad_indicator',
	'import_dup',
	'import_drop',
	'import_indicator_stats',
	'import_seen',
	'import_kept',
	'import_sorted',
	'import_overlap_keys',
	'import_area',
	'merged_area',
	'import_rejects',
	'import_scans'
];

/** Drops the temp tables of an analysis, keeping the registered file for another one. */
export async function dropTables(db: Db) {
	// One request for all: each one is a round trip to the database worker.
	const drops = [
		'DROP TABLE IF EXISTS temp.import_stamp',
		'DROP VIEW IF EXISTS temp.candidate',
		'DROP VIEW IF EXISTS temp.staging',
		...tables.map((table) => `DROP TABLE IF EXISTS temp.${table}`)
	];
	await db.run(drops.join(';\n'));
}

/** Drops the temp tables of an analysis and the file registered as `registered`. */
export async function dropStaging(db: Db, registered: string) {
	await dropTables(db);
	if (!filesOf(db).delete(registered)) return;
	await db.dropFile(registered).catch(() => undefined);
}

/** Drops the temp tables and every file registered here except the bytes of `keep`. */
export async function release(db: Db, keep?: PreparedFile) {
	await dropTables(db);
	const files = filesOf(db);
	for (const [name, bytes] of [...files]) {
		if (bytes === keep?.decoded.utf8) continue;
		files.delete(name);
		await db.dropFile(name).catch(() => undefined);
	}
}
