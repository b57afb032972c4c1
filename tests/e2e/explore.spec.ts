import { readFileSync } from 'node:fs';
import { expect, openApp, openTrendTable, test, waitUntilReady } from './fixtures';

test('a chart downloads as a valid PNG, as SVG and as CSV with the shown numbers', async ({
	page
}) => {
	await openApp(page);
	const figure = page.locator('figure', { has: page.locator('svg[aria-label^="Lijngrafiek"]') });

	const [png] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'PNG' }).click()
	]);
	const bytes = readFileSync((await png.path())!);
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.length).toBeGreaterThan(5000);
	expect(png.suggestedFilename()).toMatch(/\.png$/);

	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'SVG' }).click()
	]);
	const markup = readFileSync((await svg.path())!, 'utf8');
	expect(markup).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(markup).toContain('Centrum');
	// A pasted image still says what it shows and where the numbers come from.
	const title = (await figure.locator('figcaption h3').textContent())!.trim();
	expect(markup).toContain(`<title>${title} (Fictief voorbeeld)</title>`);
	expect(markup).toContain('Bron: voorbeeldstad-fictief.csv. Gemaakt met Wijkpeil.');
	// The legend under the chart comes along: the reference lines are named in the image too.
	for (const entry of await figure.locator('ul.legend li').allTextContents())
		expect(markup).toContain(`>${entry.trim()}</text>`);
	expect(markup).toContain('(gemeente)</text>');

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'CSV' }).click()
	]);
	const table = readFileSync((await csv.path())!, 'utf8');
	expect(table).toContain('Noorderpark');
	expect(table).toContain('Bron: voorbeeldstad-fictief.csv');
	// Above its header the CSV says what it holds: the title with its label, then the period,
	// the unit and the source, as under the chart.
	// (After the byte order mark that tells Excel the file is UTF-8.)
	const lines = table.replace(/^\uFEFF/, '').split(/\r?\n/);
	const subtitle = (await figure.locator('figcaption .subtitle').textContent())!.trim();
	expect(subtitle).toMatch(/^2014 tot en met 2023\. Eenheid: per 1\.000\. Bron: /);
	expect(lines.slice(0, 3)).toEqual([
		`${title} (Fictief voorbeeld)`,
		subtitle,
		expect.stringMatching(/^Gebied;2014;/)
	]);
});

test('the bounds drawn as bands are in the trend table and its CSV, under each value', async ({
	page
}) => {
	await openApp(page);
	await page
		.getByTestId('indicator-picker')
		.selectOption('Ervaren gezondheid goed of zeer goed (%)');
	const figure = page.locator('figure', { has: page.locator('svg[aria-label^="Lijngrafiek"]') });
	await expect(figure.locator('figcaption h3')).toContainText('Ervaren gezondheid');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'CSV' }).click()
	]);
	const table = readFileSync((await csv.path())!, 'utf8');
	// Each bound on its own row under the values.
	const lines = table.split(/\r?\n/);
	const centrum = lines.findIndex((l) => l.startsWith('Centrum;'));
	expect(lines[centrum + 1]).toMatch(/^Centrum \(ondergrens 95%-marge\);\d/);
	expect(lines[centrum + 2]).toMatch(/^Centrum \(bovengrens 95%-marge\);\d/);
	// And in the table under the chart, below each value.
	await openTrendTable(page);
	await expect(
		page
			.getByTestId('trend-table-toggle')
			.locator('tr', { hasText: 'Centrum' })
			.locator('td')
			.first()
	).toHaveText(/^\d+,\d%\s*95%-marge:\s*\d+,\d% – \d+,\d%$/);
});

test('keyboard alone reaches every control and the data points, which say their value', async ({
	page
}) => {
	await openApp(page);
	const active = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el) return '';
			return `${el.tagName.toLowerCase()}|${el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
		});
	const reached: string[] = [];
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		reached.push(await active());
	}
	const has = (pattern: RegExp) =>
		expect(
			reached.some((r) => pattern.test(r)),
			String(pattern)
		).toBe(true);
	has(/^a\|Naar de inhoud/);
	has(/^select\|gemeente-picker/);
	has(/^select\|indicator-picker/);
	has(/^input\|/);
	has(/^button\|PNG/);
	has(/^summary\|Tabel met alle cijfers/);
	has(/^input\|file-input/);
	has(/^button\|Gegevens wissen/);
	// The chart is one Tab stop in a round through the page (which ends on the page itself, then
	// starts again): the step after its point is the first button under it.
	const round = reached.slice(
		0,
		reached.findIndex((r) => r.startsWith('body|'))
	);
	expect(round.length).toBeGreaterThan(10);
	const points = round.filter((r) => r.startsWith('circle|'));
	expect(points).toHaveLength(1);
	const afterPoint = round[round.indexOf(points[0]!) + 1];
	expect(afterPoint).toMatch(/^(button|a)\|/);
	await expect(page.getByText(/Met de pijltjestoetsen links en rechts/)).toBeVisible();
	// The hint is the chart's description, so a screen reader says it on entering the chart.
	await expect(page.locator('svg[role="group"]').first()).toHaveAccessibleDescription(
		/Met de pijltjestoetsen/
	);

	// From that point the arrow keys reach every point, each saying its value.
	await page.locator('svg[role="group"] circle[tabindex="0"]').first().focus();
	const circles = page.locator('svg[role="group"] circle');
	const total = await circles.count();
	const seen = new Set<string>();
	for (let line = 0; line < 12; line++) {
		await page.keyboard.press('Home');
		for (let k = 0; k < 14; k++) {
			seen.add(await active());
			await page.keyboard.press('ArrowRight');
		}
		await page.keyboard.press('ArrowDown');
	}
	expect([...seen].some((r) => /^circle\|Centrum, 2014: \d/.test(r))).toBe(true);
	expect([...seen].some((r) => /^circle\|Voorbeeldstad( \(gemeente\))?, 2023: \d/.test(r))).toBe(
		true
	);
	expect([...seen].filter((r) => r.startsWith('circle|'))).toHaveLength(total);
	await expect(page.locator('svg[role="group"] [tabindex="0"]')).toHaveCount(1);

	// The tooltip of the focused point goes with Escape; focus stays on the point (WCAG 1.4.13).
	const tooltip = page.locator('svg[role="group"] g.tooltip');
	await page.keyboard.press('ArrowRight');
	await expect(tooltip).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(tooltip).toHaveCount(0);
	expect(await active()).toMatch(/^circle\|/);
});

test('Vergelijking is reachable by keyboard and every wijk point reads its judgement', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('indicator-picker').selectOption('Eenzaamheid (%)');
	await page.getByText('Vergelijking', { exact: true }).click();
	const rows = page.locator('g.row');
	await expect(rows).toHaveCount(8);
	// One wijk is in the tab order; the arrow keys go from wijk to wijk.
	await expect(page.locator('g.row[tabindex="0"]')).toHaveCount(1);
	await rows.first().focus();
	await expect(rows.first()).toHaveAttribute(
		'aria-label',
		/95%-betrouwbaarheidsinterval .*, ((beter|slechter|hoger|lager) dan de gemeente|geen duidelijk verschil met de gemeente|verschil niet getoetst)\.$/
	);
	await page.keyboard.press('ArrowDown');
	await expect(rows.nth(1)).toBeFocused();
	await page.keyboard.press('End');
	await expect(rows.nth(7)).toBeFocused();
	await expect(rows.nth(7)).toHaveAttribute('tabindex', '0');
	await page.keyboard.press('Home');
	await expect(rows.first()).toBeFocused();
	// Its tooltip goes with Escape, and the wijk keeps focus (WCAG 1.4.13).
	await expect(rows.first().locator('text.tip')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(rows.first().locator('text.tip')).toHaveCount(0);
	await expect(rows.first()).toBeFocused();
	// Its outline, which shows where focus is, stays (WCAG 2.4.7); the next wijk has its tooltip.
	await expect(rows.first()).toHaveClass(/focused/);
	await page.keyboard.press('ArrowDown');
	await expect(rows.nth(1).locator('text.tip')).toHaveCount(1);
	await page.keyboard.press('Home');
	// The same numbers in a table: the gemeente and Nederland first, then every wijk with its
	// margin.
	const table = page.getByTestId('compare-table-toggle');
	await table.locator('summary').click();
	const body = table.locator('tbody tr');
	await expect(body).toHaveCount(2 + 8);
	await expect(body.nth(0)).toContainText('Gemeente Voorbeeldstad');
	await expect(body.nth(1)).toContainText('Nederland');
	await expect(body.nth(2)).toContainText(/\d+,\d% tot \d+,\d%/);
	// The table's scrolling box is the next stop after its summary, so the arrow keys scroll it.
	await page.keyboard.press('Tab');
	await expect(table.getByRole('region')).toBeFocused();

	// In 2021 the source did not publish Oude Haven's figure: the CSV says so, as the trend's
	// CSV does, instead of an empty cell that reads as "no data".
	await page.getByTestId('period-picker').selectOption('2021');
	const figure = page.locator('figure', { has: page.getByTestId('period-picker') });
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'CSV' }).click()
	]);
	const lines = readFileSync((await csv.path())!, 'utf8').split(/\r?\n/);
	expect(lines.find((l) => l.startsWith('Oude Haven;'))).toBe(
		'Oude Haven;niet gepubliceerd;;;verschil niet getoetst'
	);
});

test('search an indicator, choose it, set a period range, reload: the same view comes back', async ({
	page
}) => {
	await openApp(page);
	const search = page.getByLabel('Zoek een indicator');
	await search.fill('eenzaam');
	await expect(page.getByTestId('indicator-count')).toHaveText('1 van 4 indicatoren');
	const picker = page.getByTestId('indicator-picker');
	await expect(picker.locator('optgroup[label$="· Welzijn en meedoen"] option')).toHaveText([
		'Eenzaamheid (%)'
	]);
	await search.press('Enter');
	await expect(picker).toHaveValue('Eenzaamheid (%)');
	await expect(page.getByTestId('indicator-info')).toHaveText(
		/^In gewone woorden: Voelt zich eenzaam · Eenheid: % · Percentage .* · Bron: voorbeeldstad-fictief\.csv$/
	);

	await page.getByTestId('period-from').selectOption('2016');
	await page.getByTestId('period-to').selectOption('2020');
	const subtitle = page.locator('figure p.subtitle').first();
	await expect(subtitle).toHaveText(/^2016 tot en met 2020\. /);
	await openTrendTable(page);
	await expect(page.getByRole('region', { name: /alle cijfers/ }).locator('thead th')).toHaveText([
		'Gebied',
		'2016',
		'2017',
		'2018',
		'2019',
		'2020'
	]);
	await expect(page).toHaveURL(/[?&]f=2016(&|$)/);
	await expect(page).toHaveURL(/[?&]t=2020(&|$)/);

	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByTestId('indicator-picker')).toHaveValue('Eenzaamheid (%)');
	await expect(page.getByTestId('period-from')).toHaveValue('2016');
	await expect(page.getByTestId('period-to')).toHaveValue('2020');
	await expect(subtitle).toHaveText(/^2016 tot en met 2020\. /);

	// Vergelijking picks its single period inside the range: the latest, 2020.
	await page.getByText('Vergelijking', { exact: true }).click();
	const period = page.getByTestId('period-picker');
	await expect(period).toHaveValue('2020');
	await expect(period.locator('option')).toHaveText(['2016', '2017', '2018', '2019', '2020']);
});

test('the user names an indicator and says which way is better: titles, picker and flags follow, after a reload too', async ({
	page
}) => {
	await openApp(page);
	const picker = page.getByTestId('indicator-picker');
	await picker.selectOption('Moeite met rondkomen (%)');
	await page.getByText('Vergelijking', { exact: true }).click();
	const rows = page.locator('g.row');
	await expect(rows).toHaveCount(8);
	const judgements = async () =>
		(await rows.evaluateAll((all) => all.map((r) => r.getAttribute('aria-label') ?? ''))).join(
			'\n'
		);
	// The catalogue knows that fewer people struggling is better: differing wijken are better or worse.
	expect(await judgements()).toMatch(/(beter|slechter) dan de gemeente\./);

	const panel = page.locator('details.meta');
	await panel.locator('summary').click();
	await expect(panel).toContainText('Uit de ingebouwde lijst van indicatoren.');
	await panel.getByTestId('meta-name').fill('Rondkomen lukt moeilijk');
	await panel.getByTestId('meta-label').fill('Moeite met geld');
	await panel.getByTestId('direction-picker').selectOption('neutraal');
	await panel.getByRole('button', { name: 'Opslaan' }).click();

	await expect(page.locator('figure h3').first()).toContainText('Rondkomen lukt moeilijk');
	await expect(picker.locator('option:checked')).toHaveText('Rondkomen lukt moeilijk');
	// Direction unknown now: higher or lower only, never better or worse.
	await expect.poll(judgements).toMatch(/(hoger|lager) dan de gemeente\./);
	expect(await judgements()).not.toMatch(/(beter|slechter) dan de gemeente/);

	await page.reload();
	await waitUntilReady(page);
	await expect(page.locator('figure h3').first()).toContainText('Rondkomen lukt moeilijk');
	await expect(page.locator('details.meta summary')).toHaveText(
		'Over deze indicator: Rondkomen lukt moeilijk'
	);
	await expect(page.locator('details.meta')).toContainText('Door jou aangepast.');
	// The B1 label shows under the picker and the search finds the indicator by it.
	await expect(page.getByTestId('indicator-info')).toContainText(
		'In gewone woorden: Moeite met geld'
	);
	await page.getByLabel('Zoek een indicator').fill('moeite geld');
	await expect(picker.locator('option')).toHaveText(['Rondkomen lukt moeilijk']);
	await page.getByLabel('Zoek een indicator').fill('');
	await expect(rows).toHaveCount(8);
	await expect.poll(judgements).toMatch(/(hoger|lager) dan de gemeente\./);
	expect(await judgements()).not.toMatch(/(beter|slechter) dan de gemeente/);
});

test('on a 320 px wide screen every view fits: nothing to scroll sideways (WCAG 1.4.10)', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await openApp(page);
	const views = page.locator('fieldset.views label');
	await expect(views).toHaveCount(5);
	for (let i = 0; i < 5; i++) {
		await views.nth(i).click();
		await expect(page.locator('figure').first()).toBeVisible();
		// The page itself never scrolls sideways; a wide table may, inside its own box.
		const widths = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			screen: window.innerWidth
		}));
		expect(widths.page, (await views.nth(i).textContent()) ?? '').toBeLessThanOrEqual(
			widths.screen
		);
		// The line and dot charts fit their box instead of hiding dots beyond its edge.
		for (const chart of await page.locator('figure .chart').all()) {
			const box = await chart.evaluate((c) => ({ inner: c.scrollWidth, outer: c.clientWidth }));
			expect(box.inner).toBeLessThanOrEqual(box.outer);
		}
	}

	// A point's tooltip wraps inside the chart instead of running off both edges.
	await views.first().click();
	const point = page.locator('svg[role="group"] circle[tabindex="0"]');
	await point.focus();
	for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowDown');
	const tip = await page.locator('g.tooltip').evaluate((g: SVGGElement) => {
		const svg = g.ownerSVGElement!.getBoundingClientRect();
		const box = g.getBoundingClientRect();
		return { left: box.left - svg.left, right: box.right - svg.left, width: svg.width };
	});
	expect(tip.left).toBeGreaterThanOrEqual(0);
	expect(tip.right).toBeLessThanOrEqual(tip.width);
	// This one is too long for one line at this width (name, value and 95% margin).
	expect(await page.locator('g.tooltip tspan').count()).toBeGreaterThan(1);
});
