import path from 'node:path';
import { expect, openApp, openTrendTable, test, waitUntilReady } from './fixtures';

const real = (relative: string) =>
	path.resolve(import.meta.dirname, '../../../shared/data/real', relative);

test('a StatLine export (RIVM 50090NED) is recognised, checked and stored as model estimates', async ({
	page
}) => {
	await openApp(page);
	await page
		.getByTestId('file-input')
		.setInputFiles(real('rivm-gezondheid-per-wijk/50090NED_18plus_2012-2016-2020_NL-GM-WK.csv'));
	await expect(page.getByTestId('profile')).toHaveText(
		'RIVM Gezondheid per wijk en buurt (StatLine)'
	);
	const report = page.getByTestId('import-report');
	await expect(report).toContainText('Rijen in het bestand');
	await expect(report).toContainText('10.599');
	await expect(report).toContainText('Geen meldingen');
	// The columns that no role reads are named, so that none is left out unseen.
	await expect(page.getByTestId('import-unused-columns')).toHaveText(
		'Deze kolommen gebruiken we niet: "ID", "SoortRegio_2" en "Codering_3". Staan daar cijfers in die je wilt toevoegen? Kies dan hierboven welke kolom wat is.'
	);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/is toegevoegd: 10\.599 rijen/)).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('gemeente-picker').locator('option')).not.toHaveCount(1);
	await expect(page.getByTestId('source-list')).toContainText('50090NED');
	await expect(page.locator('figure .badge.model')).toHaveText('Modelschatting');
	await expect(page.getByTestId('model-note')).toContainText('modelschatting');

	// Vergelijking for 2020: gemeente and Nederland as references, no wijk flagged without intervals.
	await page.getByTestId('indicator-picker').selectOption('ErvarenGezondheidGoedZeerGoed_4');
	await page.getByText('Vergelijking', { exact: true }).click();
	await page.getByTestId('period-picker').selectOption('2020');
	const figure = page.locator('figure', { has: page.getByTestId('period-picker') });
	await expect(figure.locator('.reference text').first()).toContainText('Gemeente');
	await expect(figure.locator('.reference text').nth(1)).toHaveText('Nederland');
	await expect(figure.locator('.badge.model')).toHaveText('Modelschatting');
	await expect(page.getByTestId('compare-subtitle')).toHaveText(/^2020\. .*Bron: 50090NED/);
	await expect(page.getByTestId('untested')).toContainText(
		'niet zeggen of een wijk echt verschilt'
	);
	await expect(figure.locator('g.row').first()).toHaveAttribute(
		'aria-label',
		/verschil niet getoetst/
	);

	// The view is in the URL: reopening it shows the same comparison.
	await expect(page).toHaveURL(/v=vergelijking/);
	await expect(page).toHaveURL(/p=2020/);
	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByTestId('period-picker')).toHaveValue('2020');

	// The Ontwikkeling writes the catalogue's unit (%) as the Vergelijking does, though the file
	// has none: its table and text alternative too.
	await page.getByText('Ontwikkeling', { exact: true }).click();
	await openTrendTable(page);
	const cells = page.getByTestId('trend-table-toggle').locator('tbody td');
	await expect(cells.filter({ hasText: /\d$/ })).toHaveCount(0);
	// A value, then (where the file gives them) its margin: "71,4% 95%-marge: 69,0% – 73,8%".
	await expect(cells.filter({ hasText: /^\s*\d+,\d%(\s|$)/ }).first()).toBeVisible();
	await expect(page.locator('figure svg[role="group"]').first()).toHaveAttribute(
		'aria-label',
		/\d%/
	);
});

test('a file that needs a mapping: the user names the period, sees the preview, and imports', async ({
	page
}) => {
	await openApp(page);
	const csv =
		'Wijkcode;Wijk;Score A;Score B\nWK999901;Centrum;7,5;6,0\nWK999902;Oude Haven;x;5,5\n';
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'eigen-meting.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByRole('alert')).toContainText('Kies welke kolom de periode bevat');
	await expect(page.getByRole('button', { name: 'Toevoegen' })).toBeDisabled();
	await page.getByTestId('fixed-period').fill('2024');
	const preview = page.getByRole('region', { name: 'Zo slaan we de eerste rijen op' });
	await expect(preview).toContainText('WK999902');
	await expect(preview).toContainText('niet gepubliceerd');
	await page.getByTestId('profile-name').fill('Eigen meting');
	await page.getByRole('button', { name: 'Deze indeling bewaren' }).click();
	await expect(page.getByText('Indeling "Eigen meting" is bewaard.')).toBeVisible();
	await expect(page.getByTestId('import-report')).toContainText('Rijen die we gebruiken');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"eigen-meting.csv" is toegevoegd: 2 rijen/)).toBeVisible();
	await page.getByRole('button', { name: 'Sluiten' }).click();

	// The next file with the same columns gets the saved mapping straight away.
	const next = csv.replace('7,5', '8,0');
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'eigen-meting-2.csv', mimeType: 'text/csv', buffer: Buffer.from(next) });
	await expect(page.getByTestId('profile')).toHaveText('Eigen meting');
	await expect(page.getByTestId('fixed-period')).toHaveValue('2024');
	await expect(page.getByRole('button', { name: 'Toevoegen' })).toBeEnabled();
});

test('a StatLine file with Marges: the preview shows only the values, the bounds go with them', async ({
	page
}) => {
	await openApp(page);
	// Fictitious, in the layout of 50090NED with its 95% bounds as rows.
	const row = (id: number, margin: string, code: string, health: string, smoker: string) =>
		`${id};20300;${margin};${code}  ;2020JJ00;Amsterdam;Wijk;${code};${health};${smoker}`;
	const csv = [
		'ID;Leeftijd;Marges;WijkenEnBuurten;Perioden;Gemeentenaam_1;SoortRegio_2;Codering_3;ErvarenGezondheidGoedZeerGoed_4;Roker_11',
		row(0, 'MW00000', 'WK036300', '76.1', '20.0'),
		row(1, 'MOG0095', 'WK036300', '74.0', '18.0'),
		row(2, 'MBG0095', 'WK036300', '78.2', '22.0'),
		row(3, 'MW00000', 'WK036301', '70.5', '25.0'),
		row(4, 'MOG0095', 'WK036302', '60.0', '30.0')
	].join('\r\n');
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'marges-fictief.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	const preview = page.getByRole('region', { name: 'Zo slaan we de eerste rijen op' });
	await expect(preview.locator('tbody tr')).toHaveCount(4);
	await expect(preview).toContainText('76,1');
	await expect(preview).not.toContainText('74');
	const report = page.getByTestId('import-report');
	await expect(report).toContainText(/Rijen die we gebruiken\s*4/);
	await expect(report.locator('tbody tr')).toHaveCount(1);
	await expect(report.locator('tbody tr')).toContainText(
		'de regel met de waarde zelf (MW00000) ontbreekt'
	);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"marges-fictief.csv" is toegevoegd: 4 rijen/)).toBeVisible();
});

test('a GGD file of 65-plussers says so under every chart, so it is not read as everyone', async ({
	page
}) => {
	await openApp(page);
	await page
		.getByTestId('file-input')
		.setInputFiles(
			real('ggd-gezondheidsmonitor-65plus/ervarengezondheid_65plus_2020_gemeente.csv')
		);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/is toegevoegd: 355 rijen/)).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Sluiten' }).click();
	await page.getByTestId('gemeente-picker').selectOption('GM0363');
	await expect(page.locator('figure p.subtitle').first()).toContainText('65 jaar of ouder');
	await page.getByText('Vergelijking', { exact: true }).click();
	await expect(page.getByTestId('compare-subtitle')).toContainText('65 jaar of ouder');
});

test('rows with too few or too many fields are not in the preview of what is stored', async ({
	page
}) => {
	await openApp(page);
	await page
		.getByTestId('file-input')
		.setInputFiles(path.resolve(import.meta.dirname, '../../../shared/data/bad/ragged-rows.csv'));
	const preview = page.getByRole('region', { name: 'Zo slaan we de eerste rijen op' });
	await expect(preview).toContainText('WK036300');
	// Both short and long rows are reported as not read; the preview does not show them stored.
	await expect(page.getByTestId('import-report')).toContainText('WK036301');
	await expect(preview).not.toContainText('WK036301');
	await expect(preview).not.toContainText('WK036302');
	await expect(preview).toContainText('Rijen met te veel of te weinig kolommen staan hier niet');
});

test('CBS Kerncijfers: a count (inhabitants) is not set beside the gemeente and Nederland', async ({
	page
}) => {
	await openApp(page);
	await page
		.getByTestId('file-input')
		.setInputFiles(real('cbs-kerncijfers-wijken-buurten-2020/84799NED_NL-GM-WK.csv'));
	await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
	await expect(page.getByText(/84799NED_NL-GM-WK.csv" is toegevoegd/)).toBeVisible({
		timeout: 60_000
	});
	await page.getByRole('button', { name: 'Sluiten' }).click();
	await page.getByTestId('gemeente-picker').selectOption('GM0363');
	const picker = page.getByTestId('indicator-picker');
	const choose = async (name: string) => {
		const label = (await picker.locator('option').allTextContents()).find((o) =>
			o.startsWith(name)
		);
		await picker.selectOption({ label: label! });
	};
	const legend = page.getByRole('list', { name: 'Legenda' });

	// 872.757 inhabitants beside wijken of 4.000: the wijken would be a flat line at the bottom.
	await choose('Aantal inwoners');
	await expect(page.getByTestId('counts-note')).toBeVisible();
	await expect(legend).not.toContainText('(gemeente)');
	await expect(legend).not.toContainText('Nederland');
	await page.getByText('Vergelijking', { exact: true }).click();
	await expect(page.getByTestId('untested')).toContainText('Dit zijn aantallen');
	const chartTexts = await page
		.locator('svg[aria-describedby="compare-keys-hint"] text')
		.allTextContents();
	expect(chartTexts.length).toBeGreaterThan(10);
	expect(chartTexts.join(' ')).not.toMatch(/Nederland|Gemeente Amsterdam/);

	// A density is comparable: the gemeente and Nederland come back.
	await page.getByText('Ontwikkeling', { exact: true }).click();
	await choose('Bevolkingsdichtheid');
	await expect(legend).toContainText('Amsterdam (gemeente)');
	await expect(legend).toContainText('Nederland');
	await expect(page.getByTestId('counts-note')).toHaveCount(0);
});
