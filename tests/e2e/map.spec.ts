import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';

const elan = (file: string) =>
	path.resolve(import.meta.dirname, '../../../shared/data/real/elan-wijkprofielen-den-haag', file);

test('ELAN shares and their wijk boundaries: the map colours the wijken and reports the unmatched code', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(elan('df_count_ver_3.csv'));
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"df_count_ver_3.csv" is toegevoegd: 982 rijen/)).toBeVisible();
	await page.getByRole('button', { name: 'Sluiten' }).click();

	await page.getByText('Kaart', { exact: true }).click();
	await expect(page.getByText('Er zijn nog geen kaartgrenzen')).toBeVisible();
	await page.getByTestId('boundary-input').setInputFiles(elan('wijkgeo_file.json'));
	await expect(
		page.getByText(/72 kaartvlakken toegevoegd uit "wijkgeo_file.json" \(WGS84\)/)
	).toBeVisible();

	// 's-Gravenhage: every wijk with data has a shape; the wijken are coloured, not hatched.
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM0518');
	const areas = page.locator('.map path[data-code]');
	await expect(areas).not.toHaveCount(0);
	await expect(page.getByTestId('map-subtitle')).toHaveText(
		/^\d{4}\. Bron: df_count_ver_3\.csv\.$/
	);
	const fills = await areas.evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
	expect(fills.filter((f) => f?.startsWith('#')).length).toBeGreaterThan(30);
	await expect(page.getByTestId('map-report')).toContainText(
		'1 kaartvlak zonder cijfers: WK051899'
	);
	// "Wijk Wijk 06 Van Stolkpark en Scheveningse Bo" in the figures is the map's wijk 06.
	await expect(page.getByTestId('map-report')).not.toContainText('bij een ander gebied');
	// A boundary file without a year in its name: nothing to compare, so no warning.
	await expect(page.getByTestId('map-vintage')).toHaveCount(0);
	// A downloaded map carries its key: every class and the hatch for "geen gegevens".
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('figure', { has: areas.first() }).getByRole('button', { name: 'SVG' }).click()
	]);
	const markup = readFileSync((await svg.path())!, 'utf8');
	const classes = await page.locator('.map ul.legend li').allTextContents();
	expect(classes.length).toBeGreaterThan(2);
	for (const entry of classes) expect(markup).toContain(`>${entry.trim()}</text>`);
	expect(markup).toContain('fill="url(#geen-gegevens)"');
	expect(markup).toContain('<pattern id="geen-gegevens"');
	// The numbers of the map in a table under it, the shape without data said as such.
	const table = page.getByTestId('map-table-toggle');
	await table.locator('summary').click();
	await expect(table.locator('tbody tr')).toHaveCount(await areas.count());
	await expect(table.locator('tbody tr', { hasText: 'WK051899' })).toContainText('geen gegevens');

	// Leidschendam-Voorburg: the data's "WK1916--" (wijk onbekend) has no shape, and says so.
	await page.getByTestId('gemeente-picker').selectOption('GM1916');
	await expect(page.getByTestId('map-report')).toContainText(
		'1 gebied met cijfers maar zonder kaartvlak: WK1916--'
	);
	await areas.first().focus();
	await expect(areas.first()).toHaveAttribute('aria-label', /: /);
	// The map is one Tab stop; the arrow keys go from wijk to wijk, each saying its value.
	await expect(page.locator('.map path[data-code][tabindex="0"]')).toHaveCount(1);
	const said = new Set<string>();
	for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End']) {
		await page.keyboard.press(key);
		said.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
	}
	expect(said.size).toBeGreaterThan(1);
	for (const label of said) expect(label).toMatch(/: /);
	await expect(areas.last()).toBeFocused();
	await expect(areas.last()).toHaveAttribute('tabindex', '0');
	// Escape hides the wijk's text, not the outline that shows where focus is (WCAG 1.4.13, 2.4.7).
	const tipText = page.locator('.map svg > text');
	const outline = page.locator('.map svg > g[aria-hidden="true"] path');
	await expect(tipText).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(tipText).toHaveCount(0);
	await expect(outline).toHaveCount(2);
	await expect(areas.last()).toBeFocused();
});

test('a 2014 map under 2020 figures: the map warns that codes may now mean other wijken', async ({
	page
}) => {
	await openApp(page);
	const real = (relative: string) =>
		path.resolve(import.meta.dirname, '../../../shared/data/real', relative);
	await page
		.getByTestId('file-input')
		.setInputFiles(real('rivm-gezondheid-per-wijk/50090NED_18plus_2012-2016-2020_NL-GM-WK.csv'));
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/is toegevoegd: 10\.599 rijen/)).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Sluiten' }).click();
	await page.getByTestId('gemeente-picker').selectOption('GM0363');
	await page.getByText('Kaart', { exact: true }).click();
	await expect(page.getByTestId('map-period-picker')).toHaveValue('2020');
	await page
		.getByTestId('boundary-input')
		.setInputFiles(real('cbs-wijkgrenzen-2014/Wijk_2014_layer_q1e3.json'));
	await expect(page.getByText(/kaartvlakken toegevoegd/)).toBeVisible();

	// WK036300 was Stadsdeel Centrum in 2014 and is a small wijk in the 2020 figures: say so.
	await expect(page.getByTestId('map-vintage')).toContainText(
		'de kaart is van 2014 en de cijfers zijn van 2020'
	);
	// Another period: the warning names that period.
	await page.getByTestId('map-period-picker').selectOption('2012');
	await expect(page.getByTestId('map-vintage')).toContainText('de cijfers zijn van 2012');
});
