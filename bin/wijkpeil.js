#!/usr/bin/env node
/**
 * `npx wijkpeil check <file>...` and `npx wijkpeil import <file>... --out <pack.arrow>`.
 *
 * Loads the CLI bundle node_modules/.cache/wijkpeil-cli/wijkpeil.js (see vite.cli.config.ts),
 * which `npm ci` builds through the `prepare` script. When the bundle is missing (for instance
 * after `npm ci --ignore-scripts`) it is built first, the same way `npm run build:cli` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'node_modules', '.cache', 'wijkpeil-cli', 'wijkpeil.js');

function build() {
	const steps = [
		['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'],
		['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.cli.config.ts']
	];
	for (const [script, ...args] of steps) {
		// Build output goes to stderr, so stdout stays clean for --json.
		const step = spawnSync(process.execPath, [path.join(root, script), ...args], {
			cwd: root,
			stdio: ['ignore', 2, 2]
		});
		if (step.status !== 0) return false;
	}
	return existsSync(bundle);
}

if (!existsSync(bundle) && !build()) {
	process.stderr.write(`wijkpeil: could not build ${bundle}. Run "npm run build:cli".\n`);
	process.exit(2);
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
