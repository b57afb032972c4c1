import { expect, openApp, recordStatuses, test, waitUntilReady } from './fixtures';

test('"Gegevens wissen" asks first, and removes the data only after "Ja"', async ({ page }) => {
	await openApp(page);
	await expect(page.getByTestId('source-list')).toContainText('voorbeeldstad-fictief.csv');

	await page.getByRole('button', { name: 'Gegevens wissen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Alle gegevens wissen?' });
	await expect(dialog).toBeVisible();
	// The safe choice has the focus: Enter pressed once too often keeps the data.
	await expect(dialog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(page.getByTestId('source-list')).toContainText('voorbeeldstad-fictief.csv');

	await page.getByRole('button', { name: 'Gegevens wissen' }).click();
	await dialog.getByRole('button', { name: 'Ja, alles wissen' }).click();
	await expect(page.getByText('Alle gegevens zijn gewist.')).toBeVisible();
	await expect(page.getByTestId('source-list')).toHaveCount(0);
	await expect(page.getByText('Er zijn nog geen gegevens.')).toBeVisible();

	// Wiped stays wiped after a reload: the sample does not come back by itself.
	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByText('Er zijn nog geen gegevens.')).toBeVisible();
	await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9999');
});

test('a second tab says the app is open elsewhere instead of opening the database twice', async ({
	page,
	context
}) => {
	await openApp(page);
	// The first tab keeps its view in the browser; the second does not show it, not even briefly.
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('wijkpeil:laatste-weergave')))
		.not.toBeNull();
	const second = await context.newPage();
	const statuses = await recordStatuses(second);
	// Even when the answer to the lock request is slow, as on a busy machine.
	await second.addInitScript(() => {
		const request = LockManager.prototype.request as (...args: unknown[]) => Promise<unknown>;
		LockManager.prototype.request = function (this: LockManager, ...args: unknown[]) {
			return new Promise((wait) => setTimeout(wait, 500)).then(() => request.apply(this, args));
		} as LockManager['request'];
	});
	await second.goto('/');
	await expect(second.locator('main')).toHaveAttribute('data-status', 'failed', {
		timeout: 30_000
	});
	await expect(second.getByRole('alert')).toContainText('al open in een ander tabblad');
	expect(await statuses()).toEqual(['starting', 'failed']);
	// The first tab keeps working.
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9999');
	await second.close();
});

test('without OPFS the app says data will not be kept, and still works in memory', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(StorageManager.prototype, 'getDirectory', {
			value: () => Promise.reject(new DOMException('not allowed', 'SecurityError'))
		});
	});
	await openApp(page);
	await expect(
		page.getByRole('note').filter({ hasText: 'kan je gegevens niet bewaren' })
	).toBeVisible();
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9999');
});
