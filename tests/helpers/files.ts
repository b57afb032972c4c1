import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared genuine and broken exports, read where they are (never copied into this repo). */
export const sharedData = path.resolve(import.meta.dirname, '../../../shared/data');

export function sharedFile(relative: string): Uint8Array {
	const file = path.join(sharedData, relative);
	if (!existsSync(file)) {
		throw new Error(
			`Shared test file missing: ${file}. CI must have ../shared/data beside the repo.`
		);
	}
	return new Uint8Array(readFileSync(file));
}

export function repoFile(relative: string): Uint8Array {
	return new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../..', relative)));
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
