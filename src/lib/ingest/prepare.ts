import { AppError } from '$lib/errors/app-error';
import { decode, type Encoding } from './decode';
import { recordLines } from './lines';
import type { Mapping } from './mapping';
import { detectMapping } from './profiles';
import { sniff, type Sniffed } from './sniff';
import { recogniseTemplate, type TemplateId } from '$lib/pilot/templates';

/** Everything known about a file before anything is stored: shown to the user to confirm. */
export interface PreparedFile {
	fileName: string;
	sha256: string;
	/** Identifies the header (names and their order), to offer a saved mapping again. */
	headerKey: string;
	decoded: {
		encoding: Encoding;
		/** The start of the text, enough to sniff again with another separator. */
		head: string;
		/** The file as UTF-8 without BOM, for DuckDB's CSV reader. */
		utf8: Uint8Array;
		/** The line on which each record starts (see recordLines), for line numbers in reports. */
		lines: Int32Array;
	};
	sniffed: Sniffed;
	mapping: Mapping;
	/** A pilot template (deelnemers, metingen …): stored in the pilot tables, not as observations. */
	template: TemplateId | null;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Characters kept for sniffing again; sniff itself reads no more than this. */
export const HEAD_SIZE = 256 * 1024;

/** Decodes, sniffs and recognises the columns of a file. Throws AppError for unusable files. */
export async function prepareFile(fileName: string, bytes: Uint8Array): Promise<PreparedFile> {
	const { text, encoding, utf8 } = decode(bytes, fileName, { textChars: HEAD_SIZE });
	const sniffed = sniff(text);
	if (sniffed.header.length < 2) throw new AppError('file_no_columns', { file: fileName });
	if (sniffed.rows.length === 0) throw new AppError('file_no_rows', { file: fileName });
	// WebCrypto hashes on a thread of its own (it copies the bytes first): started before the line
	// index, the two overlap.
	const digest = sha256Hex(bytes);
	const decoded = { encoding, head: text.slice(0, HEAD_SIZE), utf8, lines: recordLines(utf8) };
	const sha256 = await digest;
	const headerKey = await sha256Hex(new TextEncoder().encode(sniffed.header.join('\u0001')));
	return {
		fileName,
		sha256,
		headerKey,
		decoded,
		sniffed,
		mapping: detectMapping(sniffed, fileName),
		template: recogniseTemplate(sniffed.header)
	};
}
