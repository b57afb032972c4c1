/**
 * The mapping step as a person uses it (issue 3): choose the columns the app did not recognise,
 * read the preview, save the mapping under a name, and get it back for the next file with the
 * same header. The files are fictitious, shaped like waarstaatjegemeente.nl exports (of which no
 * public sample exists), and written by the test itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openTrendTable, test, waitUntilReady } from './fixtures';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wijkpeil-e2e-mapping-'));

function writeCsv(name: string, lines: string[]): string {
	const file = path.join(dir, name);
	writeFileSync(file, lines.join('\r\n') + '\r\n', 'utf8');
	return file;
}

const areas = [
	['GM9996', 'Proefstad'],
	['WK999601', 'Oude Haven'],
	['WK999602', 'Nieuwland']
];
const ages = ['18-64 jaar', '65 jaar en ouder'];
const rounds = ['nulmeting', 'T1'];
// "Leeftijd" and "Ronde" are not names the app knows for a group or a meetmoment: the user picks them.
const longHeader = 'Code;Naam;Onderwerp;Jaar;Leeftijd;Ronde;Waarde';

/**
 * A long export: every area × age group × round once, all in one year, so only the group and
 * the meetmoment tell rows apart. Values carry a decimal comma and encode their position.
 */
function longExport(name: string, year: number): string {
	const rows = areas.flatMap(([code, areaName], a) =>
		ages.flatMap((age, g) =>
			rounds.map(
				(round, r) =>
					`${code};${areaName};Eenzaamheid (%);${year};${age};${round};${40 + a * 5 + g * 2 + r},5`
			)
		)
	);
	return writeCsv(name, [longHeader, ...rows]);
}

const preview = (page: Page) =>
	page.getByRole('region', { name: 'Zo slaan we de eerste rijen op' });

/** The cells of the preview's data rows, as text. */
async function previewRows(page: Page): Promise<string[][]> {
	const rows = preview(page).locator('tbody tr');
	return rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
	);
}

const selected = (select: Locator) => select.locator('option:checked');

test('a long export: the user picks the group and meetmoment columns, saves the mapping, and it comes back for the next file', async ({
	page
}) => {
	await openApp(page);
	const input = page.getByTestId('file-input');
	await input.setInputFiles(longExport('wsjg-eenzaamheid-2024.csv', 2024));

	const editor = page.getByRole('group', {
		name: /Dit herkennen we in "wsjg-eenzaamheid-2024.csv"/
	});
	await expect(editor.getByLabel('Scheidingsteken')).toHaveValue(';');
	await expect(editor.getByLabel('Decimaalteken')).toHaveValue(',');
	await expect(editor.getByTestId('layout-picker')).toHaveValue('long');
	const group = editor.getByLabel('Kolom met groep (bijvoorbeeld leeftijd)');
	const moment = editor.getByLabel('Kolom met meetmoment (bijvoorbeeld nulmeting)');
	await expect(selected(group)).toHaveText('(geen)');
	await expect(selected(moment)).toHaveText('(geen)');

	// Without those columns, four rows per area say something different about one key.
	const conflicts = page.getByRole('group', { name: /andere waarde voor hetzelfde gebied/ });
	await expect(conflicts).toBeVisible();
	await expect(conflicts).toContainText('Kies die kolom dan hierboven');
	await expect(preview(page).locator('thead th')).toHaveText([
		'Gebiedscode',
		'Gebiedsnaam',
		'Indicator',
		'Periode',
		'Waarde'
	]);

	// One column for two things (here the value column as group) is refused, with a message.
	await group.selectOption({ label: 'Waarde' });
	await expect(
		page.getByRole('alert').filter({ hasText: 'voor twee dingen gekozen' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Toevoegen' })).toBeDisabled();

	await group.selectOption({ label: 'Leeftijd' });
	// The meetmoment column by keyboard: focus the list and type the start of the column name.
	await moment.focus();
	await page.keyboard.type('Ro');
	await expect(selected(moment)).toHaveText('Ronde');
	// Until the new choice is checked, nothing can be added with the old one.
	await expect(page.getByRole('button', { name: 'Toevoegen' })).toBeDisabled();

	await expect(preview(page).locator('thead th')).toHaveText([
		'Gebiedscode',
		'Gebiedsnaam',
		'Indicator',
		'Periode',
		'Groep',
		'Meetmoment',
		'Waarde'
	]);
	expect(await previewRows(page)).toEqual([
		['GM9996', 'Proefstad', 'Eenzaamheid (%)', '2024', '18-64 jaar', 'nulmeting', '40,5'],
		['GM9996', 'Proefstad', 'Eenzaamheid (%)', '2024', '18-64 jaar', 'T1', '41,5'],
		['GM9996', 'Proefstad', 'Eenzaamheid (%)', '2024', '65 jaar en ouder', 'nulmeting', '42,5'],
		['GM9996', 'Proefstad', 'Eenzaamheid (%)', '2024', '65 jaar en ouder', 'T1', '43,5']
	]);
	const report = page.getByTestId('import-report');
	await expect(report).toContainText('Geen meldingen: alle rijen zijn bruikbaar.');
	await expect(conflicts).toHaveCount(0);

	// Save the mapping under a name, with Enter in the name field.
	const profileName = editor.getByLabel('Naam van de indeling');
	await profileName.fill('Waarstaatjegemeente eenzaamheid');
	await profileName.press('Enter');
	await expect(editor.getByRole('status')).toHaveText(
		'Indeling "Waarstaatjegemeente eenzaamheid" is bewaard.'
	);
	await expect(editor.getByTestId('profile')).toHaveText('Waarstaatjegemeente eenzaamheid');
	await expect(report).toContainText('Geen meldingen: alle rijen zijn bruikbaar.');

	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(
		page.getByText('"wsjg-eenzaamheid-2024.csv" is toegevoegd: 12 rijen, 12 cijfers.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Sluiten' }).click();
	const sources = page.getByTestId('source-list');
	await expect(sources).toContainText('wsjg-eenzaamheid-2024.csv — 12 rijen');
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9996');

	// Next time, after a reload: a file with the same header gets the saved mapping by itself.
	await page.reload();
	await waitUntilReady(page);
	await input.setInputFiles(longExport('wsjg-eenzaamheid-2025.csv', 2025));
	const next = page.getByRole('group', { name: /Dit herkennen we in "wsjg-eenzaamheid-2025.csv"/ });
	await expect(next.getByTestId('profile')).toHaveText('Waarstaatjegemeente eenzaamheid');
	await expect(selected(next.getByLabel('Kolom met groep (bijvoorbeeld leeftijd)'))).toHaveText(
		'Leeftijd'
	);
	await expect(
		selected(next.getByLabel('Kolom met meetmoment (bijvoorbeeld nulmeting)'))
	).toHaveText('Ronde');
	expect((await previewRows(page))[3]).toEqual([
		'GM9996',
		'Proefstad',
		'Eenzaamheid (%)',
		'2025',
		'65 jaar en ouder',
		'T1',
		'43,5'
	]);
	await expect(report).toContainText('Geen meldingen: alle rijen zijn bruikbaar.');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(
		page.getByText('"wsjg-eenzaamheid-2025.csv" is toegevoegd: 12 rijen, 12 cijfers.')
	).toBeVisible();
	await expect(sources).toContainText('wsjg-eenzaamheid-2024.csv — 12 rijen');
	await expect(sources).toContainText('wsjg-eenzaamheid-2025.csv — 12 rijen');
	await page.getByRole('button', { name: 'Sluiten' }).click();

	// The explorer shows one group and meetmoment at a time, never a mix of them.
	const slice = page.getByTestId('slice-picker');
	await expect(slice.locator('option')).toHaveText([
		'18-64 jaar · meetmoment nulmeting',
		'18-64 jaar · meetmoment T1',
		'65 jaar en ouder · meetmoment nulmeting',
		'65 jaar en ouder · meetmoment T1'
	]);
	await openTrendTable(page);
	const oudeHaven = trendTable(page).getByRole('row', { name: /Oude Haven/ });
	await expect(oudeHaven.locator('td')).toHaveText(['45,5%', '45,5%']);
	await slice.selectOption({ label: '65 jaar en ouder · meetmoment T1' });
	await expect(oudeHaven.locator('td')).toHaveText(['48,5%', '48,5%']);
	await expect(page.locator('figure p.subtitle').first()).toContainText(
		'65 jaar en ouder · meetmoment T1.'
	);
	// The choice is part of the view: a reload brings it back.
	await expect(page).toHaveURL(/[?&]s=[^&]*T1/);
	await page.reload();
	await waitUntilReady(page);
	await expect(selected(page.getByTestId('slice-picker'))).toHaveText(
		'65 jaar en ouder · meetmoment T1'
	);
});

const trendTable = (page: Page) =>
	page.locator('table', { has: page.locator('caption', { hasText: 'alle cijfers' }) });

test('a wide export with a column per period: the user names the indicator and the values show in the table', async ({
	page
}) => {
	await openApp(page);
	const file = writeCsv('wsjg-gezondheid-perioden.csv', [
		'Gebiedscode;Gebiedsnaam;2021;2022;2023',
		'GM9995;Proefveen;66,4;65,9;64,7',
		'WK999501;Dijkzicht;61,25;.;59,8',
		'WK999502;Molenbuurt;70,1;71,3;'
	]);
	await page.getByTestId('file-input').setInputFiles(file);

	const editor = page.getByRole('group', {
		name: /Dit herkennen we in "wsjg-gezondheid-perioden.csv"/
	});
	await expect(editor.getByTestId('layout-picker')).toHaveValue('periods');
	await expect(editor.getByTestId('profile')).toHaveText('Eigen bestand, een kolom per periode');
	const periods = editor.getByRole('group', { name: /Kolommen met perioden — 3 kolommen gekozen/ });
	for (const year of ['2021', '2022', '2023'])
		await expect(periods.getByRole('checkbox', { name: year })).toBeChecked();
	// No column names the indicator: the editor asks for its name before anything can be added.
	await expect(editor.getByRole('alert')).toHaveText(
		"Kies de kolom met de naam van de indicator. Heeft het bestand die niet? Typ de naam dan bij 'Naam van de indicator in dit bestand'."
	);
	await expect(page.getByRole('button', { name: 'Toevoegen' })).toBeDisabled();
	// The app waits for the user here; it does not claim to be checking the file.
	await expect(page.getByText(/Bestand controleren/)).toHaveCount(0);

	await editor
		.getByLabel('Naam van de indicator in dit bestand')
		.fill('Ervaren gezondheid goed (%)');
	await expect(editor.getByRole('alert')).toHaveCount(0);
	const rows = await previewRows(page);
	expect(rows.slice(0, 6)).toEqual([
		['GM9995', 'Proefveen', 'Ervaren gezondheid goed (%)', '2021', '66,4'],
		['GM9995', 'Proefveen', 'Ervaren gezondheid goed (%)', '2022', '65,9'],
		['GM9995', 'Proefveen', 'Ervaren gezondheid goed (%)', '2023', '64,7'],
		['WK999501', 'Dijkzicht', 'Ervaren gezondheid goed (%)', '2021', '61,25'],
		['WK999501', 'Dijkzicht', 'Ervaren gezondheid goed (%)', '2022', 'niet gepubliceerd'],
		['WK999501', 'Dijkzicht', 'Ervaren gezondheid goed (%)', '2023', '59,8']
	]);
	const report = page.getByTestId('import-report');
	await expect(report).toContainText(
		/Cijfers\s*9 \(waarvan zonder waarde \(ontbreekt of niet gepubliceerd\): 2\)/
	);

	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(
		page.getByText('"wsjg-gezondheid-perioden.csv" is toegevoegd: 3 rijen, 9 cijfers.')
	).toBeVisible();
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9995');
	await openTrendTable(page);
	const table = trendTable(page);
	const dijkzicht = table.getByRole('row', { name: /Dijkzicht/ });
	await expect(dijkzicht).toContainText('61,3%');
	await expect(dijkzicht).toContainText('niet gepubliceerd');
	await expect(dijkzicht).toContainText('59,8%');
	const molenbuurt = table.getByRole('row', { name: /Molenbuurt/ });
	await expect(molenbuurt).toContainText('71,3%');
	await expect(molenbuurt).toContainText('geen gegevens');
});

test('the same export turned around, a column per area, goes through the mapping step too', async ({
	page
}) => {
	await openApp(page);
	const file = writeCsv('wsjg-gezondheid-gebieden.csv', [
		'Periode;GM9994;WK999401;WK999402',
		'2022;55,5;52,25;58',
		'2023;56,1;x;57,4'
	]);
	await page.getByTestId('file-input').setInputFiles(file);

	const editor = page.getByRole('group', {
		name: /Dit herkennen we in "wsjg-gezondheid-gebieden.csv"/
	});
	await expect(editor.getByTestId('layout-picker')).toHaveValue('areas');
	await expect(selected(editor.getByLabel('Kolom met periode'))).toHaveText('Periode');
	const columns = editor.getByRole('group', { name: /Kolommen met gebieden — 3 kolommen gekozen/ });
	await expect(columns.getByRole('checkbox', { name: 'WK999402' })).toBeChecked();
	await editor.getByLabel('Naam van de indicator in dit bestand').fill('Sport wekelijks (%)');
	const profileName = editor.getByLabel('Naam van de indeling');
	await profileName.fill('Portaal per gebied');
	await profileName.press('Enter');
	await expect(editor.getByTestId('profile')).toHaveText('Portaal per gebied');
	expect((await previewRows(page)).slice(0, 3)).toEqual([
		['GM9994', '', 'Sport wekelijks (%)', '2022', '55,5'],
		['WK999401', '', 'Sport wekelijks (%)', '2022', '52,25'],
		['WK999402', '', 'Sport wekelijks (%)', '2022', '58']
	]);

	await expect(page.getByTestId('import-report')).toContainText('Geen meldingen');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(
		page.getByText('"wsjg-gezondheid-gebieden.csv" is toegevoegd: 2 rijen, 6 cijfers.')
	).toBeVisible();
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9994');
	await openTrendTable(page);
	const row = trendTable(page).getByRole('row', { name: /WK999401/ });
	await expect(row).toContainText('52,3%');
	await expect(row).toContainText('niet gepubliceerd');

	// Another file with the same columns gets the saved layout, but not the indicator's name:
	// it is usually another indicator, and must not land on top of Sport wekelijks.
	await page
		.getByTestId('file-input')
		.setInputFiles(
			writeCsv('wsjg-roken-gebieden.csv', ['Periode;GM9994;WK999401;WK999402', '2022;20,5;22;19'])
		);
	const next = page.getByRole('group', { name: /Dit herkennen we in "wsjg-roken-gebieden.csv"/ });
	await expect(next.getByTestId('profile')).toHaveText('Portaal per gebied');
	await expect(next.getByLabel('Naam van de indicator in dit bestand')).toHaveValue('');
	await expect(page.getByRole('button', { name: 'Toevoegen' })).toBeDisabled();
});

test('the file’s own word for "no value": named in the mapping step, it is stored as missing, not rejected', async ({
	page
}) => {
	await openApp(page);
	const file = writeCsv('portaal-tevredenheid.csv', [
		'gebiedscode;gebiedsnaam;indicator;periode;waarde',
		'GM9995;Proefdorp;Tevreden over de buurt (%);2024;70,5',
		'WK999501;Dorpskern;Tevreden over de buurt (%);2024;onbekend',
		'WK999502;Buitengebied;Tevreden over de buurt (%);2024;0'
	]);
	await page.getByTestId('file-input').setInputFiles(file);
	const report = page.getByTestId('import-report');
	await expect(report).toContainText('Geen getal: "onbekend"');
	expect((await previewRows(page))[1]!.at(-1)).toBe('? onbekend');

	await page.getByLabel('Andere woorden of tekens voor "geen cijfer"').fill('onbekend');
	await expect(report).toContainText('Geen meldingen: alle rijen zijn bruikbaar.');
	expect((await previewRows(page)).map((r) => r.at(-1))).toEqual(['70,5', 'geen gegevens', '0']);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(
		page.getByText('"portaal-tevredenheid.csv" is toegevoegd: 3 rijen, 3 cijfers.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Sluiten' }).click();
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9995');
	await openTrendTable(page);
	await expect(
		trendTable(page)
			.getByRole('row', { name: /Dorpskern/ })
			.locator('td')
	).toHaveText(['geen gegevens']);
	await expect(
		trendTable(page)
			.getByRole('row', { name: /Buitengebied/ })
			.locator('td')
	).toHaveText(['0,0%']);
});
