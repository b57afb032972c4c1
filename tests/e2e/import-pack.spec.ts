import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli, runCli } from '../helpers/cli';
import { expect, openApp, openTrendTable, test, waitUntilReady } from './fixtures';

const denHaag = path.resolve(
	import.meta.dirname,
	'../../../shared/data/real/elan-wijkprofielen-den-haag/df_numeric_ver_6.csv'
);
let pack: string;
let observations: number;

// The pack is made by the real command-line tool, as a user would make it.
test.beforeAll(async () => {
	test.setTimeout(180_000);
	buildCli();
	pack = path.join(mkdtempSync(path.join(os.tmpdir(), 'wijkpeil-e2e-pack-')), 'den-haag.arrow');
	const run = await runCli(['import', denHaag, '--out', pack, '--json']);
	expect(run.code, run.stderr).toBe(0);
	observations = JSON.parse(run.stdout)[0].observations;
	expect(observations).toBeGreaterThan(0);
});

const nl = (n: number) => n.toLocaleString('nl-NL');

test('a data pack from npx wijkpeil import is checked, stored once, kept after a reload and deleted', async ({
	page
}) => {
	await openApp(page);
	const input = page.getByTestId('file-input');

	// A cut-off pack: a Dutch message, nothing stored.
	const bytes = readFileSync(pack);
	await input.setInputFiles({
		name: 'kapot.arrow',
		mimeType: 'application/octet-stream',
		buffer: bytes.subarray(0, bytes.length - 100)
	});
	await expect(page.getByRole('alert')).toContainText('beschadigd of niet compleet');

	await input.setInputFiles(pack);
	const report = page.getByTestId('pack-report');
	await expect(report).toContainText('Controle van datapakket "den-haag.arrow"');
	await expect(report).toContainText(new RegExp(`Cijfers in het pakket\\s*${nl(observations)}`));
	await expect(report).toContainText(new RegExp(`Cijfers die we toevoegen\\s*${nl(observations)}`));
	await expect(report).toContainText('df_numeric_ver_6.csv');
	await expect(report).toContainText('(nieuw)');
	await expect(report).toContainText('SHA-256');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(
		page.getByText(`"den-haag.arrow" is toegevoegd: ${nl(observations)} cijfers uit 1 bestand.`)
	).toBeVisible({ timeout: 60_000 });

	const check = async () => {
		await expect(page.getByTestId('source-list')).toContainText(
			'df_numeric_ver_6.csv — 2.674 rijen'
		);
		await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM0518');
		await expect(page.getByTestId('indicator-picker').locator('option')).toHaveCount(11);
		await openTrendTable(page);
		const table = page.locator('table', {
			has: page.locator('caption', { hasText: 'alle cijfers' })
		});
		await expect(table.getByRole('rowheader', { name: 'Scheveningen', exact: true })).toBeVisible();
	};
	await check();
	await page.reload();
	await waitUntilReady(page);
	await check();

	// The same pack again, and the CSV it came from: nothing is stored twice.
	await input.setInputFiles(pack);
	await expect(report).toContainText('heb je al toegevoegd. Er is niets dubbel opgeslagen.');
	await expect(report).toContainText('al toegevoegd, slaan we over');
	await expect(page.getByRole('button', { name: 'Toevoegen' })).toBeDisabled();
	await page.getByRole('button', { name: 'Annuleren' }).click();
	await input.setInputFiles(denHaag);
	await expect(page.getByTestId('import-report')).toContainText('heb je al toegevoegd');
	await page.getByRole('button', { name: 'Annuleren' }).click();

	// Listed and deleted like any other file.
	await page.getByRole('button', { name: '"df_numeric_ver_6.csv" verwijderen' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.getByTestId('source-list')).not.toContainText('df_numeric_ver_6.csv');
	await expect(page.getByTestId('gemeente-picker')).not.toHaveValue('GM0518');
});
