import { AppError } from '$lib/errors/app-error';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
	text: string;
	encoding: Encoding;
	/** The file's bytes as UTF-8 without BOM, ready for DuckDB's CSV reader. */
	utf8: Uint8Array;
}

const signatures: { kind: string; bytes: number[] }[] = [
	{ kind: 'PNG-afbeelding', bytes: [0x89, 0x50, 0x4e, 0x47] },
	{ kind: 'JPEG-afbeelding', bytes: [0xff, 0xd8, 0xff] },
	{ kind: 'GIF-afbeelding', bytes: [0x47, 0x49, 0x46, 0x38] },
	{ kind: 'PDF-document', bytes: [0x25, 0x50, 0x44, 0x46] },
	{ kind: 'ZIP-bestand (bijvoorbeeld een Excel-bestand)', bytes: [0x50, 0x4b, 0x03, 0x04] },
	{ kind: 'ZIP-bestand', bytes: [0x50, 0x4b, 0x05, 0x06] },
	{ kind: 'oud Excel-bestand', bytes: [0xd0, 0xcf, 0x11, 0xe0] }
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/** Names what a binary file looks like, or returns null when it may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
	const known = signatures.find((s) => startsWith(bytes, s.bytes));
	if (known) return known.kind;
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
	const head = bytes.subarray(0, 4096);
	return head.includes(0) ? 'binair bestand' : null;
}

/**
 * Decodes a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, and otherwise Windows-1252,
 * the encoding Excel uses for "CSV (gescheiden door lijstscheidingsteken)" on Dutch Windows.
 */
export function decode(bytes: Uint8Array, fileName: string): Decoded {
	if (bytes.length === 0) throw new AppError('file_empty', { file: fileName });
	const kind = binaryKind(bytes);
	if (kind) throw new AppError('file_not_text', { file: fileName, kind });

	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
		const text = new TextDecoder(encoding).decode(bytes.subarray(2));
		return { text, encoding, utf8: new TextEncoder().encode(text) };
	}
	const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
		return { text, encoding: 'utf-8', utf8: body };
	} catch {
		const text = new TextDecoder('windows-1252').decode(body);
		return { text, encoding: 'windows-1252', utf8: new TextEncoder().encode(text) };
	}
}
