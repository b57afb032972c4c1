#!/usr/bin/env node
/**
 * `npm run bench:import`: how fast Wijkpeil imports a large file, against the engine's own floor.
 *
 * 1. Writes a deterministic 1,000,000-row long-format CSV (about 49 MB) to bench-results/.
 * 2. Builds the app when the build is missing or older than the sources, and serves it with
 *    `vite preview` on its own port (not the tests' 4173).
 * 3. In headless Debian Chromium, each run in a fresh browser profile (so a fresh, on-disk OPFS):
 *    (a) the app's import through the file input: check (read, decode, sniff, validate, report)
 *        and store (after "Toevoegen": one transaction plus CHECKPOINT), with the longest
 *        main-thread task, animation-frame gaps and the peak JS heap;
 *    (b) the floor: the same bytes through `read_csv` into a table of the app's own OPFS
 *        database plus CHECKPOINT (src/lib/bench/hook.ts, only active with `?bench`).
 * 4. Prints medians against the targets and writes bench-results/import.json.
 *
 * A missed target does not fail the process: this is a benchmark. Exit 1 only when it cannot run.
 * Options: --runs N (default 5), --rows N (default 1000000), --port N (default 4273),
 * --build (always build), --no-build (never build).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { writeLongCsv } from './long-csv.js';
import { probe } from './probe.js';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'bench-results');
const csvPath = path.join(outDir, 'wijkpeil-bench-long.csv');
const jsonPath = path.join(outDir, 'import.json');

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : Number(args[i + 1]);
};
const RUNS = option('runs', 5);
const ROWS = option('rows', 1_000_000);
const PORT = option('port', 4273);
const BASE = `http://localhost:${PORT}`;
const STEP_TIMEOUT = 300_000;

const TARGETS = { ratio: 1.5, ratioAim: 1.2, longestTaskMs: 200, heapPerFileSize: 2 };

const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	headless: true,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		// Without it performance.memory is rounded and refreshed only every few minutes.
		'--enable-precise-memory-info'
	]
};

const log = (...parts) => console.log('[bench]', ...parts);
const median = (xs) => {
	const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mb = (bytes) => (bytes / 1e6).toFixed(1) + ' MB';
const sec = (ms) => (ms === null ? '–' : (ms / 1000).toFixed(2) + ' s');

// ---------------------------------------------------------------------------------------------
// Build and serve

/** The newest modification time of the files a build depends on. */
function newestSource() {
	let newest = 0;
	const visit = (p) => {
		const st = statSync(p);
		if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
		else newest = Math.max(newest, st.mtimeMs);
	};
	for (const p of ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json']) {
		if (existsSync(path.join(root, p))) visit(path.join(root, p));
	}
	return newest;
}

/** `vite preview` serves SvelteKit's output in .svelte-kit/output, written by the same build. */
function buildState() {
	const page = path.join(root, '.svelte-kit/output/prerendered/pages/index.html');
	const site = path.join(root, 'build/index.html');
	if (!existsSync(page) || !existsSync(site)) return 'missing';
	const built = Math.min(statSync(page).mtimeMs, statSync(site).mtimeMs);
	return newestSource() > built ? 'stale' : 'fresh';
}

function ensureBuild() {
	const state = buildState();
	const wanted = args.includes('--build') || (state !== 'fresh' && !args.includes('--no-build'));
	if (!wanted) {
		log(`build: ${state}${state === 'fresh' ? '' : ' (kept: --no-build)'}`);
		return state;
	}
	log(`build: ${state}, running npm run build (takes a few minutes)`);
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('npm run build failed');
	return 'rebuilt';
}

async function startPreview() {
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		cwd: root,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout.on('data', (d) => (output += d));
	server.stderr.on('data', (d) => (output += d));
	const stop = () => {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
	};
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) break;
		try {
			if ((await fetch(BASE)).ok && server.exitCode === null) return stop;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	stop();
	throw new Error(`vite preview did not start on port ${PORT}:\n${output}`);
}

// ---------------------------------------------------------------------------------------------
// One run in a fresh profile

/** A fresh browser profile: its own OPFS on disk, removed afterwards. */
async function withProfile(work) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'wijkpeil-bench-'));
	const context = await chromium.launchPersistentContext(dir, CHROMIUM);
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const version = context.browser()?.version() ?? null;
		return await work(context, page, version);
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

async function openApp(page) {
	await page.goto(`${BASE}/?bench`);
	await page.locator('main[data-status="ready"]').waitFor({ timeout: 60_000 });
	if ((await page.evaluate(() => window.__wijkpeilBench?.floor === undefined)) === true)
		throw new Error('the build has no bench hook (src/lib/bench/hook.ts): run with --build');
	// Let the start-up (sample import, first chart) settle before measuring.
	await page.waitForTimeout(1000);
}

/**
 * Polls the main thread's memory over CDP every 50 ms: the V8 heap and, apart, the ArrayBuffer
 * backing stores (file bytes live there). performance.memory counts both together.
 */
async function sampleMemory(context, page) {
	const cdp = await context.newCDPSession(page);
	const peak = { v8: 0, buffers: 0, sum: 0 };
	let running = true;
	const loop = (async () => {
		while (running) {
			try {
				const h = await cdp.send('Runtime.getHeapUsage');
				const buffers = h.backingStorageSize ?? 0;
				peak.v8 = Math.max(peak.v8, h.usedSize);
				peak.buffers = Math.max(peak.buffers, buffers);
				peak.sum = Math.max(peak.sum, h.usedSize + buffers);
			} catch {
				break;
			}
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	return async () => {
		running = false;
		await loop;
		await cdp.detach().catch(() => undefined);
		return peak;
	};
}

async function appRun() {
	return withProfile(async (context, page, version) => {
		await context.addInitScript(probe);
		await openApp(page);
		const load = os.loadavg()[0];
		const stopSampling = await sampleMemory(context, page);
		await page.getByTestId('file-input').setInputFiles(csvPath);
		await waitForMark(page, 'checked');
		const checkReport = await page.getByTestId('import-report').innerText();
		await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
		await waitForMark(page, 'stored');
		const memory = await stopSampling();
		const probed = await page.evaluate(() => window.__benchProbe);
		const storeReport = await page.getByTestId('import-report').innerText();
		return {
			version,
			loadAverage: load,
			...analyseApp(probed, memory),
			checkReport: checkReport.split('\n').filter(Boolean).slice(0, 12),
			storeReport: storeReport.split('\n').filter(Boolean).slice(0, 1)
		};
	});
}

async function waitForMark(page, mark) {
	const handle = await page.waitForFunction(
		(m) => window.__benchProbe.marks[m] ?? window.__benchProbe.marks.failed,
		mark,
		{ timeout: STEP_TIMEOUT, polling: 100 }
	);
	const value = await handle.jsonValue();
	if (Array.isArray(value)) throw new Error(`the app reported: ${value[1]}`);
}

async function floorRun() {
	return withProfile(async (context, page, version) => {
		await context.addInitScript(probe);
		await openApp(page);
		const load = os.loadavg()[0];
		// The bytes reach the page as a File (Chromium reads it from disk), not through the protocol.
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.type = 'file';
			input.id = 'bench-floor-input';
			input.hidden = true;
			document.body.append(input);
		});
		await page.locator('#bench-floor-input').setInputFiles(csvPath);
		const [floorMs, from] = await page.evaluate(async () => {
			const input = document.getElementById('bench-floor-input');
			const bytes = await input.files[0].arrayBuffer();
			input.remove();
			const from = performance.now();
			return [await window.__wijkpeilBench.floor(bytes), from];
		});
		const probed = await page.evaluate(() => window.__benchProbe);
		const steps = operations(probed.messages).filter((o) => o.start >= from);
		return {
			version,
			loadAverage: load,
			floorMs,
			steps: steps.slice(0, 3).map((o) => ({ what: o.label, ms: Math.round(o.ms) }))
		};
	});
}

// ---------------------------------------------------------------------------------------------
// Analysis of one app run

/** Names a DuckDB request by what it does, so repeated statements add up. */
function label(type, text) {
	if (type === 'READ_FILE') return 'file reader worker: read, decode, sniff, SHA-256, line index';
	if (type === 'REGISTER_FILE_BUFFER') return 'registerFile (bytes to the DuckDB worker)';
	if (type === 'DROP_FILE' || type === 'DROP_FILES') return 'dropFile';
	const sql = (text ?? '').trim();
	if (/read_csv/i.test(sql))
		return /bench_floor/.test(sql) ? 'read_csv → bench_floor' : 'read_csv → temp staging';
	if (/^CHECKPOINT/i.test(sql)) return 'CHECKPOINT';
	if (/^INSERT INTO observation/i.test(sql)) return 'INSERT INTO observation';
	const m =
		/^(CREATE OR REPLACE TEMP TABLE \w+|CREATE OR REPLACE TABLE \w+|INSERT INTO "?\w+"?|UPDATE \w+|DELETE FROM \w+|ALTER TABLE \w+|DROP TABLE IF EXISTS [\w.]+|WITH dup|SELECT)/i.exec(
			sql
		);
	if (!m) return sql.slice(0, 60) || type;
	if (/^SELECT/i.test(m[1])) {
		const from = /\bFROM (\w+)/i.exec(sql);
		return `SELECT … FROM ${from ? from[1] : '?'}`;
	}
	if (/^WITH dup/i.test(m[1])) return 'duplicate-key check (hash group by)';
	if (/^DROP TABLE/i.test(m[1])) return 'DROP TABLE temp.*';
	return m[1].replaceAll('"', '');
}

/** Pairs every worker request with its answer: [{start, end, ms, label}]. */
function operations(messages) {
	const prepared = new Map();
	const open = new Map();
	const ops = [];
	for (const [t, worker, dir, id, type, extra] of messages) {
		if (dir === 'out') {
			const key = `${worker}:${id}`;
			open.set(type === 'READ_FILE' ? `${worker}:file` : key, { start: t, type, text: extra });
			continue;
		}
		const key = type === 'reply' ? `${worker}:file` : `${worker}:${id}`;
		const req = open.get(key);
		if (!req) continue;
		open.delete(key);
		if (type === 'PREPARED_STATEMENT_ID') prepared.set(`${worker}:#${extra}`, req.text);
		let text = req.text;
		if (req.type === 'RUN_PREPARED') text = prepared.get(`${worker}:${text}`) ?? text;
		if (req.type === 'CREATE_PREPARED' || req.type === 'CLOSE_PREPARED') continue;
		ops.push({ start: req.start, end: t, ms: t - req.start, label: label(req.type, text) });
	}
	return ops;
}

function breakdown(ops, from, to) {
	const inside = ops.filter((o) => o.start >= from && o.end <= to);
	const byLabel = new Map();
	for (const o of inside) {
		const e = byLabel.get(o.label) ?? { ms: 0, count: 0 };
		e.ms += o.ms;
		e.count += 1;
		byLabel.set(o.label, e);
	}
	const busy = inside.reduce((n, o) => n + o.ms, 0);
	const items = [...byLabel.entries()]
		.map(([what, e]) => ({ what, ms: Math.round(e.ms), count: e.count }))
		.sort((a, b) => b.ms - a.ms);
	return { workerMs: Math.round(busy), otherMs: Math.round(to - from - busy), items };
}

/**
 * What a long task was doing: the worker answer it followed, and the requests it sent (the code
 * path that ran in it).
 */
function around(ops, t, ms) {
	const after = ops.filter((o) => o.end <= t + 1).at(-1)?.label ?? null;
	const sent = [
		...new Set(ops.filter((o) => o.start >= t && o.start <= t + ms).map((o) => o.label))
	];
	return { after, sent };
}

function analyseApp(p, memory) {
	const { change, checked, click, stored } = p.marks;
	const within = (t) => t >= change && t <= stored;
	const tasks = p.longTasks.filter((e) => e[0] === 'task' && within(e[1]));
	const frames = p.longTasks.filter((e) => e[0] === 'frame' && within(e[1]));
	const gaps = p.frames.filter(([t, gap]) => within(t) || within(t + gap));
	const heapBefore = p.heap.filter(([t]) => t < change).at(-1)?.[1] ?? null;
	const heapDuring = p.heap.filter(([t]) => within(t)).map(([, used]) => used);
	const ops = operations(p.messages);
	// "Toevoegen" checks the whole file again before it stores: up to BEGIN TRANSACTION.
	const begin = ops.find((o) => o.start >= click && o.label === 'BEGIN TRANSACTION');
	return {
		checkMs: checked - change,
		storeMs: stored - click,
		totalMs: checked - change + (stored - click),
		storeRecheckMs: begin ? begin.start - click : null,
		storeTransactionMs: begin ? stored - begin.start : null,
		longestTaskMs: Math.max(0, ...tasks.map((e) => e[2])),
		longTasks: tasks.map(([, t, ms]) => ({
			at: Math.round(t - change),
			ms: Math.round(ms),
			...around(ops, t, ms)
		})),
		longestFrameMs: Math.max(0, ...frames.map((e) => e[2])),
		longestFrameGapMs: Math.max(0, ...gaps.map((e) => e[1])),
		heapBaseline: heapBefore,
		heapPeak: heapDuring.length ? Math.max(...heapDuring) : null,
		heapSamples: heapDuring.length,
		cdpPeak: memory,
		phases: {
			check: breakdown(ops, change, checked),
			store: breakdown(ops, click, stored)
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Report

function verdict(value, limit) {
	return value === null ? 'n/a' : value <= limit ? 'PASS' : 'MISS';
}

function summarise(file, appRuns, floorRuns, meta) {
	const m = (key) => median(appRuns.map((r) => r[key]));
	const worst = (pick) => Math.max(0, ...appRuns.map((r) => pick(r) ?? 0));
	const totalMs = m('totalMs');
	const floorMs = median(floorRuns.map((r) => r.floorMs));
	const ratio = totalMs !== null && floorMs ? totalMs / floorMs : null;
	const longestTaskMs = worst((r) => r.longestTaskMs);
	const heapPeak = worst((r) => r.heapPeak);
	const heapRatio = heapPeak / file.bytes;
	return {
		...meta,
		file,
		runs: { app: appRuns.length, floor: floorRuns.length },
		medians: {
			appTotalMs: totalMs,
			appCheckMs: m('checkMs'),
			appStoreMs: m('storeMs'),
			appStoreRecheckMs: m('storeRecheckMs'),
			appStoreTransactionMs: m('storeTransactionMs'),
			floorMs,
			ratio,
			longestTaskMs: m('longestTaskMs'),
			longestFrameGapMs: m('longestFrameGapMs'),
			heapPeakBytes: m('heapPeak')
		},
		worst: {
			longestTaskMs,
			longestFrameGapMs: worst((r) => r.longestFrameGapMs),
			heapPeakBytes: heapPeak,
			v8HeapPeakBytes: worst((r) => r.cdpPeak.v8),
			arrayBufferPeakBytes: worst((r) => r.cdpPeak.buffers)
		},
		targets: {
			ratio: { value: ratio, limit: TARGETS.ratio, aim: TARGETS.ratioAim },
			longestTaskMs: { value: longestTaskMs, limit: TARGETS.longestTaskMs },
			heapPerFileSize: { value: heapRatio, limit: TARGETS.heapPerFileSize }
		},
		verdicts: {
			ratio: verdict(ratio, TARGETS.ratio),
			ratioAim: verdict(ratio, TARGETS.ratioAim),
			longestTaskMs: verdict(longestTaskMs, TARGETS.longestTaskMs),
			heapPerFileSize: verdict(heapRatio, TARGETS.heapPerFileSize)
		},
		appRuns,
		floorRuns
	};
}

function print(s) {
	const ms = (x) => `${Math.round(x)} ms`;
	const times = (bytes) => `${mb(bytes)} = ${(bytes / s.file.bytes).toFixed(2)}× file`;
	const rows = [
		['file', `${s.file.rows.toLocaleString('en')} rows, ${mb(s.file.bytes)}`, '', ''],
		['(a) app import, check + store', sec(s.medians.appTotalMs), '', ''],
		['    check: file chosen … report', sec(s.medians.appCheckMs), '', ''],
		['    store: Toevoegen … stored', sec(s.medians.appStoreMs), '', ''],
		['      of which checking again', sec(s.medians.appStoreRecheckMs), '', ''],
		['      of which transaction + CHECKPOINT', sec(s.medians.appStoreTransactionMs), '', ''],
		['(b) floor: read_csv + CHECKPOINT', sec(s.medians.floorMs), '', ''],
		[
			'ratio a/b',
			s.medians.ratio === null ? '–' : s.medians.ratio.toFixed(2),
			`≤ ${TARGETS.ratio} (aim ${TARGETS.ratioAim})`,
			`${s.verdicts.ratio} (aim: ${s.verdicts.ratioAim})`
		],
		[
			'longest main-thread task (worst run)',
			s.worst.longestTaskMs ? ms(s.worst.longestTaskMs) : 'none ≥ 50 ms',
			`≤ ${TARGETS.longestTaskMs} ms`,
			s.verdicts.longestTaskMs
		],
		['longest frame gap (worst run, info)', ms(s.worst.longestFrameGapMs), '', ''],
		[
			'peak JS heap incl. buffers (worst run)',
			times(s.worst.heapPeakBytes),
			`≤ ${TARGETS.heapPerFileSize}× file`,
			s.verdicts.heapPerFileSize
		],
		['  V8 heap alone (CDP, info)', times(s.worst.v8HeapPeakBytes), '', ''],
		['  ArrayBuffers alone (CDP, info)', times(s.worst.arrayBufferPeakBytes), '', '']
	];
	const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
	const line = (r) =>
		r
			.map((c, i) => c.padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	console.log(`\n${line(['measure', `median of ${s.runs.app}`, 'target', 'result'])}`);
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));

	const run = [...s.appRuns].sort((a, b) => a.totalMs - b.totalMs)[
		Math.floor(s.appRuns.length / 2)
	];
	for (const phase of ['check', 'store']) {
		const b = run.phases[phase];
		console.log(
			`\n${phase} phase of the median run: DuckDB and file-reader workers ${sec(b.workerMs)}, main thread and hand-overs ${sec(b.otherMs)}`
		);
		for (const item of b.items.slice(0, 8)) {
			const count = item.count > 1 ? ` (×${item.count})` : '';
			console.log(`  ${sec(item.ms).padStart(8)}  ${item.what}${count}`);
		}
	}
	const floor = [...s.floorRuns].sort((a, b) => a.floorMs - b.floorMs)[
		Math.floor(s.floorRuns.length / 2)
	];
	console.log(
		`\nfloor of the median run: ${floor.steps.map((x) => `${x.what} ${sec(x.ms)}`).join(', ')}`
	);
	console.log(`long tasks of the median run (ms after the file was chosen):`);
	for (const t of run.longTasks)
		console.log(
			`  at ${sec(t.at)}: ${ms(t.ms)}, after "${t.after}"${t.sent.length ? `, sent "${t.sent.join('", "')}"` : ''}`
		);
	const busy = s.load.max > s.machine.cpus * 0.75;
	console.log(
		`\nChromium ${s.chromium}, ${s.machine.cpus} vCPU, load average ${s.load.min.toFixed(1)}–${s.load.max.toFixed(1)}` +
			(busy ? ' (other processes were busy: figures are slower than on an idle machine)' : '')
	);
	console.log(`figures: ${path.relative(root, jsonPath)}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
	const started = Date.now();
	log(`writing ${ROWS.toLocaleString('en')} rows to ${path.relative(root, csvPath)}`);
	const file = { path: path.relative(root, csvPath), ...writeLongCsv(csvPath, ROWS) };
	log(`${mb(file.bytes)}, sha256 ${file.sha256.slice(0, 16)}…`);
	const build = ensureBuild();
	const stopPreview = await startPreview();
	// The server runs in its own process group: stop it also when the bench is interrupted.
	process.once('SIGINT', () => {
		stopPreview();
		process.exit(130);
	});
	const appRuns = [];
	const floorRuns = [];
	let chromiumVersion = null;
	try {
		for (let i = 1; i <= RUNS; i++) {
			const a = await appRun();
			chromiumVersion = a.version;
			appRuns.push(a);
			log(
				`run ${i}/${RUNS} app: check ${sec(a.checkMs)} + store ${sec(a.storeMs)} = ${sec(a.totalMs)}, longest task ${Math.round(a.longestTaskMs)} ms, load ${a.loadAverage.toFixed(1)}`
			);
			const b = await floorRun();
			floorRuns.push(b);
			log(`run ${i}/${RUNS} floor: ${sec(b.floorMs)}, load ${b.loadAverage.toFixed(1)}`);
		}
	} finally {
		stopPreview();
	}
	const cpus = os.cpus();
	const summary = summarise(file, appRuns, floorRuns, {
		date: new Date().toISOString(),
		machine: {
			cpus: cpus.length,
			cpuModel: cpus[0]?.model ?? null,
			memoryGB: Math.round(os.totalmem() / 2 ** 30),
			platform: `${os.platform()} ${os.release()}`
		},
		chromium: chromiumVersion,
		node: process.version,
		build,
		load: {
			min: Math.min(...[...appRuns, ...floorRuns].map((r) => r.loadAverage)),
			max: Math.max(...[...appRuns, ...floorRuns].map((r) => r.loadAverage))
		},
		durationS: Math.round((Date.now() - started) / 1000)
	});
	writeFileSync(jsonPath, JSON.stringify(summary, null, '\t') + '\n');
	print(summary);
}

main().catch((error) => {
	console.error('[bench] could not run:', error);
	process.exit(1);
});
