/**
 * Every awkward or broken file in ../shared/data/bad gets its documented behaviour (issue 3):
 * a clear Dutch message, never a crash, and never a change to data that was already imported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, importFile } from '../../src/lib/db/queries/import';
import { toUserMessage } from '../../src/lib/errors/app-error';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { issueMessage } from '../../src/lib/share/import-report';
import { sharedFile } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
let before: unknown[];
beforeAll(async () => {
	db = await openTestDb();
	// Something already imported, that no bad file may change.
	const csv = 'gebiedscode;indicator;periode;waarde\nWK999901;eerder;2019;1,5\n';
	await importFile(db, await prepareFile('eerder.csv', new TextEncoder().encode(csv)));
	before = await db.all('SELECT * FROM observation ORDER BY ALL');
});
afterAll(async () => {
	expect(
		await db.all(
			`SELECT * FROM observation WHERE source_id IN (SELECT id FROM source WHERE name = 'eerder.csv') ORDER BY ALL`
		)
	).toEqual(before);
	db.close();
});

const prepare = (name: string) => prepareFile(name, sharedFile(`bad/${name}`));
async function load(name: string, options = {}) {
	return importFile(db, await prepare(name), options);
}
const rowsOf = (sourceId: string) =>
	db.all<{
		area: string;
		indicator: string;
		period: string;
		value: number | null;
		missing: string | null;
	}>(
		`SELECT area_code AS area, indicator_id AS indicator, period_label AS period, value, missing_reason AS missing
		FROM observation WHERE source_id = ? ORDER BY area, indicator, period_start`,
		[sourceId]
	);

describe('files that are refused with a Dutch message', () => {
	it.each([
		{ file: 'empty.csv', code: 'file_empty', text: 'is leeg' },
		{ file: 'header-only.csv', code: 'file_no_rows', text: 'geen rijen' },
		{ file: 'binary-png-renamed.csv', code: 'file_not_text', text: 'PNG-afbeelding' },
		{ file: 'zip-renamed.csv', code: 'file_not_text', text: 'ZIP-bestand' }
	])('$file is refused: $code', async ({ file, code, text }) => {
		const error = await prepare(file).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toMatchObject({ code });
		expect(toUserMessage(error)).toContain(text);
	});
});

describe('files that import correctly', () => {
	it('utf16le-bom.csv (Excel "Unicode text") imports its rows', async () => {
		const file = await prepare('utf16le-bom.csv');
		expect(file.decoded.encoding).toBe('utf-16le');
		const report = await importFile(db, file);
		expect(report.rowsRejected).toBe(0);
		expect(report.rowsAccepted).toBeGreaterThan(0);
	});

	it('windows-1252.csv keeps ú, â, ’ and € intact', async () => {
		const file = await prepare('windows-1252.csv');
		expect(file.decoded.encoding).toBe('windows-1252');
		expect(file.decoded.head).not.toContain('\uFFFD');
		const report = await importFile(db, file);
		expect(report.rowsRejected).toBe(0);
		const names = await db.all<{ name: string }>(
			`SELECT name FROM area WHERE code IN (SELECT area_code FROM observation WHERE source_id = ?) ORDER BY name`,
			[report.sourceId]
		);
		const text = names.map((n) => n.name).join(' ') + ' ' + report.indicators.join(' ');
		for (const c of ['ú', 'â', '’', '€']) expect(text + file.decoded.head).toContain(c);
		expect(text).not.toContain('\uFFFD');
	});

	it('thousands-separators.csv reads 872.757 as 872757 and "31.400,50" as 31400.5', async () => {
		const report = await load('thousands-separators.csv');
		expect((await rowsOf(report.sourceId)).map((r) => [r.indicator, r.value])).toEqual([
			['aandeel', 1.5],
			['gemiddeld_inkomen', 31400.5],
			['inwoners', 872757]
		]);
	});

	it('period-formats.csv recognises year, quarter, month and day notations', async () => {
		const report = await load('period-formats.csv');
		expect(report.rowsRejected).toBe(0);
		const periods = await db.all<{ label: string; granularity: string; value: number }>(
			'SELECT period_label AS label, granularity, value FROM observation WHERE source_id = ? ORDER BY value',
			[report.sourceId]
		);
		expect(periods.map((p) => [p.value, p.label, p.granularity])).toEqual([
			[10, '2020', 'jaar'],
			[11, '2021 K1', 'kwartaal'],
			[12, '2021 K2', 'kwartaal'],
			[13, '2022', 'jaar'],
			[14, 'jan 2023', 'maand'],
			[15, 'feb 2023', 'maand'],
			[16, '31-03-2023', 'dag']
		]);
	});

	it('missing-markers.csv stores every marker as missing with its reason, and 0 as 0', async () => {
		const report = await load('missing-markers.csv');
		const rows = await rowsOf(report.sourceId);
		expect(rows.map((r) => [r.area, r.value, r.missing])).toEqual([
			['WK036300', null, 'suppressed'],
			['WK036301', null, 'suppressed'],
			['WK036302', null, 'not_available'],
			['WK036303', null, 'not_available'],
			['WK036304', null, 'not_available'],
			['WK036305', null, 'suppressed'],
			['WK036306', null, 'suppressed'],
			['WK036307', 0, null]
		]);
	});

	it('sql-injection-headers.csv treats the SQL header as a plain column name', async () => {
		const file = await prepare('sql-injection-headers.csv');
		const report = await importFile(db, file);
		expect(report.rowsAccepted).toBe(1);
		const tables = await db.all<{ name: string }>(
			`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY name`
		);
		expect(tables.map((t) => t.name)).toContain('observation');
		expect(await db.all(`SELECT name FROM area WHERE code = 'WK036300'`)).toEqual([
			{ name: 'Burgwallen-Oude Zijde' }
		]);
	});

	it.each([
		{
			file: 'formula-injection.csv',
			names: ['=HYPERLINK("http://example.invalid","klik")', "+cmd|' /C calc'!A0", '@SUM(1+1)']
		},
		{
			file: 'xss-in-names.csv',
			names: ['<img src=x onerror=alert(1)>', '<script>alert("wijk")</script>']
		}
	])('$file keeps names as literal text', async ({ file, names }) => {
		const report = await load(file);
		expect(report.rowsRejected).toBe(0);
		const stored = await db.all<{ name: string }>(
			`SELECT name FROM area WHERE code IN (SELECT area_code FROM observation WHERE source_id = ?) AND level = 'WK' ORDER BY code`,
			[report.sourceId]
		);
		expect(stored.map((s) => s.name)).toEqual(names);
	});
});

describe('files with rows that are reported', () => {
	it('ragged-rows.csv reports the short and the long row with their lines and imports the good row', async () => {
		const report = await load('ragged-rows.csv');
		expect(report.rowsRead).toBe(3);
		expect(report.rowsAccepted).toBe(1);
		expect(report.issues.map((i) => [i.line, i.code])).toEqual([
			[3, 'too_few_fields'],
			[4, 'too_many_fields']
		]);
	});

	it('unbalanced-quote.csv reports the line where the quote opens and the lines it swallowed', async () => {
		const report = await load('unbalanced-quote.csv');
		expect(report.rowsAccepted).toBe(1);
		expect(report.rowsRead).toBe(3);
		expect(report.rowsRejected).toBe(2);
		expect(report.issues.map((i) => [i.line, i.code, i.otherLines])).toEqual([
			[3, 'unclosed_quote', [4]]
		]);
		// The message names the last line that was not read.
		expect(issueMessage(report.issues[0]!)).toContain('tot en met regel 4 niet ingelezen');
	});

	it.each(['ragged-rows.csv', 'unbalanced-quote.csv'])(
		'%s with Windows line ends (CRLF) gives the same report',
		async (name) => {
			const lf = await checkFile(db, await prepare(name));
			const text = new TextDecoder().decode(sharedFile(`bad/${name}`));
			const crlf = new TextEncoder().encode(text.replace(/\r?\n/g, '\r\n'));
			const report = await checkFile(db, await prepareFile(name, crlf));
			expect(report.rowsRead).toBe(lf.rowsRead);
			expect(report.rowsRejected).toBe(lf.rowsRejected);
			const lfEnds = report.issues.map((i) => ({ ...i, value: i.value.replace(/\r\n/g, '\n') }));
			expect(lfEnds).toEqual(lf.issues);
			expect(report.issues[0]!.value).toMatch(/^WK/);
		}
	);

	it('conflicting-duplicates.csv reports the conflict with both lines and the exact duplicate', async () => {
		const file = await prepare('conflicting-duplicates.csv');
		const report = await checkFile(db, file);
		expect(report.issues.map((i) => [i.line, i.code, i.otherLines])).toEqual([
			[2, 'conflicting_duplicate', [3]],
			[3, 'conflicting_duplicate', [2]],
			[4, 'exact_duplicate', [2]]
		]);
		// The duplicate's message promises nothing about storing: its twin is in the conflict.
		expect(issueMessage(report.issues[2]!)).toBe(
			'Deze rij staat er twee keer in (ook op regel 2). Hij telt maar één keer.'
		);
		// Without a choice, neither conflicting value is stored: there is nothing to import.
		expect(report.rowsAccepted).toBe(0);
		await expect(importFile(db, file)).rejects.toMatchObject({ code: 'import_nothing_valid' });
		expect(await rowsOf(report.sourceId)).toEqual([]);
	});

	it('conflicting-duplicates.csv stores the first value when the user chooses "first"', async () => {
		const text = new TextDecoder().decode(sharedFile('bad/conflicting-duplicates.csv'));
		const file = await prepareFile('conflict-eerste.csv', new TextEncoder().encode(text + '\n'));
		const report = await importFile(db, file, { conflicts: 'first' });
		expect((await rowsOf(report.sourceId)).map((r) => r.value)).toEqual([76.1]);
		// The report says which one is stored: the chosen line is kept, the other is not.
		expect(report.issues.map((i) => [i.line, i.code, i.severity])).toEqual([
			[2, 'conflict_kept', 'note'],
			[3, 'conflicting_duplicate', 'error'],
			[4, 'exact_duplicate', 'note']
		]);
		expect(issueMessage(report.issues[0]!)).toMatch(/Je koos deze waarde: die slaan we op\.$/);
	});

	it('invalid-area-codes.csv rejects the wrong codes and normalises the lower-case one with a note', async () => {
		const report = await checkFile(db, await prepare('invalid-area-codes.csv'));
		// Once "wk036300 " is normalised it is the same wijk as line 5, with another value:
		// that is a conflict the user has to resolve, not something to hide.
		expect(report.issues.map((i) => [i.line, i.code, i.value])).toEqual([
			[2, 'bad_area_code', 'WK03630'],
			[3, 'bad_area_code', 'XX036300'],
			[4, 'conflicting_duplicate', '70,1'],
			[4, 'area_code_normalised', 'wk036300'],
			[5, 'conflicting_duplicate', '76,1']
		]);
		// The note says what the code became.
		expect(issueMessage(report.issues[3]!)).toBe(
			'Gebiedscode "wk036300" is opgeslagen als WK036300.'
		);
		const last = await importFile(db, await prepare('invalid-area-codes.csv'), {
			conflicts: 'last'
		});
		expect(last.rowsAccepted).toBe(1);
		expect((await rowsOf(last.sourceId)).map((r) => [r.area, r.value])).toEqual([
			['WK036300', 76.1]
		]);
	});

	it('ci-and-range-errors.csv reports reversed bounds, 134%, negative n and fractional n', async () => {
		const report = await load('ci-and-range-errors.csv');
		expect(report.issues.map((i) => [i.line, i.code, i.severity])).toEqual([
			[2, 'bounds_reversed', 'warning'],
			[3, 'share_out_of_range', 'warning'],
			[4, 'n_negative', 'warning'],
			[5, 'n_fractional', 'warning']
		]);
		const [reversed] = await db.all<{ ci_low: number | null }>(
			`SELECT ci_low FROM observation WHERE source_id = ? AND area_code = 'WK036300'`,
			[report.sourceId]
		);
		expect(reversed!.ci_low).toBeNull();
	});

	it.each([
		{ header: 'gebiedcode;indicator;periode;percentage', indicator: 'rokers' },
		{ header: 'gebiedcode;indicator;periode;waarde', indicator: 'aandeel_rokers' }
	])(
		'a share above 100% is reported when "$header" with "$indicator" says it is a share',
		async ({ header, indicator }) => {
			const csv = `${header}\nWK036300;${indicator};2020;134\nWK036301;${indicator};2020;21,5\n`;
			const report = await checkFile(
				db,
				await prepareFile('aandeel.csv', new TextEncoder().encode(csv))
			);
			expect(report.issues.map((i) => [i.line, i.code, i.value])).toEqual([
				[2, 'share_out_of_range', '134']
			]);
		}
	);

	it('two columns with the same name and different values: the message says so, on its own line', async () => {
		const csv = 'wijkcode;jaar;roker;roker;drinker\nWK036300;2020;1;2;3\nWK036301;2020;4;4;6\n';
		const report = await checkFile(
			db,
			await prepareFile('dubbele-kolom.csv', new TextEncoder().encode(csv))
		);
		expect(report.issues.map((i) => [i.line, i.column, i.code, i.otherLines])).toEqual([
			[2, 'roker', 'same_name_columns', undefined],
			[2, 'roker', 'same_name_columns', undefined],
			[3, 'roker', 'same_name_columns_equal', undefined]
		]);
		expect(issueMessage(report.issues[0]!)).toBe(
			'Op deze regel geven twee kolommen met dezelfde naam ("roker") een andere waarde voor hetzelfde gebied en dezelfde periode.'
		); // Keeping the first keeps the left column.
		const first = await importFile(
			db,
			await prepareFile('dubbele-kolom.csv', new TextEncoder().encode(csv)),
			{ conflicts: 'first' }
		);
		expect(
			(await rowsOf(first.sourceId))
				.filter((r) => r.indicator === 'roker')
				.map((r) => [r.area, r.value])
		).toEqual([
			['WK036300', 1],
			['WK036301', 4]
		]);
	});

	it('a count above 100 is no share', async () => {
		const csv = 'gebiedcode;indicator;periode;waarde\nWK036300;inwoners;2020;134\n';
		const report = await checkFile(
			db,
			await prepareFile('aantal.csv', new TextEncoder().encode(csv))
		);
		expect(report.issues).toEqual([]);
	});
});
