#!/usr/bin/env node
/**
 * `npm run bench:size`: how much JavaScript the browser downloads, gzip-compressed (level 9).
 *
 * - first route: the modules build/index.html loads (its modulepreload links and the entry
 *   imports in its inline script) plus everything they import statically. Dynamic `import()`s
 *   are not followed: those load later, when a view needs them.
 * - total: every .js file in build/.
 * Both leave out DuckDB's own files (duckdb-*.wasm and duckdb-browser-*.worker.js: the engine),
 * which are listed apart. The app's own Web Workers (the file reader) count in the total.
 *
 * Reads an existing build; `--build` builds first (wrap in the build lock on a shared machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const SIZE_TARGETS = { firstRouteKB: 60, totalKB: 150 };

const root = path.resolve(import.meta.dirname, '../..');
const isEngine = (file) => /(^|\/)duckdb-[^/]*\.(wasm|js)$/.test(file);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

function listFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? listFiles(full) : [full];
	});
}

/** Relative specifiers of static `import … from "x"`, `import "x"` and `export … from "x"`. */
export function staticImports(code) {
	const found = [];
	const pattern =
		/(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
	for (const match of code.matchAll(pattern)) found.push(match[1]);
	return found;
}

/** What index.html loads at once: modulepreload links and the inline script's entry imports. */
export function entryFiles(html) {
	const preload = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*>/g)].map(
		(m) => /href="([^"]+)"/.exec(m[0])?.[1]
	);
	const imported = [...html.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => m[1]);
	return [...new Set([...preload, ...imported].filter(Boolean))];
}

/** The chunk each lazily loaded source module became (from Vite's manifest), if available. */
function lazyNames(buildDir) {
	const manifest = path.join(root, '.svelte-kit/output/client/.vite/manifest.json');
	if (!existsSync(manifest) || path.resolve(buildDir) !== path.join(root, 'build')) return {};
	const entries = Object.entries(JSON.parse(readFileSync(manifest, 'utf8')));
	return Object.fromEntries(
		entries.filter(([, e]) => e.isDynamicEntry).map(([src, e]) => [e.file, src])
	);
}

export function measureSizes(buildDir = path.join(root, 'build')) {
	const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
	const sizes = new Map();
	const sizeOf = (file) => {
		if (!sizes.has(file)) {
			const bytes = readFileSync(file);
			sizes.set(file, {
				file: path.relative(buildDir, file),
				raw: bytes.length,
				gzip: gzip(bytes)
			});
		}
		return sizes.get(file);
	};

	const firstRoute = new Set();
	const visit = (file) => {
		if (firstRoute.has(file) || isEngine(file)) return;
		firstRoute.add(file);
		for (const spec of staticImports(readFileSync(file, 'utf8')))
			visit(path.resolve(path.dirname(file), spec));
	};
	for (const href of entryFiles(html)) visit(path.resolve(buildDir, href));

	const all = listFiles(buildDir).filter((f) => f.endsWith('.js') || f.endsWith('.wasm'));
	const js = all.filter((f) => f.endsWith('.js') && !isEngine(f));
	const sum = (files) => files.reduce((n, f) => n + sizeOf(f).gzip, 0);
	const names = lazyNames(buildDir);
	const later = js.filter((f) => !firstRoute.has(f)).map(sizeOf);
	return {
		firstRoute: {
			gzip: sum([...firstRoute]),
			files: [...firstRoute].map(sizeOf).sort((a, b) => b.gzip - a.gzip)
		},
		total: { gzip: sum(js), files: js.length },
		later: later
			.map((s) => ({ ...s, source: names[s.file] ?? null }))
			.sort((a, b) => b.gzip - a.gzip),
		engine: all.filter(isEngine).map(sizeOf)
	};
}

const kb = (bytes) => (bytes / 1000).toFixed(1) + ' kB';

export function sizeRows(s) {
	const verdict = (value, limit) => (value <= limit * 1000 ? 'PASS' : 'MISS');
	return [
		[
			'JS of the first route (gzip)',
			kb(s.firstRoute.gzip),
			`≤ ${SIZE_TARGETS.firstRouteKB} kB`,
			verdict(s.firstRoute.gzip, SIZE_TARGETS.firstRouteKB)
		],
		[
			'all JS in build/ (gzip, without DuckDB)',
			kb(s.total.gzip),
			`≤ ${SIZE_TARGETS.totalKB} kB`,
			verdict(s.total.gzip, SIZE_TARGETS.totalKB)
		]
	];
}

export function printSizes(s) {
	console.log(`\nJavaScript, gzip level 9 (DuckDB's engine files left out: see below)`);
	console.log(`first route: ${s.firstRoute.files.length} files, ${kb(s.firstRoute.gzip)}`);
	for (const f of s.firstRoute.files.slice(0, 8))
		console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}`);
	console.log(`loaded later, when needed: ${s.later.length} files`);
	for (const f of s.later.slice(0, 12))
		console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}${f.source ? `  (${f.source})` : ''}`);
	console.log(`total: ${s.total.files} files, ${kb(s.total.gzip)}`);
	console.log(`DuckDB engine (not counted):`);
	for (const f of s.engine) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
	if (process.argv.includes('--build')) {
		const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
		if (result.status !== 0) process.exit(1);
	}
	if (!existsSync(path.join(root, 'build/index.html'))) {
		console.error('[size] no build: run `npm run build` first (or pass --build)');
		process.exit(1);
	}
	const sizes = measureSizes();
	printSizes(sizes);
	const rows = sizeRows(sizes);
	console.log('');
	for (const [what, value, target, result] of rows)
		console.log(`${what.padEnd(42)} ${value.padStart(9)}  ${target.padEnd(9)}  ${result}`);
}
