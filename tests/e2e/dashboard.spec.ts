import path from 'node:path';
import { expect, openApp, openTrendTable, test, waitUntilReady } from './fixtures';

const denHaag = path.resolve(
	import.meta.dirname,
	'../../../shared/data/real/elan-wijkprofielen-den-haag/df_numeric_ver_6.csv'
);

test('the sample dashboard shows Voorbeeldstad as fictitious, with a chart and a table', async ({
	page
}) => {
	await openApp(page);
	await expect(page.getByTestId('sample-notice')).toContainText('verzonnen');
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9999');
	const chart = page.locator('figure svg[aria-label^="Lijngrafiek"]').first();
	await expect(chart).toHaveAttribute('aria-label', /Lijngrafiek van .* in Voorbeeldstad/);
	await expect(page.locator('g.series.gemeente path')).toHaveCount(1);
	await expect(page.locator('g.series.nederland path')).toHaveCount(1);
	// The table of all numbers sits behind a disclosure that the keyboard opens.
	const toggle = page.getByTestId('trend-table-toggle');
	await expect(toggle).not.toHaveAttribute('open');
	await toggle.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('open', '');
	const table = page.locator('table', {
		has: page.locator('caption', { hasText: 'alle cijfers' })
	});
	for (const wijk of ['Centrum', 'Oude Haven', 'Westerkwartier']) {
		await expect(table.getByRole('rowheader', { name: wijk })).toBeVisible();
	}
	// Noorderpark was not measured in 2017 and 2018: the table says so, it does not show 0.
	const noorderpark = table.getByRole('row', { name: /Noorderpark/ });
	await expect(noorderpark).toContainText('geen gegevens');
});

test('importing the Den Haag wijkprofielen shows its wijken and 11 indicators, also after a reload', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(denHaag);
	await expect(
		page.getByRole('heading', { name: /Dit herkennen we in "df_numeric_ver_6.csv"/ })
	).toBeVisible();
	await expect(page.getByText('11 indicatoren gekozen')).toBeVisible();
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"df_numeric_ver_6.csv" is toegevoegd: 2.674 rijen/)).toBeVisible();

	const check = async () => {
		await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM0518');
		await expect(page.getByTestId('indicator-picker').locator('option')).toHaveCount(11);
		await openTrendTable(page);
		const table = page.locator('table', {
			has: page.locator('caption', { hasText: 'alle cijfers' })
		});
		for (const wijk of ["Centrum 's-Gravenhage", 'Scheveningen', 'Loosduinen', 'Duindorp']) {
			await expect(table.getByRole('rowheader', { name: wijk, exact: true })).toBeVisible();
		}
	};
	await check();
	await page.reload();
	await waitUntilReady(page);
	await check();
});
