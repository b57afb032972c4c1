import { expect, openApp, openTrendTable, test, waitUntilReady } from './fixtures';

/** A fictitious spreadsheet export: Windows-1252, `;`, decimal comma, long layout, a title line. */
function windows1252Csv(): Buffer {
	const lines = [
		'Export proefgemeente (fictief)',
		'Gebiedscode;Gebiedsnaam;Indicator;Periode;Waarde',
		'GM9998;Proefdorp;Tevredenheid woonomgeving (%);2022;71,5',
		'GM9998;Proefdorp;Tevredenheid woonomgeving (%);2023;72,0',
		'WK999801;Brinkzijde;Tevredenheid woonomgeving (%);2022;68,25',
		'WK999801;Brinkzijde;Tevredenheid woonomgeving (%);2023;',
		'WK999802;Stationskwartier;Tevredenheid woonomgeving (%);2022;.',
		'WK999802;Stationskwartier;Tevredenheid woonomgeving (%);2023;74,1',
		'WK999803;Café-eiland’s;Tevredenheid woonomgeving (%);2023;80'
	];
	return Buffer.from(lines.join('\r\n'), 'latin1');
}

test('a long-layout Windows-1252 file with ; and decimal commas imports with its values and names', async ({
	page
}) => {
	await openApp(page);
	const bytes = windows1252Csv();
	// The curly apostrophe is byte 0x92 in Windows-1252; latin1 encoding above wrote U+2019 as 0x19.
	bytes[bytes.lastIndexOf(0x19)] = 0x92;
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'proefdorp.csv', mimeType: 'text/csv', buffer: bytes });
	await expect(page.getByText('windows-1252')).toBeVisible();
	await expect(page.getByTestId('layout-picker')).toHaveValue('long');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"proefdorp.csv" is toegevoegd: 7 rijen/)).toBeVisible();

	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9998');
	await openTrendTable(page);
	const table = page.locator('table', {
		has: page.locator('caption', { hasText: 'alle cijfers' })
	});
	await expect(table.getByRole('row', { name: /Brinkzijde/ })).toContainText('68,3%');
	await expect(table.getByRole('row', { name: /Brinkzijde/ })).toContainText('geen gegevens');
	await expect(table.getByRole('row', { name: /Stationskwartier/ })).toContainText(
		'niet gepubliceerd'
	);
	await expect(table.getByRole('rowheader', { name: 'Café-eiland’s' })).toBeVisible();
});

test('a gap in the data is a break in the line, not a drop to zero', async ({ page }) => {
	await openApp(page);
	// Noorderpark (WK999903) has no values for 2017 and 2018 in the sample.
	const path = page.locator('g.series[data-key="WK999903"] path');
	await expect(path).toHaveCount(1);
	const d = await path.getAttribute('d');
	expect(d!.match(/M/g)).toHaveLength(2);
	const zeroTick = page.locator('figure svg .grid text', { hasText: /^0$/ });
	await expect(zeroTick).toHaveCount(0);
});

test('years with more time between them stand further apart in the trend chart', async ({
	page
}) => {
	await openApp(page);
	// A fictitious monitor measured in 2016, 2020 and 2022: 2020 → 2022 is half of 2016 → 2020.
	const lines = ['gebiedscode;gebiedsnaam;indicator;periode;waarde'];
	for (const [year, value] of [
		['2016', '40,1'],
		['2020', '42,5'],
		['2022', '44,0']
	])
		lines.push(
			`GM9997;Tussenveen;Sport wekelijks (%);${year};${value}`,
			`WK999701;Molenwijk;Sport wekelijks (%);${year};${value}`
		);
	await page.getByTestId('file-input').setInputFiles({
		name: 'tussenveen.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(lines.join('\n'))
	});
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"tussenveen.csv" is toegevoegd: 6 rijen/)).toBeVisible();
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9997');

	const points = page.locator('g.series.gemeente circle');
	await expect(points).toHaveCount(3);
	const xs = await points.evaluateAll((circles) =>
		circles.map((c) => Number(c.getAttribute('cx')))
	);
	expect((xs[2]! - xs[1]!) / (xs[1]! - xs[0]!)).toBeCloseTo(0.5, 2);
});

test('figures per year and per quarter are never joined in one line: the user picks the kind', async ({
	page
}) => {
	await openApp(page);
	// A fictitious CBS-like table: four quarters and the totals of 2022 and 2023; Nederland only
	// per year.
	const lines = ['gebiedscode;gebiedsnaam;indicator;periode;waarde'];
	for (const [period, value] of [
		['2022', '50'],
		['2023', '52'],
		['2022-Q4', '19'],
		['2023-Q1', '20'],
		['2023-Q2', '21'],
		['2023-Q3', '22']
	])
		lines.push(
			`GM9995;Kwartdorp;Meldingen overlast;${period};${value}`,
			`WK999501;Dijkzijde;Meldingen overlast;${period};${value}`
		);
	lines.push(
		'NL00;Nederland;Meldingen overlast;2022;48',
		'NL00;Nederland;Meldingen overlast;2023;49'
	);
	await page.getByTestId('file-input').setInputFiles({
		name: 'kwartdorp.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(lines.join('\n'))
	});
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"kwartdorp.csv" is toegevoegd: 14 rijen/)).toBeVisible();
	await page.getByRole('button', { name: 'Sluiten' }).click();
	await expect(page.getByTestId('gemeente-picker')).toHaveValue('GM9995');

	// The kind with the most periods first: the quarters, and only they. Nederland has none, and
	// the chart says so.
	const kind = page.getByTestId('kind-picker');
	await expect(kind.locator('option')).toHaveText(['Per jaar', 'Per kwartaal']);
	await expect(kind).toHaveValue('kwartaal');
	await openTrendTable(page);
	const header = page.getByRole('region', { name: /alle cijfers/ }).locator('thead th');
	await expect(header).toHaveText(['Gebied', '2022 K4', '2023 K1', '2023 K2', '2023 K3']);
	await expect(page.locator('g.series[data-key="WK999501"] circle')).toHaveCount(4);
	await expect(page.getByTestId('nederland-other-kind')).toHaveText(
		'Nederland heeft geen cijfers per kwartaal. Daarom staat Nederland hier niet bij.'
	);

	await kind.selectOption({ label: 'Per jaar' });
	await expect(header).toHaveText(['Gebied', '2022', '2023']);
	await expect(page.locator('g.series[data-key="WK999501"] circle')).toHaveCount(2);
	await expect(page.locator('g.series[data-key="NL00"] circle')).toHaveCount(2);
	await expect(page.getByTestId('nederland-other-kind')).toHaveCount(0);

	// A range keeps covering the same time in the other kind: 2023 is 2023 K1 to K3.
	await page.getByTestId('period-from').selectOption('2023');
	await expect(header).toHaveText(['Gebied', '2023']);
	await kind.selectOption({ label: 'Per kwartaal' });
	await expect(header).toHaveText(['Gebied', '2023 K1', '2023 K2', '2023 K3']);
	await expect(page).toHaveURL(/[?&]f=2023\+K1(&|$)/);
	await kind.selectOption({ label: 'Per jaar' });
	await expect(header).toHaveText(['Gebied', '2023']);
	await expect(page).toHaveURL(/[?&]k=jaar(&|$)/);
	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByTestId('kind-picker')).toHaveValue('jaar');
	// The Overzicht takes the same kind: the latest year, not the latest quarter.
	await page.getByText('Overzicht', { exact: true }).click();
	const period = page.locator('thead th span.period');
	await expect(period).toHaveText(['2023']);
	await page.getByTestId('kind-picker').selectOption('kwartaal');
	await expect(period).toHaveText(['2023 K3']);
});

test('choosing a file that was already added says so, without what adding it would do', async ({
	page
}) => {
	await openApp(page);
	const file = (name: string, value: string) => ({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(`gebiedscode;indicator;periode;waarde\nWK999901;Proef (%);2022;${value}\n`)
	});
	const input = page.getByTestId('file-input');
	await input.setInputFiles(file('eerste.csv', '10'));
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"eerste.csv" is toegevoegd/)).toBeVisible();
	// A second file with the same key: the report says its figures will be the ones shown.
	await input.setInputFiles(file('tweede.csv', '12'));
	await expect(page.getByTestId('import-overlaps')).toBeVisible();
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(/"tweede.csv" is toegevoegd/)).toBeVisible();
	// The first file again: already added, nothing to add, so no "you will see these figures".
	await input.setInputFiles(file('eerste.csv', '10'));
	await expect(page.getByTestId('import-report')).toContainText('heb je al toegevoegd');
	await expect(page.getByTestId('import-overlaps')).toHaveCount(0);
});
