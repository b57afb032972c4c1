/**
 * Every genuine export in ../shared/data/real that holds observations imports with the expected
 * row counts and spot-checked values (issue 3). The files are read where they are, never copied.
 */
import { catalogEntry } from '../../src/lib/catalog/indicators';
import { isCount } from '../../src/lib/catalog/units';
import { resolveMeta } from '../../src/lib/db/queries/meta';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, importFile } from '../../src/lib/db/queries/import';
import { prepareFile } from '../../src/lib/ingest/prepare';
import { sharedFile } from '../helpers/files';
import { openTestDb } from '../helpers/node-db';

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

async function load(relative: string) {
	const file = await prepareFile(relative.split('/').pop()!, sharedFile(`real/${relative}`));
	return { file, report: await importFile(db, file) };
}

const value = async (source: string, indicator: string, area: string, year: number) =>
	db.all<{
		value: number | null;
		missing: string | null;
		ci_low: number | null;
		estimate: string;
		subgroup: string | null;
	}>(
		`SELECT value, missing_reason AS missing, ci_low, estimate_type AS estimate, subgroup FROM observation
		WHERE source_id = ? AND indicator_id = ? AND area_code = ? AND year = ?`,
		[source, indicator, area, year]
	);

describe('RIVM 50090NED Gezondheid per wijk en buurt (StatLine OData, model estimates)', () => {
	it('imports 10,599 rows as model estimates with padded codes trimmed and "." as suppressed', async () => {
		const { file, report } = await load(
			'rivm-gezondheid-per-wijk/50090NED_18plus_2012-2016-2020_NL-GM-WK.csv'
		);
		expect(file.mapping.profile).toBe('rivm-gezondheid-wijk');
		expect(report.rowsRead).toBe(10599);
		expect(report.rowsAccepted).toBe(10599);
		expect(report.rowsRejected).toBe(0);
		expect(report.indicators).toContain('ErvarenGezondheidGoedZeerGoed_4');
		// Gemeentenaam_1 names the gemeente; the row number, region kind and code are not read.
		expect(report.unusedColumns).toEqual(['ID', 'SoortRegio_2', 'Codering_3']);
		expect(
			await value(report.sourceId, 'ErvarenGezondheidGoedZeerGoed_4', 'WK036300', 2020)
		).toEqual([
			{
				value: 84.6,
				missing: null,
				ci_low: null,
				estimate: 'model_estimate',
				subgroup: '18 jaar of ouder'
			}
		]);
		const [suppressed] = await value(
			report.sourceId,
			'ErvarenGezondheidGoedZeerGoed_4',
			'WK061307',
			2012
		);
		expect(suppressed).toMatchObject({ value: null, missing: 'suppressed' });
		const [counts] = await db.all<{ suppressed: number; nl: number }>(
			`SELECT count(*) FILTER (WHERE missing_reason = 'suppressed') AS suppressed,
				count(*) FILTER (WHERE area_code = 'NL00') AS nl
			FROM observation WHERE source_id = ? AND indicator_id = 'ErvarenGezondheidGoedZeerGoed_4'`,
			[report.sourceId]
		);
		expect(counts!.suppressed).toBe(80);
		expect(counts!.nl).toBe(3);
	});
});

describe('CBS Kerncijfers wijken en buurten 2020 (84799NED)', () => {
	it('imports 3,533 rows for 2020, maps NL00 to Nederland and skips columns empty in every row', async () => {
		const { file, report } = await load(
			'cbs-kerncijfers-wijken-buurten-2020/84799NED_NL-GM-WK.csv'
		);
		expect(file.mapping.profile).toBe('cbs-kerncijfers');
		expect(file.mapping.fixedPeriod).toBe('2020');
		expect(report.rowsRead).toBe(3533);
		expect(report.rowsAccepted).toBe(3533);
		expect(await value(report.sourceId, 'AantalInwoners_5', 'NL00', 2020)).toEqual([
			{ value: 17407585, missing: null, ci_low: null, estimate: 'register', subgroup: null }
		]);
		expect(await value(report.sourceId, 'AantalInwoners_5', 'GM1680', 2020)).toMatchObject([
			{ value: 25445 }
		]);
		const [empty] = await db.all<{ n: number }>(
			`SELECT count(*) AS n FROM observation WHERE source_id = ? AND indicator_id = 'IndelingswijzigingWijkenEnBuurten_4'`,
			[report.sourceId]
		);
		expect(empty!.n).toBe(0);
		expect(report.indicators.length).toBeLessThan(118 - 68);
	});

	it('gives the columns a gebiedsscan uses a Dutch name, unit and definition from the catalogue', async () => {
		const { report } = await load('cbs-kerncijfers-wijken-buurten-2020/84799NED_NL-GM-WK.csv');
		const described = report.indicators.filter((id) => catalogEntry(id) !== null);
		// Every column with figures in this file.
		expect(described).toEqual(report.indicators);
		const low = resolveMeta('HuishOnderOfRondSociaalMinimum_79', null, null);
		expect(low).toMatchObject({ unit: '%', direction: 'lager_is_beter', origin: 'catalogue' });
		expect(resolveMeta('AfstandTotHuisartsenpraktijk_105', null, null)).toMatchObject({
			name: 'Afstand tot huisartsenpraktijk',
			unit: 'km',
			direction: 'neutraal'
		});
		// A name used twice in the table (electricity and gas per kind of home) is not guessed.
		expect(catalogEntry('Appartement_48')).toBeNull();
		// Averages (household size, cars per household) are compared with the gemeente; only
		// true counts (inhabitants, households) are not.
		const averages = report.indicators.filter((id) =>
			catalogEntry(id)!.definition.startsWith('Gemiddeld')
		);
		expect(averages.length).toBeGreaterThanOrEqual(3);
		for (const id of averages) expect([id, isCount(catalogEntry(id)!.unit)]).toEqual([id, false]);
		expect(isCount(catalogEntry('AantalInwoners_5')!.unit)).toBe(true);
	});
});

describe('CBS StatLine "CSV met statistische symbolen" (SES-WOA, Amsterdam 2019)', () => {
	it('imports 579 areas with a BOM, quoted label headers and 450 suppressed cells', async () => {
		const { file, report } = await load(
			'cbs-statline-symbolen/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv'
		);
		expect(file.mapping.profile).toBe('statline-symbolen');
		expect(report.rowsRead).toBe(579);
		expect(report.rowsAccepted).toBe(579);
		expect(report.missingValues).toBe(450);
		expect(
			await value(report.sourceId, 'Opleidingsniveau/Laag/Waarde (%)', 'WK036300', 2019)
		).toMatchObject([{ value: 12.9 }]);
		const [unit] = await db.all<{ unit: string }>(
			`SELECT unit FROM indicator WHERE id = 'Opleidingsniveau/Laag/Waarde (%)'`
		);
		expect(unit!.unit).toBe('%');
		const [name] = await db.all<{ name: string }>(`SELECT name FROM area WHERE code = 'WK036300'`);
		expect(name!.name).toBe('Burgwallen-Oude Zijde');
	});
});

describe('the same StatLine download with the lines CBS writes below the table', () => {
	const ses = 'cbs-statline-symbolen/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv';
	const text = () => new TextDecoder().decode(sharedFile(`real/${ses}`));
	const withLines = (...lines: string[]) =>
		prepareFile('ses-met-voetregels.csv', new TextEncoder().encode(text() + lines.join('\n')));
	/** The physical line numbers of the lines added after the file's own last line. */
	const added = (count: number) => {
		const own = text().split('\n').length - 1;
		return Array.from({ length: count }, (_, i) => own + 1 + i);
	};

	it('reads "Bron: CBS" and the date line as notes under the table, not as rejected rows', async () => {
		const file = await withLines(
			'""',
			'"Bron: CBS"',
			'"Centraal Bureau voor de Statistiek, 25-04-2023"',
			''
		);
		const report = await checkFile(db, file);
		expect(report.rowsRead).toBe(579);
		expect(report.rowsRejected).toBe(0);
		expect(report.issues.map((i) => [i.line, i.code, i.severity])).toEqual(
			added(3).map((line) => [line, 'footer_line', 'note'])
		);
	});

	it.each([
		{ name: 'a quoted code', last: '"WK0363"' },
		{ name: 'an unquoted name with spaces', last: 'Wijk 02 West' },
		{ name: 'a row with tabs for separators', last: 'WK036302\t2019\t300' }
	])('still rejects a last row cut off after its first field: $name', async ({ last }) => {
		const report = await checkFile(db, await withLines('"2019";"Centrum"', last, ''));
		expect(report.rowsRead).toBe(581);
		expect(report.rowsRejected).toBe(2);
		expect(report.issues.map((i) => [i.line, i.code])).toEqual(
			added(2).map((line) => [line, 'too_few_fields'])
		);
	});
});

describe('GGD Gezondheidsmonitor 65+ per gemeente 2020 (BOM, CRLF)', () => {
	it('takes the year from the file name and stores the two Wadden gemeenten as suppressed', async () => {
		const { file, report } = await load(
			'ggd-gezondheidsmonitor-65plus/ervarengezondheid_65plus_2020_gemeente.csv'
		);
		expect(file.mapping.fixedPeriod).toBe('2020');
		expect(report.rowsRead).toBe(355);
		expect(report.rowsAccepted).toBe(355);
		const [stats] = await db.all<{ suppressed: number; subgroup: string }>(
			`SELECT count(*) FILTER (WHERE missing_reason = 'suppressed') AS suppressed, any_value(subgroup) AS subgroup
			FROM observation WHERE source_id = ?`,
			[report.sourceId]
		);
		expect(stats).toEqual({ suppressed: 2, subgroup: '65 jaar of ouder' });
		expect(
			await value(report.sourceId, 'ErvarenGezondheidGoedZeerGoed_6', 'GM1680', 2020)
		).toMatchObject([{ value: 74.5 }]);
	});
});

describe('ELAN wijkprofielen Den Haag, shares per wijk (df_count_ver_3)', () => {
	it('imports all 982 rows and keeps "WK1916--" (wijk onbekend) as the gemeente\'s own area, with a note', async () => {
		const { report } = await load('elan-wijkprofielen-den-haag/df_count_ver_3.csv');
		expect(report.rowsRead).toBe(982);
		expect(report.rowsAccepted).toBe(982);
		expect(report.issues.map((i) => [i.line, i.code, i.value])).toEqual([
			[800, 'custom_area_code', 'WK1916--']
		]);
		const [unknown] = await db.all<{ level: string; parent: string; name: string }>(
			`SELECT level, parent, name FROM area WHERE code = 'WK1916--'`
		);
		expect(unknown).toEqual({ level: 'custom', parent: 'GM1916', name: 'Wijk onbekend' });
		const [gemeente] = await db.all<{ name: string }>(
			`SELECT name FROM area WHERE code = 'GM0518'`
		);
		expect(gemeente!.name).toBe("'s-Gravenhage");
	});
});
