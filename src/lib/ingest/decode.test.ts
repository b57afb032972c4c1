import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '$lib/errors/app-error';
import { sharedFile, utf8 } from '../../../tests/helpers/files';
import { binaryKind, decode, decodeWindows1252, isAscii, type Encoding } from './decode';

const bom8 = [0xef, 0xbb, 0xbf];

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
	const bytes = [order === 'le' ? 0xff : 0xfe, order === 'le' ? 0xfe : 0xff];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const pair = [unit & 0xff, unit >> 8];
		bytes.push(...(order === 'le' ? pair : pair.reverse()));
	}
	return new Uint8Array(bytes);
}

/** The error `decode` throws, so its code and params can be checked. */
function decodeError(bytes: Uint8Array, fileName: string): AppError {
	try {
		decode(bytes, fileName);
	} catch (error) {
		if (error instanceof AppError) return error;
		throw error;
	}
	throw new Error(`decode accepted ${fileName}`);
}

const sample = 'gebiedscode;gebiedsnaam;waarde\nWK036300;Burgwallen-Oude Zijde;76,1\n';
const accents = 'WK168000;Súdwest-Fryslân;’t Zandt € 12,5\n';

describe('decode', () => {
	it.each<{ name: string; bytes: Uint8Array; text: string; encoding: Encoding }>([
		{ name: 'UTF-8 without BOM', bytes: utf8(sample), text: sample, encoding: 'utf-8' },
		{
			name: 'UTF-8 with BOM',
			bytes: new Uint8Array([...bom8, ...utf8(sample)]),
			text: sample,
			encoding: 'utf-8'
		},
		{ name: 'UTF-8 accents', bytes: utf8(accents), text: accents, encoding: 'utf-8' },
		{
			name: 'UTF-16 LE with BOM',
			bytes: utf16(accents, 'le'),
			text: accents,
			encoding: 'utf-16le'
		},
		{
			name: 'UTF-16 BE with BOM',
			bytes: utf16(accents, 'be'),
			text: accents,
			encoding: 'utf-16be'
		},
		{
			name: 'Windows-1252',
			bytes: new Uint8Array([0x53, 0xfa, 0x3b, 0xe2, 0x3b, 0x92, 0x74, 0x3b, 0x80]),
			text: 'Sú;â;’t;€',
			encoding: 'windows-1252'
		},
		{
			// A UTF-8 export with one line typed in Excel: each line keeps its own characters.
			name: 'UTF-8 with a line in Windows-1252',
			bytes: new Uint8Array([
				...utf8('naam;waarde\nCafé Noord;1\n'),
				...[
					0x92, 0x73, 0x2d, 0x47, 0x72, 0x61, 0x76, 0x65, 0x6e, 0x68, 0x61, 0x67, 0x65, 0x3b, 0x32,
					0x0a
				]
			]),
			text: 'naam;waarde\nCafé Noord;1\n’s-Gravenhage;2\n',
			encoding: 'utf-8+windows-1252'
		}
	])('decode reads $name', ({ bytes, text, encoding }) => {
		const decoded = decode(bytes, 'test.csv');
		expect(decoded.text).toBe(text);
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.text).not.toContain('\ufffd');
		expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
		// The UTF-8 copy for DuckDB never carries a BOM and says the same as the text.
		expect(Array.from(decoded.utf8.subarray(0, 3))).not.toEqual(bom8);
		expect(new TextDecoder().decode(decoded.utf8)).toBe(text);
	});

	it('decode passes UTF-8 bytes without BOM through unchanged', () => {
		const bytes = utf8(sample);
		expect(decode(bytes, 'test.csv').utf8).toEqual(bytes);
	});

	it('decode reads the shared UTF-16 LE export', () => {
		const decoded = decode(sharedFile('bad/utf16le-bom.csv'), 'utf16le-bom.csv');
		expect(decoded.encoding).toBe('utf-16le');
		expect(decoded.text.startsWith('gebiedcode;gebiednaam;indicator;periode;waarde\n')).toBe(true);
		expect(decoded.text).toContain('WK036300;Burgwallen-Oude Zijde;ervaren_gezondheid;2020;76,1');
		expect(decoded.text).not.toContain('\u0000');
		expect(new TextDecoder().decode(decoded.utf8)).toBe(decoded.text);
	});

	it('decode reads the shared Windows-1252 export with ú â ’ € intact', () => {
		const decoded = decode(sharedFile('bad/windows-1252.csv'), 'windows-1252.csv');
		expect(decoded.encoding).toBe('windows-1252');
		expect(decoded.text).toContain('Súdwest-Fryslân Noord');
		expect(decoded.text).toContain('’t Zandt € centrum');
		expect(decoded.text).not.toContain('\ufffd');
		expect(new TextDecoder().decode(decoded.utf8)).toBe(decoded.text);
	});

	it.each([
		{ name: 'empty.csv', bytes: () => sharedFile('bad/empty.csv') },
		{ name: 'nothing.csv', bytes: () => new Uint8Array() }
	])('decode refuses $name as file_empty', ({ name, bytes }) => {
		const error = decodeError(bytes(), name);
		expect(error.code).toBe('file_empty');
		expect(error.params).toEqual({ file: name });
	});

	it.each([
		{ name: 'binary-png-renamed.csv', kind: 'PNG-afbeelding' },
		{ name: 'zip-renamed.csv', kind: 'ZIP-bestand (bijvoorbeeld een Excel-bestand)' }
	])('decode refuses $name as file_not_text naming $kind', ({ name, kind }) => {
		const error = decodeError(sharedFile(`bad/${name}`), name);
		expect(error.code).toBe('file_not_text');
		expect(error.params).toEqual({ file: name, kind });
	});
});

describe('binaryKind', () => {
	it.each([
		{ name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], kind: 'PNG-afbeelding' },
		{ name: 'JPEG', bytes: [0xff, 0xd8, 0xff, 0xe0], kind: 'JPEG-afbeelding' },
		{ name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], kind: 'GIF-afbeelding' },
		{ name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF-document' },
		{
			name: 'XLSX (zip)',
			bytes: [0x50, 0x4b, 0x03, 0x04, 0x14],
			kind: 'ZIP-bestand (bijvoorbeeld een Excel-bestand)'
		},
		{ name: 'empty zip', bytes: [0x50, 0x4b, 0x05, 0x06, 0x00], kind: 'ZIP-bestand' },
		{ name: 'XLS', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1], kind: 'oud Excel-bestand' },
		{ name: 'a NUL byte', bytes: [0x61, 0x3b, 0x00, 0x62], kind: 'binair bestand' },
		{ name: 'UTF-16 LE text', bytes: [0xff, 0xfe, 0x61, 0x00], kind: null },
		{ name: 'UTF-16 BE text', bytes: [0xfe, 0xff, 0x00, 0x61], kind: null },
		{ name: 'plain text', bytes: [...utf8('a;b\n1;2\n')], kind: null }
	])('binaryKind names $name as $kind', ({ bytes, kind }) => {
		expect(binaryKind(new Uint8Array(bytes))).toBe(kind);
	});
});

describe('decodeWindows1252', () => {
	it.each([
		{ byte: 0x80, char: '€' },
		{ byte: 0x92, char: '’' },
		{ byte: 0x93, char: '“' },
		{ byte: 0x96, char: '–' },
		{ byte: 0x9f, char: 'Ÿ' },
		{ byte: 0xe2, char: 'â' },
		{ byte: 0xe9, char: 'é' },
		{ byte: 0xfa, char: 'ú' },
		{ byte: 0x41, char: 'A' }
	])('decodeWindows1252 reads byte $byte as $char', ({ byte, char }) => {
		expect(decodeWindows1252(new Uint8Array([byte]))).toBe(char);
	});

	it('decodeWindows1252 reads files larger than one chunk', () => {
		const bytes = new Uint8Array(200_000).fill(0x80);
		bytes[bytes.length - 1] = 0xfa;
		const text = decodeWindows1252(bytes);
		expect(text.length).toBe(200_000);
		expect(text.startsWith('€€')).toBe(true);
		expect(text.endsWith('€ú')).toBe(true);
	});
});

describe('decode with textChars', () => {
	const ascii = utf8('code;waarde\n' + 'GM0363;12,5\n'.repeat(50));

	it('decode returns only the start of a plain ASCII file when only the start is wanted', () => {
		const decoded = decode(ascii, 'test.csv', { textChars: 20 });
		expect(decoded.text).toBe('code;waarde\nGM0363;1');
		expect(decoded.encoding).toBe('utf-8');
		expect(decoded.utf8).toEqual(ascii);
	});

	it('decode still reads a file with other characters in full, to tell UTF-8 from Windows-1252', () => {
		const bytes = new Uint8Array([...ascii, 0x92]);
		const decoded = decode(bytes, 'test.csv', { textChars: 20 });
		expect(decoded.encoding).toBe('windows-1252');
		expect(decoded.text.endsWith('’')).toBe(true);
	});

	it('decode with textChars agrees with decoding in full, for any bytes', () => {
		const unit = fc.constantFrom(0x61, 0x3b, 0x0a, 0x31, 0xc3, 0xab, 0x92, 0xef, 0xbb, 0xbf);
		fc.assert(
			fc.property(
				fc
					.uint8Array({ minLength: 1, maxLength: 40 })
					.chain((random) =>
						fc.oneof(fc.constant(random), fc.array(unit, { minLength: 1, maxLength: 40 }))
					),
				fc.nat(50),
				(raw, chars) => {
					const bytes = Uint8Array.from(raw);
					let full;
					try {
						full = decode(bytes, 'test.csv');
					} catch {
						expect(() => decode(bytes, 'test.csv', { textChars: chars })).toThrow();
						return;
					}
					const part = decode(bytes, 'test.csv', { textChars: chars });
					expect(part.encoding).toBe(full.encoding);
					expect(part.utf8).toEqual(full.utf8);
					expect(full.text.startsWith(part.text)).toBe(true);
					expect(part.text.length).toBeGreaterThanOrEqual(Math.min(chars, full.text.length));
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('isAscii', () => {
	it('isAscii finds a high byte at any position and alignment', () => {
		const buffer = new Uint8Array(64).fill(0x41);
		for (let offset = 0; offset < 5; offset++) {
			for (let at = offset; at < 64; at++) {
				const bytes = buffer.slice();
				bytes[at] = 0x80;
				expect(isAscii(bytes.subarray(offset))).toBe(false);
			}
			expect(isAscii(buffer.subarray(offset))).toBe(true);
		}
		expect(isAscii(new Uint8Array(0))).toBe(true);
	});
});
