import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test, waitUntilReady, wipeAllData } from './fixtures';

const samples = path.resolve(import.meta.dirname, '../../data-samples');
const pilotFile = (name: string) =>
	path.join(samples, `pilot/basisbaan-voorbeeldstad-fictief-${name}.csv`);

/** A sample CSV read straight from the file: one record per line. */
function records(file: string): Record<string, string>[] {
	const [head, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
	const columns = head!.split(';');
	return lines.map((line) => {
		const cells = line.split(';');
		return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
	});
}
const one = (n: number) =>
	new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
const typed = (n: number) => String(Number(n.toFixed(1))).replace('.', ',');
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** The status rule of the view, written out again: gehaald, op koers (progress ≥ time) or achter. */
function status(
	baseline: number,
	from: string,
	goal: number,
	to: string,
	value: number,
	at: string
) {
	if (goal > baseline ? value >= goal : value <= goal) return 'Gehaald';
	const expected = Math.min(1, Math.max(0, (day(at) - day(from)) / (day(to) - day(from))));
	return (value - baseline) / (goal - baseline) >= expected ? 'Op koers' : 'Achter';
}

async function addFile(page: Page, file: string) {
	await page.getByTestId('file-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText(`"${path.basename(file)}" is toegevoegd`)).toBeVisible();
	await page.getByRole('button', { name: 'Sluiten' }).click();
}

/** Moves focus with the Tab key (or Shift+Tab) until `target` has it. */
async function tabTo(page: Page, target: Locator, key = 'Tab') {
	for (let i = 0; i < 60; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error('could not reach the element with the keyboard');
}

test('Doelen: a doelenboom with a proces and an effect target, progress from the files, kept after a reload', async ({
	page
}) => {
	// Numbers computed here from the sample files themselves.
	const proces = records(pilotFile('procesregistratie'));
	const reach = (periode: string) => {
		const rows = proces.filter((r) => r.periode === periode);
		const sum = (c: string) => rows.reduce((s, r) => s + Number(r[c]), 0);
		return (100 * sum('gestart')) / sum('doelgroep');
	};
	const group = new Map(records(pilotFile('deelnemers')).map((d) => [d.deelnemer_id, d]));
	const who5 = (moment: string) =>
		records(pilotFile('metingen')).filter(
			(m) =>
				m.meetmoment === moment &&
				m.welbevinden_who5 !== '' &&
				group.get(m.deelnemer_id!)?.groep === 'pilot'
		);
	const nul = mean(who5('nulmeting').map((m) => Number(m.welbevinden_who5)));
	const eind = who5('eindmeting');
	const eindMean = mean(eind.map((m) => Number(m.welbevinden_who5)));
	const eindDates = eind.map((m) => m.datum!).sort();
	const eindDate = eindDates[Math.floor((eindDates.length - 1) / 2)]!;
	const westerkwartier = eind.filter((m) => group.get(m.deelnemer_id!)!.wijkcode === 'WK999908');
	expect(westerkwartier.length).toBeLessThan(10);

	await openApp(page);
	await wipeAllData(page);
	await addFile(page, path.join(samples, 'voorbeeldstad-fictief.csv'));
	for (const name of ['deelnemers', 'metingen', 'procesregistratie'])
		await addFile(page, pilotFile(name));

	await page.getByTestId('section-pilot').click();
	await page.getByRole('radio', { name: 'Doelen' }).check();
	const view = page.getByTestId('goals-view');
	await expect(view.getByText('Er zijn nog geen doelen.')).toBeVisible();

	// A hoofddoel with the mouse.
	await view.getByRole('button', { name: 'Hoofddoel toevoegen' }).click();
	await view.getByLabel('Tekst van het hoofddoel').fill('Meer inwoners doen mee');
	await view.getByLabel('Eigenaar').fill('Wethouder Werk en Inkomen');
	await view.getByRole('button', { name: 'Opslaan' }).click();
	await expect(
		view.getByRole('heading', { name: 'Hoofddoel: Meer inwoners doen mee' })
	).toBeVisible();

	// A subdoel and the bereik target with the keyboard only.
	await tabTo(
		page,
		view.getByRole('button', { name: 'Subdoel toevoegen: Meer inwoners doen mee' }),
		'Shift+Tab'
	);
	await page.keyboard.press('Enter');
	await page.keyboard.type('Bereik en welbevinden omhoog');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Projectleider Basisbaan');
	await page.keyboard.press('Enter');
	const sub = 'Bereik en welbevinden omhoog';
	await expect(view.getByRole('heading', { name: `Subdoel: ${sub}` })).toBeVisible();

	await tabTo(
		page,
		view.getByRole('button', { name: `Cijfer met streefwaarde toevoegen: ${sub}` })
	);
	await page.keyboard.press('Enter');
	const indicator = view.getByLabel('Welk cijfer?');
	await expect(indicator).toBeFocused();
	await page.keyboard.press('ArrowDown'); // the first cijfer: Proces → Bereik
	await expect(indicator).toHaveValue('proces:bereik');
	await page.keyboard.press('Tab'); // wijk: alle wijken samen
	await page.keyboard.press('Tab');
	const type = view.getByLabel('Soort doel');
	await expect(type).toBeFocused();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
	await expect(type).toHaveValue('min_reach');
	await tabTo(page, view.getByRole('button', { name: 'Eerste cijfer uit de gegevens invullen' }));
	await page.keyboard.press('Enter');
	const first = reach('2024-Q1');
	await expect(view.getByLabel('Beginwaarde', { exact: true })).toHaveValue(typed(first));
	await expect(view.getByLabel('Datum van de beginwaarde')).toHaveValue('2024-03-31');
	await page.keyboard.press('Tab');
	await page.keyboard.type('15');
	await page.keyboard.press('Tab');
	await page.keyboard.type('31-12-2026');
	await page.keyboard.press('Enter');

	// The effect target, with the mouse.
	await view.getByRole('button', { name: `Cijfer met streefwaarde toevoegen: ${sub}` }).click();
	await view.getByLabel('Welk cijfer?').selectOption('effect:welbevinden_who5');
	await expect(view.getByLabel('Welke groep deelnemers?')).toHaveValue('');
	await view.getByLabel('Beginwaarde', { exact: true }).fill(typed(nul));
	await view.getByLabel('Datum van de beginwaarde').fill('2024-03-01');
	await view.getByLabel('Streefwaarde', { exact: true }).fill('60');
	await view.getByLabel('Streefdatum').fill('2026-06-30');
	await view.getByRole('button', { name: 'Opslaan' }).click();

	const targets = view.getByTestId('target');
	await expect(targets).toHaveCount(2);

	async function checkTargets() {
		const bereik = targets.nth(0);
		const latest = reach('2025-Q4');
		await expect(bereik.getByRole('heading')).toHaveText(
			'Bereik: gestart, als deel van de doelgroep (%)'
		);
		await expect(bereik.locator('tr[data-area="totaal"] td').first()).toHaveText(`${one(latest)}%`);
		await expect(bereik.getByTestId('target-status')).toContainText(
			status(
				Number(typed(first).replace(',', '.')),
				'2024-03-31',
				15,
				'2026-12-31',
				latest,
				'2025-12-31'
			)
		);

		const effect = targets.nth(1);
		await expect(effect.getByRole('heading')).toHaveText('Welbevinden (WHO-5): gemiddelde');
		const total = effect.locator('tr[data-area="totaal"] td');
		await expect(total.nth(0)).toHaveText(one(eindMean));
		await expect(total.nth(2)).toHaveText(String(eind.length));
		await expect(total.nth(3)).toHaveText('eindmeting');
		await expect(effect.getByTestId('target-status')).toContainText(
			status(
				Number(typed(nul).replace(',', '.')),
				'2024-03-01',
				60,
				'2026-06-30',
				eindMean,
				eindDate
			)
		);
		// Westerkwartier has fewer than 10 people at the eindmeting: hidden, and one more wijk
		// too, so the total does not give it away.
		await expect(effect.locator('tr[data-area="WK999908"]')).toContainText(
			'Verborgen: minder dan 10 personen.'
		);
		await expect(effect.getByText('Verborgen, zodat je een andere verborgen groep')).toHaveCount(1);
	}
	await checkTargets();

	// Everything is stored in the browser (OPFS): after a reload the tree is still there.
	await page.reload();
	await waitUntilReady(page);
	await page.getByTestId('section-pilot').click();
	await page.getByRole('radio', { name: 'Doelen' }).check();
	await expect(
		view.getByRole('heading', { name: 'Hoofddoel: Meer inwoners doen mee' })
	).toBeVisible();
	await expect(view.getByText('Eigenaar: Projectleider Basisbaan')).toBeVisible();
	await expect(targets).toHaveCount(2);
	await checkTargets();

	// Deleting asks first; "Nee" keeps the target, "Ja" removes it.
	await targets.nth(1).getByRole('button', { name: 'Verwijderen' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('button', { name: 'Nee, bewaren' }).click();
	await expect(targets).toHaveCount(2);
	await targets.nth(1).getByRole('button', { name: 'Verwijderen' }).click();
	await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(targets).toHaveCount(1);
});
