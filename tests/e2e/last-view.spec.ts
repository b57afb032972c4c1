import type { Page } from '@playwright/test';
import { expect, openApp, recordStatuses, test, waitUntilReady, wipeAllData } from './fixtures';

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
	const statuses = await recordStatuses(page);
	await openApp(page);
	const picker = page.getByTestId('indicator-picker');
	await picker.selectOption('Eenzaamheid (%)');
	await page.getByText('Vergelijking', { exact: true }).click();
	const rows = page.locator('g.row');
	await expect(rows).toHaveCount(8);
	await expect.poll(() => keptParams(page)).toMatch(/(^|&)v=vergelijking(&|$)/);
	const view = new URL(page.url()).searchParams.toString();
	const centrum = rows.filter({ has: page.locator('text', { hasText: /^Centrum$/ }) });
	await expect(centrum).toHaveCount(1);

	// What is kept is shown as it is, and then replaced by what the database holds: a name
	// changed in the kept copy only shows until the database has answered.
	await page.evaluate((key) => {
		const entry = JSON.parse(localStorage.getItem(key)!);
		for (const row of entry.view.rows) if (row.name === 'Centrum') row.name = 'Proefwijk';
		localStorage.setItem(key, JSON.stringify(entry));
	}, KEY);

	// The start page without a view in its URL, as from a bookmark of the app itself.
	await page.goto('/');
	const note = page.getByTestId('last-view');
	await expect(note).toHaveText('Je ziet wat je de vorige keer zag. We laden de cijfers opnieuw.');
	await expect(page.locator('main')).toHaveAttribute('data-status', 'preview');
	await expect(picker).toHaveValue('Eenzaamheid (%)');
	await expect(rows).toHaveCount(8);
	await expect(rows.filter({ has: page.locator('text', { hasText: /^Proefwijk$/ }) })).toHaveCount(
		1
	);
	// Nothing in the kept view can act before the database runs.
	await expect(page.locator('main [inert]')).toContainText('Vergelijking');

	await waitUntilReady(page);
	expect(await statuses()).toEqual(['starting', 'preview', 'ready']);
	await expect(note).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: 'opnieuw geladen' })).toHaveCount(1);
	await expect(page.locator('main [inert]')).toHaveCount(0);
	await expect(centrum).toHaveCount(1);
	await expect(page.locator('g.row text', { hasText: 'Proefwijk' })).toHaveCount(0);
	// The same view as before: indicator, chart, period and wijken.
	await expect.poll(() => new URL(page.url()).searchParams.toString()).toBe(view);

	// A bookmark of another view is not shown from what was kept: it waits for the database.
	await page.goto('/?g=GM9999&i=Eenzaamheid+%28%25%29&v=trend');
	await waitUntilReady(page);
	expect(await statuses()).toEqual(['starting', 'ready']);
});

test('deleting a file or all data leaves nothing of the last view in the browser', async ({
	page
}) => {
	const statuses = await recordStatuses(page);
	await openApp(page);
	await expect.poll(() => keptParams(page)).toMatch(/(^|&)g=GM9999(&|$)/);

	await page.getByRole('button', { name: '"voorbeeldstad-fictief.csv" verwijderen' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.getByText('Er zijn nog geen gegevens.')).toBeVisible();
	await expect.poll(() => keptParams(page)).toBeNull();
	await page.reload();
	await waitUntilReady(page);
	expect(await statuses()).toEqual(['starting', 'ready']);

	// Removing the sample file does not dismiss the sample: it came back at this start.
	await expect.poll(() => keptParams(page)).toMatch(/(^|&)g=GM9999(&|$)/);
	await wipeAllData(page);
	expect(await keptParams(page)).toBeNull();
	await page.reload();
	await waitUntilReady(page);
	expect(await statuses()).toEqual(['starting', 'ready']);
	expect(await keptParams(page)).toBeNull();
});

test('a change just before the tab closes is still in the URL and the kept view', async ({
	page
}) => {
	await openApp(page);
	await expect.poll(() => keptParams(page)).toMatch(/(^|&)g=GM9999(&|$)/);
	const wijken = (search: string) => new URLSearchParams(search).get('w')?.split(',') ?? [];
	// Tick a wijk and close the page in the same task: the URL is normally written when the page
	// is idle, and that moment never comes. Closing (pagehide) writes it at once.
	const { before, after } = await page.evaluate(() => {
		const before = location.search;
		const box = [...document.querySelectorAll<HTMLInputElement>('.wijk-list input')].find(
			(b) => !b.checked && !b.disabled
		)!;
		box.click();
		window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
		return { before, after: location.search };
	});
	expect(wijken(after)).toHaveLength(wijken(before).length + 1);
	await expect
		.poll(async () => wijken(`?${(await keptParams(page)) ?? ''}`))
		.toEqual(wijken(after));
});

test('a reload right after a change shows the changed view', async ({ page }) => {
	await openApp(page);
	await expect.poll(() => keptParams(page)).toMatch(/(^|&)g=GM9999(&|$)/);
	const checked = () =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLInputElement>('.wijk-list input:checked')].map((b) =>
				b.parentElement!.textContent!.trim()
			)
		);
	const before = await checked();
	// Tick a wijk and reload in the same task, before the page had an idle moment to write the
	// URL: the reload asks for the URL from before the change.
	const ticked = await page.evaluate(() => {
		const box = [...document.querySelectorAll<HTMLInputElement>('.wijk-list input')].find(
			(b) => !b.checked && !b.disabled
		)!;
		box.click();
		location.reload();
		return box.parentElement!.textContent!.trim();
	});
	await page.waitForLoadState('load');
	await waitUntilReady(page);
	await expect.poll(checked).toEqual(expect.arrayContaining([...before, ticked]));
	expect(await checked()).toHaveLength(before.length + 1);
	await expect
		.poll(() => new URL(page.url()).searchParams.get('w')?.split(',').length ?? 0)
		.toBe(before.length + 1);
});
