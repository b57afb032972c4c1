import { expect, openApp, test, waitUntilReady, wipeAllData } from './fixtures';

const SAMPLE_PILOTS = ['Basisbaan Voorbeeldstad', 'Regelluwe bijstand Voorbeeldstad'];

test('the fictitious pilots are stored on the first visit to Pilot evalueren, and only once', async ({
	page
}) => {
	await openApp(page);
	// The first chart does not wait for them: only the wijk sample is stored at first start.
	await expect(page.locator('figure svg[aria-label^="Lijngrafiek"]')).toBeVisible();
	const sources = page.getByTestId('source-list').locator('li');
	await expect(sources).toHaveCount(1);
	await expect(sources.first()).toContainText('voorbeeldstad-fictief.csv');

	await page.getByTestId('section-pilot').click();
	const pilots = page.getByTestId('pilot-select').locator('option');
	await expect(pilots).toHaveText(SAMPLE_PILOTS);
	// The basisbaan sample was drawn by lot: the sample says so.
	await expect(page.getByRole('radio', { name: /^Loting/ })).toBeChecked();
	// The four pilot files are listed with the wijk sample.
	await expect(sources).toHaveCount(5);

	// Reopened on the pilot section (it is in the URL): the same two pilots, not stored again.
	await page.reload();
	await waitUntilReady(page);
	await expect(pilots).toHaveText(SAMPLE_PILOTS);
	await expect(sources).toHaveCount(5);
});

test('after wiping, Pilot evalueren stays empty until the user adds a pilot', async ({ page }) => {
	await openApp(page);
	await wipeAllData(page);
	await page.getByTestId('section-pilot').click();
	await expect(page.getByText('Er is nog geen pilot.')).toBeVisible();
	await expect(page.getByTestId('source-list')).toHaveCount(0);
});
