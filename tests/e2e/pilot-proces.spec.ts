import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test, wipeAllData } from './fixtures';

const samples = path.resolve(import.meta.dirname, '../../data-samples');
const PROCES = path.join(samples, 'pilot/basisbaan-voorbeeldstad-fictief-procesregistratie.csv');

/** The sample procesregistratie read straight from the file: one record per line. */
function records(): Record<string, string>[] {
	const [head, ...lines] = readFileSync(PROCES, 'utf8').trim().split(/\r?\n/);
	const columns = head!.split(';');
	return lines.map((line) => {
		const cells = line.split(';');
		return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
	});
}
const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
const percent = (n: number) =>
	new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n) +
	'%';

async function addFile(page: Page, file: string) {
	await page.getByTestId('file-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(`"${path.basename(file)}" is toegevoegd`)).toBeVisible();
	await page.getByRole('button', { name: 'Sluiten' }).click();
}

test('Proces shows the funnel, bereik per wijk and hidden small counts of the imported procesregistratie', async ({
	page
}) => {
	await openApp(page);
	// Start empty, then add the wijk names and the procesregistratie through the file input.
	await wipeAllData(page);
	await addFile(page, path.join(samples, 'voorbeeldstad-fictief.csv'));
	await addFile(page, PROCES);

	await page.getByTestId('section-pilot').click();
	await page.getByRole('radio', { name: 'Proces' }).check();
	const view = page.getByTestId('process-view');
	await expect(view.getByTestId('process-period')).toHaveValue('2025 K4');

	// Numbers computed here from the file itself: the latest quarter, all wijken added up.
	const last = records().filter((r) => r.periode === '2025-Q4');
	const sum = (column: string) => last.reduce((s, r) => s + Number(r[column]), 0);
	const funnel = view.getByTestId('process-funnel').locator('table');
	await expect(funnel.locator('tr[data-key="doelgroep"] td').first()).toHaveText(
		count(sum('doelgroep'))
	);
	const gestart = funnel.locator('tr[data-key="gestart"] td');
	await expect(gestart.nth(0)).toHaveText(count(sum('gestart')));
	await expect(gestart.nth(1)).toHaveText(percent((100 * sum('gestart')) / sum('aangemeld')));
	await expect(gestart.nth(2)).toHaveText(percent((100 * sum('gestart')) / sum('doelgroep')));

	const reach = view.getByTestId('process-reach').locator('table');
	const oudeHaven = last.find((r) => r.wijkcode === 'WK999902')!;
	const row = reach.locator('tr[data-key="WK999902"]');
	await expect(row.locator('th')).toHaveText('Oude Haven');
	await expect(row.locator('td')).toHaveText([
		count(Number(oudeHaven.doelgroep)),
		count(Number(oudeHaven.gestart)),
		percent((100 * Number(oudeHaven.gestart)) / Number(oudeHaven.doelgroep))
	]);

	// Westerkwartier is small: afgerond (8 in the file) is hidden, with the reason.
	const wk = last.find((r) => r.wijkcode === 'WK999908')!;
	expect(Number(wk.afgerond)).toBeLessThan(10);
	await view.getByTestId('process-area').selectOption({ label: 'Westerkwartier' });
	const afgerond = funnel.locator('tr[data-key="afgerond"] td');
	await expect(afgerond.nth(0)).toContainText('verborgen');
	await expect(afgerond.nth(0)).toHaveAttribute('title', 'Verborgen: minder dan 10 personen.');
	await expect(view.getByTestId('process-funnel')).toContainText(
		'Verborgen: minder dan 10 personen.'
	);

	// A higher threshold hides Westerkwartier's 11 starters, and one other wijk so that the
	// total of all wijken does not give them away.
	await page.getByTestId('threshold-input').fill('12');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	const reachAgain = page.getByTestId('process-reach').locator('table');
	await expect(reachAgain.locator('tr[data-key="WK999908"] td')).toHaveText([
		count(Number(wk.doelgroep)),
		/verborgen/,
		/verborgen/
	]);
	await expect(reachAgain.locator('tr[data-key="alle"] td').nth(1)).toHaveText(
		count(sum('gestart'))
	);
	await expect(reachAgain.locator('td[title^="Verborgen, zodat"]')).toHaveCount(2);
});
