#!/usr/bin/env node
/**
 * `npm run bench:explore`: how quickly the explorer answers once a large file is loaded, against
 * the engine's own time for the same query, and how much JavaScript the app ships.
 *
 * 1. Writes the deterministic 1,000,000-row long-format CSV of bench:import (./long-csv.js), builds
 *    the app when the build is missing or older than the sources, and serves it with `vite
 *    preview` on its own port.
 * 2. In headless Debian Chromium with a fresh profile (a fresh OPFS database), opens the app with
 *    `?bench=explore` (src/lib/bench/explore-hook.ts) and imports the file through the file input
 *    and "Toevoegen", once.
 * 3. Switches the indicator and a wijk checkbox in turn, 50 times. Each control is first scrolled
 *    into view, as a person would (not timed); each switch is timed on the page's own clock from
 *    the `change` event to the paint after the chart's last DOM update for it.
 * 4. Runs the explorer's query for each indicator switch again, bare, through the database
 *    handle: the same SQL and parameters the app sent, recorded by the hook.
 * 5. Closes the browser and opens the app again on the same profile, several times: the time
 *    from navigation to the painted first chart, with the data already stored.
 * 6. Prints the figures against the targets, the gzip size of the JavaScript (./size.js), and
 *    writes bench-results/explore.json.
 *
 * A missed target does not fail the process: this is a benchmark. Exit 1 only when it cannot run.
 * Options: --switches N (50), --opens N (5), --rows N (1000000), --port N (4274), --build,
 * --no-build, --table-open (switch with the table of all numbers open under the chart). On a shared machine wrap it in the build lock: another build would replace the
 * files being served.
 */
import { renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
	ensureBuild,
	flag,
	log,
	machine,
	median,
	newProfile,
	option,
	percentile,
	printTable,
	root,
	startPreview,
	withBrowser
} from './harness.js';
import { writeLongCsv } from './long-csv.js';
import { measureSizes, printSizes, sizeRows } from './size.js';

const SWITCHES = option('switches', 50);
const OPENS = option('opens', 5);
const ROWS = option('rows', 1_000_000);
const PORT = option('port', 4274);
/** Switch with the table of all numbers open (it is closed by default and then not built). */
const TABLE_OPEN = flag('table-open');
const BASE = `http://localhost:${PORT}`;
const URL = `${BASE}/?bench=explore`;
const IMPORT_TIMEOUT = 600_000;
/** The app counts as done when no request is open and no chart changed for this long. */
const QUIET_MS = 300;

const TARGETS = { p95Ms: 100, ratio: 2, firstChartMs: 2500 };

const outDir = path.join(root, 'bench-results');
const csvPath = path.join(outDir, 'wijkpeil-bench-long.csv');
const jsonPath = path.join(outDir, `explore${TABLE_OPEN ? '-table-open' : ''}.json`);

const ms = (x) => (x === null ? '–' : `${Math.round(x)} ms`);
const sec = (x) => (x === null ? '–' : `${(x / 1000).toFixed(2)} s`);

/**
 * Waits until the app is idle: no open database request and the charts quiet for QUIET_MS. With
 * `since`, the chart must also have changed after that moment: between the database's answer and
 * the redraw there is a moment with no request open and nothing changed yet.
 */
async function waitIdle(page, timeout = 60_000, since = null) {
	await page.waitForFunction(
		([quiet, since]) => {
			const x = window.__wijkpeilExplore;
			if (!x || x.pending() > 0) return false;
			const paints = performance.getEntriesByName('explore:paint');
			const lastPaint = paints.at(-1)?.startTime ?? -1;
			const change = x.lastChartChange();
			if (since !== null && change < since) return false;
			return lastPaint >= change && performance.now() - change > quiet;
		},
		[QUIET_MS, since],
		{ timeout, polling: 50 }
	);
}

async function open(page) {
	await page.goto(URL);
	await page.locator('main[data-status="ready"]').waitFor({ timeout: 120_000 });
	if ((await page.evaluate(() => window.__wijkpeilExplore === undefined)) === true)
		throw new Error('the build has no explore hook (src/lib/bench/explore-hook.ts): use --build');
	await waitIdle(page);
}

async function importFile(page) {
	const start = Date.now();
	await page.getByTestId('file-input').setInputFiles(csvPath);
	const add = page.getByRole('button', { name: 'Toevoegen', exact: true });
	await add.waitFor({ timeout: IMPORT_TIMEOUT });
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll('button')].some(
				(b) => b.textContent?.trim() === 'Toevoegen' && !b.disabled
			),
		null,
		{ timeout: IMPORT_TIMEOUT, polling: 250 }
	);
	await add.click();
	await page.locator('[data-testid="import-report"].imported').waitFor({ timeout: IMPORT_TIMEOUT });
	await waitIdle(page, IMPORT_TIMEOUT);
	return Date.now() - start;
}

/**
 * One interaction on `control`: brings it into view as a person would (not timed), does `act`,
 * waits until the app is idle, and reads the marks and requests after it.
 */
async function measure(page, kind, control, act) {
	await control.scrollIntoViewIfNeeded();
	await page.waitForTimeout(100);
	const since = await page.evaluate(() => performance.now());
	await act();
	await waitIdle(page, 60_000, since);
	const m = await page.evaluate((since) => {
		const after = (name) => performance.getEntriesByName(name).filter((e) => e.startTime >= since);
		return {
			input: after('explore:input')[0]?.startTime ?? null,
			paint: after('explore:paint').at(-1)?.startTime ?? null,
			calls: window.__wijkpeilExplore.calls(since)
		};
	}, since);
	if (m.input === null || m.paint === null) throw new Error(`${kind}: no input or paint mark`);
	const query = explorerQuery(m.calls);
	const answered = Math.max(m.input, ...m.calls.map((c) => c.end));
	return {
		kind,
		ms: m.paint - m.input,
		/** From the last database answer to the painted chart: the app's own work. */
		afterDbMs: m.paint - answered,
		/** From the first database request to the last answer (requests may overlap). */
		dbMs: m.calls.length ? answered - Math.min(...m.calls.map((c) => c.start)) : 0,
		requests: m.calls.length,
		query: query && { sql: query.sql, params: query.params, ms: query.end - query.start }
	};
}

/** The explorer's own query among an interaction's requests: the slowest one on `observation`. */
function explorerQuery(calls) {
	const onObservation = calls.filter((c) => /\bobservation\b/i.test(c.sql) && c.params !== null);
	return onObservation.sort((a, b) => b.end - b.start - (a.end - a.start))[0] ?? null;
}

async function explore(page) {
	if (TABLE_OPEN) {
		await page.getByTestId('trend-table-toggle').locator('summary').click();
		await page.locator('[data-testid="trend-table-toggle"] table').waitFor();
		await waitIdle(page);
	}
	const indicators = await page
		.getByTestId('indicator-picker')
		.locator('option')
		.evaluateAll((options) => options.map((o) => o.value));
	let current = indicators.indexOf(await page.getByTestId('indicator-picker').inputValue());
	const boxes = page.locator('.wijk-list input[type="checkbox"]');
	let box = null;
	const results = [];
	for (let i = 0; i < SWITCHES; i++) {
		if (i % 4 === 1) {
			// Pairs on the same checkbox, off and on again (or on and off), so the chosen wijken
			// stay as they were. A checkbox that can be clicked: at the maximum, unchosen ones cannot.
			const enabled = await boxes.evaluateAll((all) =>
				all.flatMap((b, index) => (b.disabled ? [] : [index]))
			);
			box = boxes.nth(enabled[(i >> 2) % enabled.length]);
		}
		if (i % 2 === 0) {
			current = (current + 1) % indicators.length;
			const value = indicators[current];
			const picker = page.getByTestId('indicator-picker');
			results.push(await measure(page, 'indicator', picker, () => picker.selectOption(value)));
		} else {
			results.push(await measure(page, 'wijk', box, () => box.click()));
		}
	}
	return results;
}

/** The same SQL and parameters as each indicator switch, through the database handle. */
async function bare(page, results) {
	const queries = results.filter((r) => r.query).map((r) => r.query);
	const times = [];
	for (const q of queries) {
		const { ms } = await page.evaluate(
			([sql, params]) => window.__wijkpeilExplore.query(sql, params),
			[q.sql, q.params]
		);
		times.push(ms);
	}
	return times;
}

/** Opens the app on a profile that already holds the data: navigation to the first chart. */
/**
 * Runs in the page before the app (addInitScript): times DuckDB's requests to its worker, to show
 * where start-up goes (INSTANTIATE: fetch and compile the wasm; OPEN: the OPFS database).
 */
function recordEngine() {
	const steps = [];
	Object.defineProperty(window, '__benchEngine', { value: steps });
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (message, ...rest) {
		if (message && typeof message === 'object' && 'messageId' in message) {
			const step = { type: message.type, start: performance.now(), end: null };
			steps.push(step);
			// Until the answer: INSTANTIATE first sends progress messages with the same id.
			const done = (event) => {
				if (event.data?.requestId !== message.messageId) return;
				step.end = performance.now();
				if (!/PROGRESS/.test(event.data.type)) this.removeEventListener('message', done);
			};
			this.addEventListener('message', done);
		}
		return post.call(this, message, ...rest);
	};
}

async function reopen(dir) {
	return withBrowser(dir, async (context, page) => {
		await context.addInitScript(recordEngine);
		await open(page);
		const m = await page.evaluate(() => {
			const mark = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null;
			const calls = window.__wijkpeilExplore.calls(0);
			const step = (type) => window.__benchEngine.find((s) => s.type === type) ?? null;
			const instantiate = step('INSTANTIATE');
			const opened = step('OPEN');
			const paints = performance.getEntriesByName('explore:paint').map((e) => e.startTime);
			// The chart as the database gives it: the paint after the last trend query answered
			// (none when its rows drew nothing new over the view kept from last time).
			const trendCall = calls.filter((c) => /WHERE o\.indicator_id = \?/.test(c.sql)).at(-1);
			const answered = trendCall?.end ?? null;
			return {
				firstChart: paints[0] ?? null,
				fromDatabase: answered === null ? null : (paints.find((t) => t > answered) ?? answered),
				// Painted before the database was ready: the view kept in the browser.
				lastView: paints[0] !== undefined && paints[0] < mark('explore:db-ready'),
				dbReady: mark('explore:db-ready'),
				engineStart: instantiate?.start ?? null,
				instantiateMs: instantiate ? instantiate.end - instantiate.start : null,
				openMs: opened ? opened.end - opened.start : null,
				lines: document.querySelectorAll('.chart svg g.series').length,
				queries: calls.map((c) => ({
					sql: c.sql.replace(/\s+/g, ' ').slice(0, 70),
					ms: c.end - c.start
				}))
			};
		});
		if (m.lines === 0) throw new Error('after reopening, the first chart has no lines');
		return { ...m, loadAverage: os.loadavg()[0] };
	});
}

function summarise(results, bareMs, opens, meta) {
	const pick = (kind) => results.filter((r) => !kind || r.kind === kind).map((r) => r.ms);
	const stats = (all) => {
		// A figure that could not be taken (null) is left out, never counted as 0.
		const xs = all.filter((x) => x !== null);
		if (xs.length === 0) return { median: null, p95: null, max: null };
		return { median: median(xs), p95: percentile(xs, 0.95), max: Math.max(...xs) };
	};
	const all = stats(pick());
	const indicator = stats(pick('indicator'));
	const wijk = stats(pick('wijk'));
	const bareStats = stats(bareMs);
	const ratio = indicator.median && bareStats.median ? indicator.median / bareStats.median : null;
	const firstChart = stats(opens.map((o) => o.firstChart));
	const fromDatabase = stats(opens.map((o) => o.fromDatabase));
	const verdict = (value, limit) => (value === null ? 'n/a' : value <= limit ? 'PASS' : 'MISS');
	return {
		...meta,
		switches: { all, indicator, wijk },
		bare: bareStats,
		ratio,
		ratioP95: indicator.p95 && bareStats.p95 ? indicator.p95 / bareStats.p95 : null,
		appDbMedianMs: median(results.filter((r) => r.kind === 'indicator').map((r) => r.dbMs)),
		afterDbMedianMs: median(results.filter((r) => r.kind === 'indicator').map((r) => r.afterDbMs)),
		firstChart,
		dbReady: median(opens.map((o) => o.dbReady)),
		fromDatabase,
		lastViewShown: opens.filter((o) => o.lastView).length,
		verdicts: {
			p95: verdict(all.p95, TARGETS.p95Ms),
			ratio: verdict(ratio, TARGETS.ratio),
			firstChart: verdict(firstChart.median, TARGETS.firstChartMs),
			fromDatabase: verdict(fromDatabase.median, TARGETS.firstChartMs)
		},
		results,
		bareMs,
		opens
	};
}

function print(s) {
	const rows = [
		[
			'data',
			`${s.file.rows.toLocaleString('en')} rows imported once (${sec(s.importMs)})` +
				(s.tableOpen ? '; table of all numbers open' : ''),
			'',
			''
		],
		[
			`switch → chart painted, all ${s.results.length}: median / p95`,
			`${ms(s.switches.all.median)} / ${ms(s.switches.all.p95)}`,
			`p95 ≤ ${TARGETS.p95Ms} ms`,
			s.verdicts.p95
		],
		[
			'  indicator switches: median / p95',
			`${ms(s.switches.indicator.median)} / ${ms(s.switches.indicator.p95)}`,
			'',
			''
		],
		[
			'  wijk switches: median / p95',
			`${ms(s.switches.wijk.median)} / ${ms(s.switches.wijk.p95)}`,
			'',
			''
		],
		['  of which DB requests, first to last (indicator, median)', ms(s.appDbMedianMs), '', ''],
		['  last DB answer → chart painted (indicator, median)', ms(s.afterDbMedianMs), '', ''],
		['bare explorer query: median / p95', `${ms(s.bare.median)} / ${ms(s.bare.p95)}`, '', ''],
		[
			'indicator switch / bare query (medians)',
			s.ratio === null ? '–' : `${s.ratio.toFixed(2)}× (p95: ${s.ratioP95?.toFixed(2) ?? '–'}×)`,
			`≤ ${TARGETS.ratio}×`,
			s.verdicts.ratio
		],
		[
			`first chart after reopening, any source: median / worst of ${s.opens.length}`,
			`${sec(s.firstChart.median)} / ${sec(s.firstChart.max)}`,
			`≤ ${sec(TARGETS.firstChartMs)}`,
			s.verdicts.firstChart
		],
		[
			'  of which drawn from the last view kept in the browser',
			`${s.lastViewShown} of ${s.opens.length} opens`,
			'',
			''
		],
		['  database ready (median)', sec(s.dbReady), '', ''],
		[
			'first chart read from the database: median / worst',
			`${sec(s.fromDatabase.median)} / ${sec(s.fromDatabase.max)}`,
			`≤ ${sec(TARGETS.firstChartMs)}`,
			s.verdicts.fromDatabase
		],
		...sizeRows(s.sizes)
	];
	printTable(['measure', 'result', 'target', ''], rows);
	const open = [...s.opens].sort((a, b) => a.firstChart - b.firstChart)[s.opens.length >> 1];
	console.log(
		`\nreopening, median run: page and first-route JS until DuckDB starts ${sec(open.engineStart)}, ` +
			`INSTANTIATE (wasm fetch + compile) ${sec(open.instantiateMs)}, OPEN ${sec(open.openMs)}, ` +
			`database ready at ${sec(open.dbReady)}, first chart at ${sec(open.firstChart)}`
	);
	console.log(`requests after the database was ready:`);
	for (const q of open.queries.filter((q) => q.ms >= 5))
		console.log(`  ${ms(q.ms).padStart(7)}  ${q.sql}`);
	printSizes(s.sizes);
	const busy = s.load.max > s.machine.cpus * 0.75;
	console.log(
		`\nChromium ${s.chromium}, ${s.machine.cpus} vCPU, load average ${s.load.min.toFixed(1)}–${s.load.max.toFixed(1)}` +
			(busy ? ' (other processes were busy: figures are slower than on an idle machine)' : '')
	);
	console.log(`figures: ${path.relative(root, jsonPath)}`);
}

async function main() {
	const started = Date.now();
	log(`writing ${ROWS.toLocaleString('en')} rows to ${path.relative(root, csvPath)}`);
	// Written aside and renamed: a benchmark reading the old file keeps reading whole bytes.
	const file = {
		path: path.relative(root, csvPath),
		...writeLongCsv(`${csvPath}.${process.pid}`, ROWS)
	};
	renameSync(`${csvPath}.${process.pid}`, csvPath);
	const build = ensureBuild();
	const sizes = measureSizes();
	const stopPreview = await startPreview(PORT);
	process.once('SIGINT', () => {
		stopPreview();
		process.exit(130);
	});
	const profile = newProfile();
	const loads = [];
	try {
		const first = await withBrowser(profile.dir, async (_context, page, version) => {
			await open(page);
			log('importing the file through the app…');
			const importMs = await importFile(page);
			log(`imported in ${sec(importMs)}; ${SWITCHES} switches…`);
			loads.push(os.loadavg()[0]);
			const results = await explore(page);
			loads.push(os.loadavg()[0]);
			const bareMs = await bare(page, results);
			return { version, importMs, results, bareMs };
		});
		const opens = [];
		for (let i = 1; i <= OPENS; i++) {
			const o = await reopen(profile.dir);
			opens.push(o);
			loads.push(o.loadAverage);
			log(
				`reopen ${i}/${OPENS}: first chart ${sec(o.firstChart)}${o.lastView ? ' (last view kept in the browser)' : ''}, ` +
					`database ready ${sec(o.dbReady)}, chart from the database ${sec(o.fromDatabase)}`
			);
		}
		const summary = summarise(first.results, first.bareMs, opens, {
			date: new Date().toISOString(),
			tableOpen: TABLE_OPEN,
			machine: machine(),
			chromium: first.version,
			node: process.version,
			build,
			file,
			importMs: first.importMs,
			sizes,
			load: { min: Math.min(...loads), max: Math.max(...loads) },
			durationS: Math.round((Date.now() - started) / 1000)
		});
		writeFileSync(jsonPath, JSON.stringify(summary, null, '\t') + '\n');
		print(summary);
	} finally {
		stopPreview();
		profile.remove();
	}
}

main().catch((error) => {
	console.error('[bench] could not run:', error);
	process.exit(1);
});
