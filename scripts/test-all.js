#!/usr/bin/env node
/**
 * Runs every test layer and ends with one line: "N passed, N failed".
 * Layers: static checks (svelte-check, ESLint, Prettier), vitest (unit tests and SQL tests against a
 * real DuckDB engine), the production build, and Playwright journeys in Debian's Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, command, args) {
	console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	return result.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(label, command, args) {
	if (run(label, command, args)) passed++;
	else {
		failed++;
		console.log(`>>> ${label} FAILED`);
	}
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

check('chromium', 'bash', ['scripts/ensure-chromium.sh']);
check('svelte-check', 'npm', ['run', '--silent', 'check']);
check('eslint', 'npx', ['eslint', '.']);
check('prettier', 'npx', ['prettier', '--check', '.']);

run('vitest (unit + SQL)', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${reports}/unit.json`
]);
const unit = readJson(`${reports}/unit.json`);
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	// A test file that did not even load fails the run without failing a single test.
	if (!unit.success && unit.numFailedTests === 0) failed++;
	if (unit.numTotalTests === 0) failed++;
} else failed++;

const built = run('build', 'npm', ['run', '--silent', 'build']);
if (!built) failed++;
else {
	run('playwright (end-to-end, Chromium)', 'npx', ['playwright', 'test']);
	const e2e = readJson(`${reports}/e2e.json`);
	if (e2e && existsSync(`${reports}/e2e.json`)) {
		const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
		passed += expected;
		failed += unexpected + flaky;
		if (expected + unexpected + flaky === 0) failed++;
		for (const error of e2e.errors ?? []) {
			console.log('playwright error:', error.message);
			failed++;
		}
	} else failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
