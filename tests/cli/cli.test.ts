/**
 * The command-line tool (issue 3) as a user runs it: the real bin/wijkpeil.js in a child process,
 * against the genuine and broken shared files, read where they are (never copied).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/errors/messages.nl';
import { rowIssues } from '../../src/lib/errors/row-issues.nl';
import { buildCli, runCli } from '../helpers/cli';
import { sharedData, sharedFile } from '../helpers/files';

/** The path of a shared file; throws (the test fails) when ../shared/data is missing. */
function shared(relative: string): string {
	sharedFile(relative);
	return path.join(sharedData, relative);
}

const elan = () => shared('real/elan-wijkprofielen-den-haag/df_numeric_ver_6.csv');
const ELAN_ROWS = 2674;
const ELAN_INDICATORS = 11;

let tmp: string;
let badRow: string;

beforeAll(() => {
	buildCli();
	tmp = mkdtempSync(path.join(os.tmpdir(), 'wijkpeil-cli-'));
	badRow = path.join(tmp, 'een-foute-regel.csv');
	writeFileSync(
		badRow,
		[
			'gebiedcode;indicator;periode;waarde',
			'WK036300;Ervaren gezondheid (%);2020;76,1',
			'XX12;Ervaren gezondheid (%);2020;70,2',
			'WK036302;Ervaren gezondheid (%);2020;68,4',
			''
		].join('\n')
	);
}, 120_000);

afterAll(() => {
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('wijkpeil check', { timeout: 60_000 }, () => {
	it('reports a genuine export in Dutch and exits 0 when every row is usable', async () => {
		const run = await runCli(['check', elan()]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('df_numeric_ver_6.csv');
		expect(run.stdout).toMatch(/Tekenset:\s+UTF-8/);
		expect(run.stdout).toMatch(/Scheidingsteken:\s+komma \(,\)/);
		expect(run.stdout).toMatch(/Decimaalteken:\s+punt \(12\.5\)/);
		expect(run.stdout).toMatch(/Herkend als:\s+Eigen bestand, breed/);
		expect(run.stdout).toMatch(/Indeling:\s+Breed: één kolom per indicator/);
		expect(run.stdout).toMatch(/Rijen in het bestand:\s+2\.674\n/);
		expect(run.stdout).toMatch(/Rijen die we gebruiken:\s+2\.674\n/);
		expect(run.stdout).toMatch(/Rijen die we niet kunnen gebruiken:\s+0\n/);
		expect(run.stdout).toContain('Geen meldingen');
	});

	it.each([
		['bad/empty.csv', 'is leeg'],
		['bad/binary-png-renamed.csv', 'geen tekstbestand maar lijkt een PNG-afbeelding']
	])('refuses %s with a Dutch message and exits 2', async (file, message) => {
		const run = await runCli(['check', shared(file)]);
		expect(run.code).toBe(2);
		expect(run.stdout).toContain(message);
		expect(run.stdout).toContain('Uitkomst: dit bestand kunnen we niet inlezen.');
	});

	it('exits 1 when rows are rejected and names the line, column, value and reason', async () => {
		const run = await runCli(['check', badRow]);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(/Rijen in het bestand:\s+3\n/);
		expect(run.stdout).toMatch(/Rijen die we niet kunnen gebruiken:\s+1\n/);
		expect(run.stdout).toContain(
			`regel 3, kolom "gebiedcode", waarde "XX12": ${rowIssues.bad_area_code.replace('{value}', 'XX12')}`
		);
	});

	it('reads a file whose rows all conflict (exit 1, not unreadable) and lets --conflicts choose', async () => {
		const file = shared('bad/conflicting-duplicates.csv');
		const without = await runCli(['check', file]);
		expect(without.code).toBe(1);
		expect(without.stdout).toContain(
			'Uitkomst: we konden het bestand lezen, maar geen enkele rij gebruiken.'
		);
		expect(without.stdout).not.toContain('niet inlezen');
		const last = await runCli(['check', '--json', file, '--conflicts', 'last']);
		expect(last.code).toBe(1);
		const [report] = JSON.parse(last.stdout);
		expect(report).toMatchObject({ rowsRead: 3, rowsAccepted: 1 });
		expect(report.issues.map((i: { line: number; code: string }) => [i.line, i.code])).toEqual([
			[2, 'conflicting_duplicate'],
			[3, 'conflict_kept'],
			[4, 'exact_duplicate']
		]);
		const wrong = await runCli(['check', file, '--conflicts', 'beide']);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('--conflicts "beide" kan niet');
	});

	it('reads the file\'s own word for "no value" as missing with --missing, instead of rejecting it', async () => {
		const unknown = path.join(tmp, 'met-onbekend.csv');
		writeFileSync(
			unknown,
			[
				'gebiedcode;indicator;periode;waarde',
				'WK036300;Ervaren gezondheid (%);2020;76,1',
				'WK036301;Ervaren gezondheid (%);2020;onbekend',
				''
			].join('\n')
		);
		const without = await runCli(['check', '--json', unknown]);
		expect(without.code).toBe(1);
		expect(JSON.parse(without.stdout)[0]).toMatchObject({ rowsRejected: 1, rowsAccepted: 1 });
		const run = await runCli(['check', '--json', unknown, '--missing', 'onbekend']);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)[0]).toMatchObject({
			rowsRead: 2,
			rowsRejected: 0,
			rowsAccepted: 2,
			issues: []
		});
	});

	it('exits 2 for a file that does not exist, and with the worst code of several files', async () => {
		const run = await runCli(['check', elan(), path.join(tmp, 'bestaat-niet.csv')]);
		expect(run.code).toBe(2);
		expect(run.stdout).toContain('bestaat-niet.csv" bestaat niet');
		expect(run.stdout).toContain('Samenvatting: 1 bestand in orde');
	});

	it('prints one JSON document with the report of every file for --json', async () => {
		const empty = shared('bad/empty.csv');
		const run = await runCli(['check', '--json', elan(), empty, badRow]);
		expect(run.code).toBe(2);
		const files = JSON.parse(run.stdout);
		expect(files).toHaveLength(3);
		expect(files[0]).toMatchObject({
			file: elan(),
			encoding: 'utf-8',
			delimiter: ',',
			decimal: '.',
			layout: 'wide',
			profile: 'breed',
			rowsRead: ELAN_ROWS,
			rowsAccepted: ELAN_ROWS,
			rowsRejected: 0,
			observations: ELAN_ROWS * ELAN_INDICATORS,
			issues: [],
			exitCode: 0
		});
		expect(files[0].indicators).toHaveLength(ELAN_INDICATORS);
		expect(files[1]).toEqual({
			file: empty,
			error: { code: 'file_empty', message: messages.file_empty.replace('{file}', 'empty.csv') },
			exitCode: 2
		});
		expect(files[2]).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1, exitCode: 1 });
		expect(files[2].issues).toEqual([
			{
				line: 3,
				column: 'gebiedcode',
				value: 'XX12',
				code: 'bad_area_code',
				severity: 'error',
				message: rowIssues.bad_area_code.replace('{value}', 'XX12')
			}
		]);
	});

	it('explains its use and exits 2 when the command line is wrong', async () => {
		const run = await runCli(['controleer', elan()]);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('Onbekende opdracht "controleer"');
		expect(run.stderr).toContain('npx wijkpeil check');
	});
});

describe(
	'wijkpeil check: more than the text shows, and values of a kept row',
	{ timeout: 60_000 },
	() => {
		it('lists every issue with --json, also beyond the 500 the text shows', async () => {
			const file = path.join(tmp, 'veel-fouten.csv');
			const bad = Array.from({ length: 600 }, (_, i) => `XX${i};Roken (%);2020;1,5`);
			writeFileSync(
				file,
				['gebiedcode;indicator;periode;waarde', 'WK036300;Roken (%);2020;2', ...bad].join('\n')
			);
			const json = await runCli(['check', file, '--json']);
			const [report] = JSON.parse(json.stdout);
			expect(report.issueCount).toBe(600);
			expect(report.issues).toHaveLength(600);
			expect(report.issues.at(-1)).toMatchObject({
				line: 602,
				code: 'bad_area_code',
				value: 'XX599'
			});
			const text = await runCli(['check', file]);
			expect(text.stdout).toContain('… en nog 100 meldingen. Met --json zie je ze allemaal.');
			expect(text.stdout).not.toContain('XX599');
		});

		it('exits 1 when a value of a wide file is not stored, although its row is', async () => {
			const file = path.join(tmp, 'breed-met-fout.csv');
			writeFileSync(
				file,
				[
					'gebiedcode;jaar;roken;drinken',
					'WK036300;2020;20,5;abc',
					...['01', '02', '03', '04'].map((w) => `WK0363${w};2020;18,0;30,1`)
				].join('\n')
			);
			const run = await runCli(['check', file]);
			expect(run.stdout).toMatch(/Rijen die we niet kunnen gebruiken:\s+0\n/);
			expect(run.stdout).toContain('Geen getal: "abc"');
			expect(run.stdout).toContain(
				'Uitkomst: 1 cijfer kunnen we niet gebruiken. De andere cijfers kunnen we toevoegen.'
			);
			expect(run.code).toBe(1);
		});
	}
);

describe('wijkpeil and a file without its period', { timeout: 60_000 }, () => {
	// The first rows of the real Kerncijfers 2020, under a name that gives no year: a download date.
	const kerncijfers = () => {
		const file = path.join(tmp, 'kwb_download_2024-05-01.csv');
		const real = readFileSync(
			shared('real/cbs-kerncijfers-wijken-buurten-2020/84799NED_NL-GM-WK.csv')
		);
		writeFileSync(file, real.toString('utf8').split('\n').slice(0, 30).join('\n'));
		return file;
	};

	it('does not take the year of a download date, and says how to give the period', async () => {
		const run = await runCli(['check', kerncijfers()]);
		expect(run.code).toBe(2);
		expect(run.stdout).toContain('Geef hem dan op met --period, bijvoorbeeld --period 2021.');
	});

	it('says so when --period does not apply: the file has its own period column', async () => {
		const run = await runCli(['check', badRow, '--period', '2019', '--json']);
		expect(JSON.parse(run.stdout)[0].notes).toEqual([
			'--period 2019 gebruiken we niet voor dit bestand: de periode staat er zelf in.'
		]);
	});

	it('reads the file with --period', async () => {
		const out = path.join(tmp, 'kerncijfers.arrow');
		const run = await runCli(['import', kerncijfers(), '--period', '2020', '--out', out]);
		expect(run.code).toBe(0);
		const periods = tableFromIPC(readFileSync(out)).getChild('period_label')!.toArray();
		expect(new Set(periods)).toEqual(new Set(['2020']));
	});
});

describe('wijkpeil and a file with a column per year', { timeout: 60_000 }, () => {
	// A fictitious portal export: one indicator, a column per year, no column with its name.
	const perYear = () => {
		const file = path.join(tmp, 'eenzaamheid-per-jaar.csv');
		writeFileSync(
			file,
			'gebiedscode;gebiedsnaam;2020;2022\nGM0363;Amsterdam;47,5;49\nWK036300;Centrum;51;52,5\n'
		);
		return file;
	};

	it('says how to name the indicator', async () => {
		const run = await runCli(['check', perYear(), '--json']);
		expect(run.code).toBe(2);
		expect(JSON.parse(run.stdout)[0].error).toEqual({
			code: 'mapping_no_indicator',
			message: expect.stringContaining('Geef die naam op met --indicator')
		});
	});

	it('reads the file with --indicator, and says when a file has its own indicators', async () => {
		const out = path.join(tmp, 'per-jaar.arrow');
		const run = await runCli(['import', perYear(), '--indicator', 'Eenzaamheid (%)', '--out', out]);
		expect(run.code).toBe(0);
		const pack = tableFromIPC(readFileSync(out));
		expect(new Set(pack.getChild('indicator_id')!.toArray())).toEqual(new Set(['Eenzaamheid (%)']));
		expect(pack.numRows).toBe(4);
		const other = await runCli(['check', elan(), '--indicator', 'Eenzaamheid (%)', '--json']);
		expect(JSON.parse(other.stdout)[0].notes).toEqual([
			'--indicator "Eenzaamheid (%)" gebruiken we niet voor dit bestand: de indicatoren staan er zelf in.'
		]);
	});
});

describe('wijkpeil import', { timeout: 60_000 }, () => {
	it('refuses to write the pack over a file it reads', async () => {
		const copy = path.join(tmp, 'niet-overschrijven.csv');
		writeFileSync(copy, readFileSync(badRow));
		const run = await runCli(['import', copy, '--out', copy]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('dat bestand lees je in');
		expect(readFileSync(copy)).toEqual(readFileSync(badRow));
	});

	it('writes the observation table as an Arrow IPC stream that apache-arrow reads back', async () => {
		const out = path.join(tmp, 'den-haag.arrow');
		const run = await runCli(['import', elan(), '--out', out]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`Pakket geschreven: ${out}`);
		const table = tableFromIPC(readFileSync(out));
		expect(table.numRows).toBe(ELAN_ROWS * ELAN_INDICATORS);
		expect(table.schema.fields.map((f) => f.name)).toEqual(
			expect.arrayContaining(['source_id', 'indicator_id', 'area_code', 'period_start', 'value'])
		);
		const first = table.get(0)!.toJSON();
		expect(first.area_code).toMatch(/^WK\d{6}$/);
		expect(readdirSync(tmp).filter((name) => name.endsWith('.part'))).toEqual([]);
	});

	it('reports an unreadable file, exits 2 and writes no pack', async () => {
		const out = path.join(tmp, 'niet-geschreven.arrow');
		const run = await runCli(['import', elan(), shared('bad/empty.csv'), '--out', out]);
		expect(run.code).toBe(2);
		expect(run.stdout).toContain('is leeg');
		expect(run.stderr).toContain('Er is geen pakket geschreven');
		expect(existsSync(out)).toBe(false);
	});

	it('still writes the pack when rows are rejected, and exits 1', async () => {
		const out = path.join(tmp, 'met-fouten.arrow');
		const run = await runCli(['import', badRow, '--out', out, '--json']);
		expect(run.code).toBe(1);
		expect(JSON.parse(run.stdout)[0]).toMatchObject({ status: 'imported', rowsRejected: 1 });
		expect(tableFromIPC(readFileSync(out)).numRows).toBe(2);
	});
});

describe('wijkpeil and pilot templates', { timeout: 60_000 }, () => {
	const deelnemers = () => {
		const file = path.join(tmp, 'deelnemers.csv');
		writeFileSync(
			file,
			[
				'pilot;deelnemer_id;groep;wijkcode;startdatum;einddatum;uitstroom_type;uitstroom_datum',
				'Proef;p1;pilot;WK999901;2024-01-15;;werk_12;2024-09-01',
				'Proef;p2;controle;WK999902;2024-02-30;;;'
			].join('\n')
		);
		return file;
	};

	it('checks a pilot template with its own rules and names the rejected row', async () => {
		const run = await runCli(['check', deelnemers()]);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(/Herkend als:\s+Pilotsjabloon: deelnemers/);
		expect(run.stdout).toContain('2024-02-30');
	});

	it('never puts pilot data in a pack', async () => {
		const out = path.join(tmp, 'pilot.arrow');
		const run = await runCli(['import', deelnemers(), '--out', out]);
		expect(run.code).toBe(2);
		expect(run.stdout + run.stderr).toContain('Pilotgegevens gaan nooit in een datapakket');
		expect(existsSync(out)).toBe(false);
	});
});
