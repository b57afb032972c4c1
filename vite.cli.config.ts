/**
 * Builds the command-line tool (src/lib/cli/main.ts) for Node into
 * node_modules/.cache/wijkpeil-cli/wijkpeil.js, which bin/wijkpeil.js loads. Run it with
 * `npm run build:cli` (`svelte-kit sync` first: it writes the tsconfig that tsconfig.json extends);
 * `npm ci` and `npm install` run that through the `prepare` script. Packages stay external and are
 * loaded from node_modules at run time.
 */
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
	resolve: { alias: { $lib: path.resolve(import.meta.dirname, 'src/lib') } },
	logLevel: 'warn',
	build: {
		ssr: 'src/lib/cli/main.ts',
		outDir: 'node_modules/.cache/wijkpeil-cli',
		// Files are overwritten in place: a CLI call during a rebuild never finds the folder empty.
		emptyOutDir: false,
		target: 'node20',
		minify: false,
		sourcemap: true,
		rollupOptions: { output: { format: 'es', entryFileNames: 'wijkpeil.js' } }
	}
});
