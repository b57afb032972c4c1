import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryFiles, measureSizes, staticImports } from './size.js';

describe('staticImports', () => {
	it.each([
		{ code: 'import{a as b,c}from"./x.js";', found: ['./x.js'] },
		{ code: 'import"../chunks/y.js";export{z}from"./z.js"', found: ['../chunks/y.js', './z.js'] },
		{ code: 'import * as d from "./d.js"', found: ['./d.js'] },
		{ code: 'const m=()=>import("./lazy.js");', found: [] },
		{ code: 'n.import("./not.js");x.from"./no.js"', found: [] },
		{ code: 'import{a}from"svelte"', found: [] }
	])('staticImports($code) finds $found', ({ code, found }) => {
		expect(staticImports(code)).toEqual(found);
	});
});

it('entryFiles reads the modulepreload links and the inline entry imports of index.html', () => {
	const html = `<link href="./_app/a.js" rel="modulepreload"><link href="./s.css" rel="stylesheet">
		<script>Promise.all([import("./_app/start.js"), import("./_app/a.js")])</script>`;
	expect(entryFiles(html)).toEqual(['./_app/a.js', './_app/start.js']);
});

describe('measureSizes', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'wijkpeil-size-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('measureSizes counts what the first route imports statically, not what loads later', () => {
		mkdirSync(path.join(dir, 'c'));
		const files = {
			'index.html': '<script>import("./c/entry.js")</script>',
			'c/entry.js': 'import"./shared.js";const v=()=>import("./view.js");',
			'c/shared.js': 'export const s=1;'.repeat(50),
			'c/view.js': 'import"./shared.js";export const v=2;'.repeat(50),
			'c/duckdb-browser-eh.worker.js': 'engine();'.repeat(50)
		};
		for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);

		const sizes = measureSizes(dir);
		expect(sizes.firstRoute.files.map((f) => f.file).sort()).toEqual(['c/entry.js', 'c/shared.js']);
		expect(sizes.later.map((f) => f.file)).toEqual(['c/view.js']);
		expect(sizes.engine.map((f) => f.file)).toEqual(['c/duckdb-browser-eh.worker.js']);
		expect(sizes.total.files).toBe(3);
		expect(sizes.total.gzip).toBe(
			sizes.firstRoute.gzip + sizes.later.reduce((n, f) => n + f.gzip, 0)
		);
	});
});
