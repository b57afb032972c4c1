import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const WIJKEN = [
	'Centrum',
	'De Akkers',
	'Molenwijk',
	'Noorderpark',
	'Oosterweide',
	'Oude Haven',
	'Westerkwartier',
	'Zuiderhout'
];

const overviewTable = (page: Page) =>
	page.locator('table', { has: page.locator('caption', { hasText: 'Overzicht' }) });

test('Overzicht: a row per wijk, a column per indicator, flagged cells say their direction', async ({
	page
}) => {
	await openApp(page);
	await page.getByText('Overzicht', { exact: true }).click();
	const table = overviewTable(page);
	await expect(table.locator('tbody tr')).toHaveCount(WIJKEN.length);
	expect(await table.getByRole('rowheader').allTextContents()).toEqual(WIJKEN);
	const indicators = await page.getByTestId('indicator-picker').locator('option').count();
	await expect(table.locator('thead th')).toHaveCount(1 + indicators);
	await expect(table.locator('thead th').nth(1)).toContainText('2023');
	await expect(table.locator('thead th').nth(1)).toContainText('gemeente:');

	// At least one cell is flagged, and it says so in words and with a symbol, not colour alone.
	const flagged = table.locator(
		'button[data-status="gunstiger"], button[data-status="ongunstiger"]'
	);
	expect(await flagged.count()).toBeGreaterThan(0);
	await expect(flagged.first()).toHaveText(/[▲▼]\s*(beter|slechter)/);
	await expect(flagged.first()).toHaveAttribute(
		'aria-label',
		/: \d+,\d%, (beter|slechter) dan de gemeente\. Open de ontwikkeling\./
	);
	// Bijstand has neither bounds nor n: its cells are never flagged.
	const bijstand = await table.locator('thead th').allTextContents();
	const column = bijstand.findIndex((h) => h.startsWith('Bijstand'));
	const statuses = await table
		.locator(`tbody tr td:nth-child(${column + 1}) button`)
		.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-status')));
	expect(new Set(statuses)).toEqual(new Set(['niet_getoetst']));
	await expect(page.getByRole('list', { name: 'Legenda' })).toContainText('beter dan de gemeente');
	await expect(page).toHaveURL(/v=overzicht/);

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page
			.locator('figure', { has: overviewTable(page) })
			.getByRole('button', { name: 'CSV', exact: true })
			.click()
	]);
	const rows = readFileSync((await csv.path())!, 'utf8');
	expect(rows).toContain(
		'Noorderpark;Moeite met rondkomen (%);2023;11,7;8,4;15;16,8;beter dan de gemeente'
	);
	expect(rows).toContain('beter dan de gemeente');
	expect(rows).toContain('Bron: voorbeeldstad-fictief.csv');

	// As a picture: the same cells with their words, the legend and the source.
	const figure = page.locator('figure', { has: overviewTable(page) });
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'PNG', exact: true }).click()
	]);
	const bytes = readFileSync((await png.path())!);
	expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'SVG', exact: true }).click()
	]);
	const markup = readFileSync((await svg.path())!, 'utf8');
	const cells = await table.locator('tbody button').count();
	expect(markup.match(/width="104" height="38"/g)).toHaveLength(cells);
	expect(markup).toContain('>Noorderpark</text>');
	expect(markup).toContain('>beter dan de gemeente</text>');
	expect(markup).toContain('Bron: voorbeeldstad-fictief.csv. Gemaakt met Wijkpeil.');
});

test('Overzicht: the arrow keys move between cells and Enter opens that wijk in Ontwikkeling', async ({
	page
}) => {
	await openApp(page);
	await page.getByText('Overzicht', { exact: true }).click();
	const table = overviewTable(page);
	await expect(table.locator('tbody tr')).toHaveCount(WIJKEN.length);
	// The whole table is one Tab stop.
	await expect(table.locator('button[tabindex="0"]')).toHaveCount(1);

	// Find a flagged cell, then walk there from the first cell with the keyboard only.
	const target = table
		.locator('button[data-status="gunstiger"], button[data-status="ongunstiger"]')
		.first();
	const [row, col] = (await target.getAttribute('data-cell'))!.split('-').map(Number);
	const header = (await table
		.locator('thead th')
		.nth(col! + 1)
		.locator('.name')
		.textContent())!;
	const wijk = WIJKEN[row!]!;
	await table.locator('[data-cell="0-0"]').focus();
	for (let i = 0; i < row!; i++) await page.keyboard.press('ArrowDown');
	for (let i = 0; i < col!; i++) await page.keyboard.press('ArrowRight');
	await expect(target).toBeFocused();
	await expect(target).toHaveAttribute('tabindex', '0');
	await page.keyboard.press('Enter');

	await expect(page.getByRole('radio', { name: 'Ontwikkeling' })).toBeChecked();
	await expect(page.locator('#trend-title')).toBeFocused();
	await expect(page.locator('#trend-title')).toContainText(header);
	await expect(page.getByRole('checkbox', { name: wijk, exact: true })).toBeChecked();
	await expect(page.locator('fieldset.wijken input:checked')).toHaveCount(1);
	const chart = page.locator('figure svg[aria-label^="Lijngrafiek"]');
	await expect(chart.locator('g.series.wijk')).toHaveCount(1);
	await expect(chart).toHaveAttribute('aria-label', new RegExp(`${wijk}: `));
	await expect(page).toHaveURL(/v=trend/);
});

test('Kleine grafieken: one panel per wijk, each with the gemeente, a shared scale and gaps', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('indicator-picker').selectOption('Eenzaamheid (%)');
	await page.getByText('Kleine grafieken', { exact: true }).click();
	const panels = page.locator('li.panel');
	await expect(panels).toHaveCount(WIJKEN.length);
	expect(await panels.locator('h4').allTextContents()).toEqual(WIJKEN);
	await expect(page.getByTestId('shared-scale')).toContainText('dezelfde schaal');
	for (const panel of await panels.all()) {
		await expect(panel.locator('g.series.gemeente path')).toHaveCount(1);
		await expect(panel.locator('g.series.wijk path.band')).toHaveCount(1);
	}
	// Every panel has the same y axis.
	const axes = await panels.evaluateAll((items) =>
		items.map((li) => [...li.querySelectorAll('.grid text')].map((t) => t.textContent).join('|'))
	);
	expect(new Set(axes).size).toBe(1);
	// Noorderpark has no value for 2017 and 2018: its line breaks, it does not drop to 0.
	const noorderpark = panels.filter({ has: page.locator('h4', { hasText: 'Noorderpark' }) });
	const line = noorderpark.locator('g.series.wijk path:not(.band)');
	expect((await line.getAttribute('d'))!.match(/M/g)).toHaveLength(2);
	await expect(noorderpark.locator('svg')).toHaveAttribute(
		'aria-label',
		/Noorderpark heeft geen cijfer voor 2017, 2018/
	);
	// Each panel takes keyboard focus and then shows (and reads) every value, missing ones said.
	await noorderpark.locator('svg').focus();
	const values = noorderpark.locator('p.values');
	await expect(values).toContainText(/^Alle cijfers van Noorderpark: 2014: \d+,\d%; /);
	await expect(values).toContainText('2017: geen gegevens; 2018: geen gegevens');
	await noorderpark.locator('svg').blur();
	await expect(values).toHaveCount(0);
	await expect(page.locator('figure').getByText('95%-marge van de wijk')).toBeVisible();
	// The CSV says why a number is missing: suppressed by the source is not "no data", nor 0.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('figure').getByRole('button', { name: 'CSV' }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv).toContain('niet gepubliceerd');
	// As one image: every panel with its wijk's name, the legend and the source.
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('figure').getByRole('button', { name: 'PNG' }).click()
	]);
	const bytes = readFileSync((await png.path())!);
	expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('figure').getByRole('button', { name: 'SVG' }).click()
	]);
	const markup = readFileSync((await svg.path())!, 'utf8');
	for (const wijk of WIJKEN) expect(markup).toContain(`>${wijk}</text>`);
	expect(markup.match(/<path class="band[^"]*" fill-opacity="0.15"/g)).toHaveLength(WIJKEN.length);
	expect(markup).toContain('95%-marge van de wijk</text>');
	expect(markup).toContain('Bron: voorbeeldstad-fictief.csv. Gemaakt met Wijkpeil.');
	// The exact numbers in a table: every wijk, and Noorderpark's missing years said as such.
	const table = page.getByTestId('multiples-table-toggle');
	await table.locator('summary').click();
	const noorderparkRow = table.locator('tbody tr', { hasText: 'Noorderpark' });
	await expect(noorderparkRow).toHaveCount(1);
	await expect(noorderparkRow).toContainText('geen gegevens');
	for (const wijk of WIJKEN)
		await expect(table.locator('tbody th', { hasText: wijk })).toHaveCount(1);

	// The view is in the URL and survives a reload.
	await expect(page).toHaveURL(/v=kleine-grafieken/);
	await page.reload();
	await expect(page.locator('li.panel')).toHaveCount(WIJKEN.length, { timeout: 30_000 });
});

test('Overzicht with the real Den Haag wijkprofielen: all 44 wijken, nothing flagged without a gemeente', async ({
	page
}) => {
	await openApp(page);
	await page
		.getByTestId('file-input')
		.setInputFiles(
			path.resolve(
				import.meta.dirname,
				'../../../shared/data/real/elan-wijkprofielen-den-haag/df_numeric_ver_6.csv'
			)
		);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"df_numeric_ver_6.csv" is toegevoegd: 2.674 rijen/)).toBeVisible({
		timeout: 60_000
	});
	await page.getByRole('button', { name: 'Sluiten' }).click();
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM0518');
	await page.getByText('Overzicht', { exact: true }).click();
	const table = overviewTable(page);
	await expect(table.locator('tbody tr')).toHaveCount(44);
	await expect(table.locator('thead th')).toHaveCount(1 + 11);
	await expect(table.getByRole('rowheader', { name: 'Scheveningen', exact: true })).toBeVisible();
	// The file has no values for the gemeente itself: no cell may be coloured better or worse.
	await expect(table.locator('button[data-status="gunstiger"]')).toHaveCount(0);
	await expect(table.locator('button[data-status="ongunstiger"]')).toHaveCount(0);
	await expect(page.getByTestId('no-gemeente')).toContainText('geen cijfer');

	// Kleine grafieken of a file without bounds: no margin in the legend either.
	await page.getByText('Kleine grafieken', { exact: true }).click();
	await expect(page.locator('li.panel')).not.toHaveCount(0);
	await expect(page.locator('figure').getByText('95%-marge van de wijk')).toHaveCount(0);
});
