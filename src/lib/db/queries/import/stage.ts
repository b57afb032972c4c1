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
}

const kinds: Record<string, ReadProblem['kind']> = {
	'MISSING COLUMNS': 'too_few_fields',
	'TOO MANY COLUMNS': 'too_many_fields',
	'UNQUOTED VALUE': 'unclosed_quote'
};

/**
 * Reads the whole file with DuckDB's CSV reader into a temp table `staging`: every column as text,
 * named by position (c0, c1, ...), so no header text ever reaches SQL. Rows DuckDB cannot read are
 * kept in its rejects table and returned as problems with their line numbers.
 */
export async function stage(db: Db, file: PreparedFile, registered: string): Promise<Staged> {
	const { delimiter, headerLine, header } = file.sniffed;
	const columns = header.map((_, i) => `${sqlString(col(i))}: 'VARCHAR'`).join(', ');
	await db.registerFile(registered, file.decoded.utf8);
	await db.run('DROP TABLE IF EXISTS temp.import_rejects');
	await db.run('DROP TABLE IF EXISTS temp.import_scans');
	await db.run(`CREATE OR REPLACE TEMP TABLE staging AS
		SELECT (row_number() OVER ())::INTEGER AS rn, *
		FROM read_csv(${sqlString(registered)}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"',
			header = false, skip = ${headerLine + 1}, columns = {${columns}}, auto_detect = false,
			null_padding = false, store_rejects = true, rejects_table = 'import_rejects',
			rejects_scan = 'import_scans', max_line_size = 10000000)`);
	const [{ rows }] = (await db.all<{ rows: number }>('SELECT count(*) AS rows FROM staging')) as [
		{ rows: number }
	];
	const rejects = await db.all<{ line: number; error_type: string; csv_line: string }>(
		`SELECT line,
			arg_min(error_type, CASE error_type WHEN 'UNQUOTED VALUE' THEN 0 ELSE 1 END) AS error_type,
			arg_min(csv_line, CASE error_type WHEN 'UNQUOTED VALUE' THEN 0 ELSE 1 END) AS csv_line
		FROM import_rejects GROUP BY line ORDER BY line`
	);
	const problems = rejects.map((r) => {
		const text = (r.csv_line ?? '').replace(/[\r\n]+$/, '');
		const spanned = text.split(/\r\n|\r|\n/).length;
		return {
			line: r.line,
			lastLine: r.line + spanned - 1,
			kind: kinds[r.error_type] ?? 'unreadable_row',
			text: text.slice(0, 200)
		};
	});
	return { rows, problems };
}

export async function dropStaging(db: Db, registered: string) {
	const tables = [
		'staging',
		'keyed',
		'candidate',
		'folded',
		'import_code',
		'import_period',
		'import_area',
		'merged_area',
		'import_rejects',
		'import_scans'
	];
	for (const table of tables) await db.run(`DROP TABLE IF EXISTS temp.${table}`);
	await db.dropFile(registered).catch(() => undefined);
}
