import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// duckdb-wasm ships its own worker and wasm files; Vite copies them as assets via `?url`.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	server: { fs: { allow: ['data-samples'] } },
	build: { chunkSizeWarningLimit: 1500 },
	test: {
		include: ['src/**/*.test.ts', 'tests/sql/**/*.test.ts', 'scripts/**/*.test.js'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
