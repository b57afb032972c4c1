import { AppError } from '$lib/errors/app-error';

/** 'utf-8+windows-1252': UTF-8 with some lines in Windows-1252 (see decodeMixed). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8+windows-1252';

export interface Decoded {
	/**
	 * The whole text; at least its first `textChars` characters when the caller asked for no
	 * more (`prepareFile` keeps only its head, so large files are not held twice).
	 */
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

const utf8Bom = [0xef, 0xbb, 0xbf];

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
export function decode(
	bytes: Uint8Array,
	fileName: string,
	{ textChars = Infinity }: { textChars?: number } = {}
): Decoded {
	if (bytes.length === 0) throw new AppError('file_empty', { file: fileName });
	const kind = binaryKind(bytes);
	if (kind) throw new AppError('file_not_text', { file: fileName, kind });

	// Every BOM at the start goes, however many (a file saved again by a tool that adds one): the
	// decoders keep the rest as it is, so `text` and `utf8` always say the same.
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
		const decoded = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
		const text = decoded.replace(/^\ufeff+/, '');
		return { text, encoding, utf8: new TextEncoder().encode(text) };
	}
	let body = bytes;
	while (startsWith(body, utf8Bom)) body = body.subarray(3);
	// Plain ASCII is valid UTF-8 as it is: when only the start of the text is wanted, a large file
	// need not be decoded in full to learn that.
	if (textChars < body.length && isAscii(body)) {
		const text = new TextDecoder().decode(body.subarray(0, textChars));
		return { text, encoding: 'utf-8', utf8: body };
	}
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
		return { text, encoding: 'utf-8', utf8: body };
	} catch {
		const mixed = hasUtf8Letter(body);
		const text = mixed ? decodeMixed(body) : decodeWindows1252(body);
		const encoding = mixed ? 'utf-8+windows-1252' : 'windows-1252';
		return { text, encoding, utf8: new TextEncoder().encode(text) };
	}
}

/**
 * Whether the bytes hold a letter written as UTF-8 in two bytes (é as C3 A9, up to U+017F). In
 * Windows-1252 those bytes read "Ã©": text with them was written as UTF-8, even when other lines
 * of the file were not.
 */
export function hasUtf8Letter(bytes: Uint8Array): boolean {
	for (let i = 0; i + 1 < bytes.length; i++) {
		const lead = bytes[i]!;
		if (lead < 0xc2 || lead > 0xc5) continue;
		const next = bytes[i + 1]!;
		if ((next & 0xc0) === 0x80 && (lead > 0xc2 || next >= 0xa0)) return true;
	}
	return false;
}

/**
 * A file pasted together from UTF-8 and Windows-1252 (one export edited in Excel, say): each
 * line is read as UTF-8 when it is valid UTF-8, and as Windows-1252 otherwise, so that both
 * "Café" and "’s-Gravenhage" survive.
 */
function decodeMixed(bytes: Uint8Array): string {
	const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	let text = '';
	for (let start = 0; start < bytes.length;) {
		const newline = bytes.indexOf(0x0a, start);
		const end = newline === -1 ? bytes.length : newline + 1;
		const line = bytes.subarray(start, end);
		try {
			text += strict.decode(line);
		} catch {
			text += decodeWindows1252(line);
		}
		start = end;
	}
	return text;
}

/** Whether every byte is below 0x80; reads four bytes at a time where it can. */
export function isAscii(bytes: Uint8Array): boolean {
	const start = Math.min(bytes.length, (4 - (bytes.byteOffset % 4)) % 4);
	const words = Math.floor((bytes.length - start) / 4);
	let high = 0;
	for (let i = 0; i < start; i++) high |= bytes[i]!;
	const aligned = new Uint32Array(bytes.buffer, bytes.byteOffset + start, words);
	for (let i = 0; i < words; i++) high |= aligned[i]!;
	for (let i = start + words * 4; i < bytes.length; i++) high |= bytes[i]!;
	return (high & 0x80808080) === 0;
}

/** Windows-1252 bytes 0x80-0x9F; the rest is Latin-1. (undefined: byte unused in 1252.) */
const cp1252High =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes Windows-1252 by its table. Node's TextDecoder treats the label as Latin-1 and would
 * turn ’ (0x92) into a control character, so the app and the command line use this instead.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (let start = 0; start < bytes.length; start += 65536) {
		const chunk = bytes.subarray(start, start + 65536);
		text += String.fromCharCode(
			...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? cp1252High.charCodeAt(b - 0x80) : b))
		);
	}
	return text;
}
