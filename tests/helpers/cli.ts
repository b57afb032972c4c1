/**
 * Runs the real command-line tool (node bin/wijkpeil.js) as a child process, the way `npx
 * wijkpeil` does. `buildCli` first builds the bundle from the current sources, so the tests never
 * run a stale build.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repoRoot, 'bin', 'wijkpeil.js');

/** `npm run build:cli` without npm: svelte-kit sync, then the Vite build of the CLI bundle. */
export function buildCli() {
	const steps = [
		['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'],
		['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.cli.config.ts']
	];
	for (const [script, ...args] of steps) {
		const step = spawnSync(process.execPath, [path.join(repoRoot, script!), ...args], {
			cwd: repoRoot,
			encoding: 'utf8'
		});
		if (step.status !== 0)
			throw new Error(`Building the CLI failed:\n${step.stdout}${step.stderr}`);
	}
}

export interface CliRun {
	code: number | null;
	stdout: string;
	stderr: string;
}

export function runCli(args: string[]): Promise<CliRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}
