import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every journey runs in a fresh browser profile (own OPFS) and fails when any request goes to a
 * host other than the app's own origin: data never leaves the browser.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ context, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			context.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) foreign.push(url);
			});
			await use(foreign);
			expect(foreign, 'requests to other hosts').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Waits until the database has started and the dashboard shows. A first start on a busy machine
 * compiles the engine, hence the long wait (a wait, not a speed target: see npm run bench:explore).
 */
export async function waitUntilReady(page: Page) {
	await expect(page.locator('main')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
}

/** Opens the app and waits until it is ready. */
export async function openApp(page: Page) {
	await page.goto('/');
	await waitUntilReady(page);
}

/**
 * Opens the table with every number under the trend chart. It is built only while open (a large
 * gemeente has a thousand cells and more), so a journey that reads it opens it, as a person does.
 */
export async function openTrendTable(page: Page) {
	const toggle = page.getByTestId('trend-table-toggle');
	// A second call leaves an open table open.
	if ((await toggle.getAttribute('open')) === null) await toggle.locator('summary').click();
	await expect(toggle).toHaveAttribute('open', '');
}

/** "Gegevens wissen", confirmed: the database is empty afterwards. */
export async function wipeAllData(page: Page) {
	await page.getByRole('button', { name: 'Gegevens wissen' }).click();
	await page
		.getByRole('dialog', { name: 'Alle gegevens wissen?' })
		.getByRole('button', { name: 'Ja, alles wissen' })
		.click();
	await expect(page.getByText('Alle gegevens zijn gewist.')).toBeVisible();
}

/** Every status the page went through (main's data-status), in order, from its first moment. */
export async function recordStatuses(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, '__statuses', { value: seen });
		new MutationObserver(() => {
			const status = document.querySelector('main')?.dataset.status;
			if (status && seen.at(-1) !== status) seen.push(status);
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	return () => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
}
