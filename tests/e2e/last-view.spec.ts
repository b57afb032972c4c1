import type { Page } from '@playwright/test';
import { expect, openApp, test, waitUntilReady } from './fixtures';

const KEY = 'wijkpeil:laatste-weergave';

/** The view parameters kept in this browser's localStorage, or null when nothing is kept. */
const keptParams = (page: Page) =>
	page.evaluate(
		(key) => (JSON.parse(localStorage.getItem(key) ?? 'null')?.view?.params as string) ?? null,
		KEY
	);

test('reopening shows the last view at once, marked as such, until the database has read it again', async ({
	page
}) => {
	await openApp(page);
	const picker = page.getByTestId('indicator-picker');
	await picker.selectOption('Eenzaamheid (%)');
	await page.getByText('Vergelijking', { exact: true }).click();
	const rows = page.locator('g.row');
	await expect(rows).toHaveCount(8);
	const firstWijk = await rows.first().getAttribute('aria-label');
	await expect.poll(() => keptParams(page)).toMatch(/(^|&)v=vergelijking(&|$)/);

	// The start page without a view in its URL, as from a bookmark of the app itself.
	await page.goto('/');
	const note = page.getByTestId('last-view');
	await expect(note).toHaveText(/vorige keer/);
	await expect(page.locator('main')).toHaveAttribute('data-status', 'preview');
	await expect(picker).toHaveValue('Eenzaamheid (%)');
	await expect(rows).toHaveCount(8);
	await expect(rows.first()).toHaveAttribute('aria-label', firstWijk!);
	// Nothing in the kept view can act before the database runs.
	await expect(page.locator('main [inert]')).toContainText('Vergelijking');

	await waitUntilReady(page);
	await expect(note).toBeHidden();
	await expect(page.locator('main [inert]')).toHaveCount(0);
	await expect(picker).toHaveValue('Eenzaamheid (%)');
	await expect(rows.first()).toHaveAttribute('aria-label', firstWijk!);
	await expect(page).toHaveURL(/[?&]v=vergelijking(&|$)/);

	// A bookmark of another view is not shown from what was kept: it waits for the database.
	await page.goto('/?g=GM9999&i=Eenzaamheid+%28%25%29&v=trend');
	await waitUntilReady(page);
	await expect(note).toHaveCount(0);
});

test('after "Gegevens wissen" nothing of the last view stays in the browser', async ({ page }) => {
	await openApp(page);
	await expect.poll(() => keptParams(page)).toMatch(/(^|&)g=GM9999(&|$)/);
	await page.getByRole('button', { name: 'Gegevens wissen' }).click();
	await page
		.getByRole('dialog', { name: 'Alle gegevens wissen?' })
		.getByRole('button', { name: 'Ja, alles wissen' })
		.click();
	await expect(page.getByText('Alle gegevens zijn gewist.')).toBeVisible();
	expect(await keptParams(page)).toBeNull();
	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByTestId('last-view')).toHaveCount(0);
	expect(await keptParams(page)).toBeNull();
});
