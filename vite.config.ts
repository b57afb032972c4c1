import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// duckdb-wasm's browser client imports apache-arrow (about 45 kB gzip) for query results; the app
// reads them itself (src/lib/db/arrow-rows.ts). Tests in Node keep the real apache-arrow.
const noArrow = fileURLToPath(new URL('./src/lib/db/no-arrow.ts', import.meta.url));

export default defineConfig({
	plugins: [sveltekit()],
	// duckdb-wasm ships its own worker and wasm files; Vite copies them as assets via `?url`.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	resolve: process.env.VITEST ? {} : { alias: [{ find: /^apache-arrow$/, replacement: noArrow }] },
	server: { fs: { allow: ['data-samples'] } },
	build: {
		chunkSizeWarningLimit: 1500,
		// A small sample CSV would become a data: URL, which the CSP's connect-src blocks for fetch.
		assetsInlineLimit: (file) => (file.endsWith('.csv') ? false : undefined)
	},
	test: {
		include: [
			'src/**/*.test.ts',
			'tests/sql/**/*.test.ts',
			'tests/cli/**/*.test.ts',
			'scripts/**/*.test.js'
		],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
