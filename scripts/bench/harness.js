/**
 * What the browser benchmarks share: options, statistics, the build check, `vite preview` on a
 * port of its own, and Debian's Chromium with a fresh profile. Same behaviour as the helpers in
 * scripts/bench/import.js.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

export const root = path.resolve(import.meta.dirname, '../..');

export const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	headless: true,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};

export const log = (...parts) => console.log('[bench]', ...parts);

/** `--name N` from the command line, or `fallback`. */
export function option(name, fallback) {
	const args = process.argv.slice(2);
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : Number(args[i + 1]);
}
export const flag = (name) => process.argv.slice(2).includes(`--${name}`);

/** The value below which `p` (0–1) of the numbers lie: nearest rank, as in most benchmarks. */
export function percentile(xs, p) {
	const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}
export function median(xs) {
	const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

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

/** Builds when the build is missing or older than the sources (`--build`: always, `--no-build`: never). */
export function ensureBuild() {
	const state = buildState();
	const wanted = flag('build') || (state !== 'fresh' && !flag('no-build'));
	if (!wanted) {
		log(`build: ${state}${state === 'fresh' ? '' : ' (kept: --no-build)'}`);
		return state;
	}
	log(`build: ${state}, running npm run build (takes a few minutes)`);
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('npm run build failed');
	return 'rebuilt';
}

/** Starts `vite preview` on `port` in its own process group; resolves to a stop function. */
export async function startPreview(port) {
	const base = `http://localhost:${port}`;
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
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
			if ((await fetch(base)).ok && server.exitCode === null) return stop;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	stop();
	throw new Error(`vite preview did not start on port ${port}:\n${output}`);
}

/** A fresh browser profile directory (its own OPFS on disk); `remove()` deletes it. */
export function newProfile() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'wijkpeil-bench-'));
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens Chromium on `dir`, runs `work(context, page)` and closes it again. */
export async function withBrowser(dir, work) {
	const context = await chromium.launchPersistentContext(dir, CHROMIUM);
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		return await work(context, page, context.browser()?.version() ?? null);
	} finally {
		await context.close();
	}
}

/** Machine facts printed with every result: figures from a busy machine read differently. */
export function machine() {
	const cpus = os.cpus();
	return {
		cpus: cpus.length,
		cpuModel: cpus[0]?.model ?? null,
		memoryGB: Math.round(os.totalmem() / 2 ** 30),
		platform: `${os.platform()} ${os.release()}`
	};
}

/** Prints rows of [measure, value, target, result] as an aligned table. */
export function printTable(header, rows) {
	const all = [header, ...rows];
	const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
	const line = (r) =>
		r
			.map((c, i) => String(c).padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	console.log(`\n${line(header)}`);
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
}
