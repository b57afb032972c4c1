/**
 * Property-based tests for the ingest core: decode → sniff → parseNumber.
 *
 * The example-based tests beside each module pin known files; these generate many inputs and
 * check what must hold for all of them: nothing crashes, a table written in any supported CSV
 * dialect and encoding reads back to the same values, and Windows-1252 text survives decoding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '$lib/errors/app-error';
import { decode, hasUtf8Letter, type Encoding } from './decode';
import {
	decimalEvidence,
	missingReason,
	numberPatterns,
	parseNumber,
	type DecimalMark
} from './number';
import { delimiters, sniff, type Delimiter } from './sniff';

const numRuns = 300;

// ---------------------------------------------------------------------------------------------
// Encoders, written independently of decode.ts so the tests do not share its table.

/** Windows-1252 bytes 0x80-0x9F (WHATWG index); the five unused bytes map to C1 controls. */
const cp1252Specials: [byte: number, char: string][] = [
	[0x80, '€'],
	[0x81, '\u0081'],
	[0x82, '‚'],
	[0x83, 'ƒ'],
	[0x84, '„'],
	[0x85, '…'],
	[0x86, '†'],
	[0x87, '‡'],
	[0x88, 'ˆ'],
	[0x89, '‰'],
	[0x8a, 'Š'],
	[0x8b, '‹'],
	[0x8c, 'Œ'],
	[0x8d, '\u008d'],
	[0x8e, 'Ž'],
	[0x8f, '\u008f'],
	[0x90, '\u0090'],
	[0x91, '‘'],
	[0x92, '’'],
	[0x93, '“'],
	[0x94, '”'],
	[0x95, '•'],
	[0x96, '–'],
	[0x97, '—'],
	[0x98, '˜'],
	[0x99, '™'],
	[0x9a, 'š'],
	[0x9b, '›'],
	[0x9c, 'œ'],
	[0x9d, '\u009d'],
	[0x9e, 'ž'],
	[0x9f, 'Ÿ']
];
const cp1252Bytes = new Map<string, number>(cp1252Specials.map(([byte, char]) => [char, byte]));

/** Encodes text whose characters are all in the Windows-1252 repertoire. */
function encodeWindows1252(text: string): Uint8Array {
	return Uint8Array.from(text, (char) => {
		const special = cp1252Bytes.get(char);
		if (special !== undefined) return special;
		const code = char.charCodeAt(0);
		if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
		throw new Error(`not in Windows-1252: U+${code.toString(16)}`);
	});
}

function encodeUtf16le(text: string): Uint8Array {
	const bytes = new Uint8Array(2 + text.length * 2);
	bytes.set([0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		bytes[2 + i * 2] = unit & 0xff;
		bytes[3 + i * 2] = unit >> 8;
	}
	return bytes;
}

function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** Runs `decode`, returning the AppError it throws instead of throwing it. */
function tryDecode(bytes: Uint8Array): ReturnType<typeof decode> | AppError {
	try {
		return decode(bytes, 'test.csv');
	} catch (error) {
		if (error instanceof AppError) return error;
		throw error;
	}
}

// ---------------------------------------------------------------------------------------------
// 1. No input crashes the ingest core.

/** Bytes of short CSV-like ASCII text, so prefixes are followed by valid UTF-8 too. */
const asciiBytes = fc
	.string({ unit: fc.constantFrom('a', 'b', ';', ',', '\n', '1', '.'), maxLength: 32 })
	.map((text) => new TextEncoder().encode(text));

const byteInputs = fc.oneof(
	fc.uint8Array({ maxLength: 64 }),
	// Reach the BOM and signature branches, not only the random-bytes branch.
	fc
		.tuple(
			fc.constantFrom(
				[0xef, 0xbb, 0xbf],
				[0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
				[0xff, 0xfe],
				[0xfe, 0xff],
				[0xff, 0xfe, 0xff, 0xfe],
				[0xfe, 0xff, 0xfe, 0xff],
				[0xff, 0xd8, 0xff],
				[0x50, 0x4b, 0x03, 0x04],
				[0x25, 0x50, 0x44, 0x46]
			),
			fc.oneof(asciiBytes, fc.uint8Array({ maxLength: 64 }))
		)
		.map(([prefix, rest]) => new Uint8Array([...prefix, ...rest])),
	// Mostly text, with the odd high byte: UTF-8 or Windows-1252.
	fc
		.string({ unit: fc.constantFrom('a', ';', ',', '\n', '1', 'ë', '’', '€', '\u00ff', '\u00fe') })
		.chain((text) => fc.constantFrom(new TextEncoder().encode(text), encodeWindows1252(text)))
);

describe('decode never crashes', () => {
	it('returns a Decoded or throws an AppError, for any bytes', () => {
		fc.assert(
			fc.property(byteInputs, (bytes) => {
				const result = tryDecode(bytes);
				if (result instanceof AppError) {
					expect(['file_empty', 'file_not_text']).toContain(result.code);
					return;
				}
				expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'utf-8+windows-1252']).toContain(
					result.encoding
				);
				expect(typeof result.text).toBe('string');
				expect(result.utf8).toBeInstanceOf(Uint8Array);
			}),
			{ numRuns }
		);
	});

	it('keeps `utf8` and `text` the same text, without a BOM', () => {
		fc.assert(
			fc.property(byteInputs, (bytes) => {
				const result = tryDecode(bytes);
				if (result instanceof AppError) return;
				// `utf8` feeds DuckDB and `text` feeds sniff and the preview: they must agree, or a
				// header seen in the preview is not the header DuckDB reads.
				expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.utf8)).toBe(result.text);
			}),
			{ numRuns }
		);
	});
});

// Regression (issue 3): a second UTF-8 BOM was stripped from `text` but kept in `utf8`, so
// DuckDB's first column name started with U+FEFF while the preview's did not.
it('decode strips every leading BOM from both `text` and `utf8`', () => {
	const twice = decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]), 'bom.csv');
	expect(twice.text).toBe('a');
	expect([...twice.utf8]).toEqual([0x61]);
	const utf16 = decode(new Uint8Array([0xff, 0xfe, 0xff, 0xfe, 0xff, 0xfe, 0x61, 0]), 'bom.csv');
	expect(utf16.text).toBe('a');
	expect([...utf16.utf8]).toEqual([0x61]);
	// A BOM inside the text is content: both keep it.
	const inside = decode(new Uint8Array([0x61, 0xef, 0xbb, 0xbf, 0x62]), 'bom.csv');
	expect(inside.text).toBe('a\ufeffb');
	expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(inside.utf8)).toBe(inside.text);
});

describe('sniff never crashes', () => {
	const csvish = fc.string({
		unit: fc.constantFrom(';', ',', '\t', '|', '"', '\n', '\r', ' ', 'a', 'b', '1', '2', '.', '-'),
		maxLength: 200
	});
	const anyText = fc.oneof(csvish, fc.string({ unit: 'binary', maxLength: 200 }));
	const forced = fc.record(
		{
			delimiter: fc.constantFrom<Delimiter>(...delimiters),
			decimal: fc.constantFrom<DecimalMark>(',', '.')
		},
		{ requiredKeys: [] }
	);

	it('returns a well-formed result for any text and any forced options', () => {
		fc.assert(
			fc.property(anyText, fc.option(forced, { nil: undefined }), (text, options) => {
				const result = sniff(text, options);
				expect(delimiters).toContain(result.delimiter);
				expect([',', '.']).toContain(result.decimal);
				if (options?.delimiter) expect(result.delimiter).toBe(options.delimiter);
				if (options?.decimal) expect(result.decimal).toBe(options.decimal);
				expect(Number.isInteger(result.headerLine)).toBe(true);
				expect(result.headerLine).toBeGreaterThanOrEqual(0);
				expect(result.header.every((name) => typeof name === 'string')).toBe(true);
				for (const row of result.rows) {
					expect(row.every((cell) => typeof cell === 'string')).toBe(true);
					expect(row.some((cell) => cell.trim() !== '')).toBe(true);
				}
			}),
			{ numRuns }
		);
	});
});

/** Number-shaped text: sign, digits (sometimes very many), separators, exponent. */
const numberish = fc
	.tuple(
		fc.constantFrom('', '-', '+'),
		fc.oneof(fc.stringMatching(/^\d{1,12}$/), fc.stringMatching(/^\d{300,400}$/)),
		fc.array(fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^\d{1,4}$/)), {
			maxLength: 3
		}),
		fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.nat(1000)), {
			nil: undefined
		})
	)
	.map(
		([sign, int, groups, exponent]) =>
			sign +
			int +
			groups.map(([sep, digits]) => sep + digits).join('') +
			(exponent ? exponent[0] + exponent[1] + exponent[2] : '')
	);

describe('parseNumber never crashes', () => {
	it('returns a finite number or null for any text', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary' }),
				fc.constantFrom<DecimalMark>(',', '.'),
				(raw, d) => {
					const value = parseNumber(raw, d);
					expect(value === null || Number.isFinite(value)).toBe(true);
				}
			),
			{ numRuns }
		);
	});

	it('returns a finite number or null for number-shaped text, as its pattern says', () => {
		fc.assert(
			fc.property(numberish, fc.constantFrom<DecimalMark>(',', '.'), (raw, d) => {
				const value = parseNumber(raw, d);
				expect(value === null || Number.isFinite(value)).toBe(true);
				// Agrees with its own pattern, which the SQL import uses with the same cleaning,
				// except where the text is beyond the range of a double.
				const cleaned =
					d === ',' ? raw.replaceAll('.', '').replace(',', '.') : raw.replaceAll(',', '');
				const inRange = Number.isFinite(Number(cleaned.trim()));
				expect(value !== null).toBe(numberPatterns[d].test(raw.trim()) && inRange);
				// Plain integers read the same with either mark.
				if (/^[-+]?\d+$/.test(raw)) expect(value).toBe(parseNumber(raw, d === ',' ? '.' : ','));
			}),
			{ numRuns }
		);
	});

	// Regression (issue 3): text beyond the range of a double came back as Infinity.
	it('reads text beyond the range of a double as null, never Infinity', () => {
		expect(parseNumber('1e999', '.')).toBeNull();
		expect(parseNumber('3e308', '.')).toBeNull();
		expect(parseNumber('-3e308', '.')).toBeNull();
		expect(parseNumber('9'.repeat(310), ',')).toBeNull();
		expect(parseNumber('9'.repeat(310), '.')).toBeNull();
		// The largest doubles still read.
		expect(parseNumber('1.7976931348623157e308', '.')).toBe(Number.MAX_VALUE);
		expect(parseNumber('9'.repeat(308), ',')).toBe(Number('9'.repeat(308)));
	});
});

// ---------------------------------------------------------------------------------------------
// 2. Round trip: table → CSV text → bytes → decode → sniff → parseNumber → same table.

/** A cell's value is n / 10^scale, written with exactly `scale` decimals; null is missing. */
type Cell = { n: number; scale: number } | null;

interface Dialect {
	delimiter: Delimiter;
	decimal: DecimalMark;
	/** Group thousands: 1.234,5 with a decimal comma, 1,234.5 with a decimal point. */
	thousands: boolean;
	quoteAll: boolean;
	eol: '\n' | '\r\n';
	finalEol: boolean;
	encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';
}

const nameStart = 'abcdefghijklmnopqrstuvwxyzëéú'.split('');
const nameRest = [...nameStart, ...'0123456789_âü’€'.split('')];
const columnName = fc
	.tuple(
		fc.constantFrom(...nameStart),
		fc.string({ unit: fc.constantFrom(...nameRest), maxLength: 10 })
	)
	.map(([first, rest]) => first + rest);

/**
 * A column's cells: like real data, a column tends to keep one number of decimals (or none, or
 * a mix) and has its own share of missing cells; all columns may be fully filled.
 */
const column = fc
	.record({
		scale: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
		missing: fc.constantFrom(0, 0, 0.1, 0.5)
	})
	.map(({ scale, missing }) =>
		fc
			.record({
				n: fc.oneof(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -1e10, max: 1e10 })),
				scale: scale === undefined ? fc.integer({ min: 0, max: 3 }) : fc.constant(scale),
				missing: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })
			})
			.map(({ n, scale, missing: roll }): Cell => (roll < missing ? null : { n, scale }))
	);

const table = fc
	.uniqueArray(columnName, { minLength: 2, maxLength: 8 })
	.chain((header) =>
		fc.record({
			header: fc.constant(header),
			columns: fc.array(column, { minLength: header.length, maxLength: header.length })
		})
	)
	.chain(({ header, columns }) =>
		fc.record({
			header: fc.constant(header),
			rows: fc.array(fc.tuple(...columns), { minLength: 1, maxLength: 30 })
		})
	);

const dialect: fc.Arbitrary<Dialect> = fc.record({
	delimiter: fc.constantFrom<Delimiter>(...delimiters),
	decimal: fc.constantFrom<DecimalMark>(',', '.'),
	thousands: fc.boolean(),
	quoteAll: fc.boolean(),
	eol: fc.constantFrom<Dialect['eol']>('\n', '\r\n'),
	finalEol: fc.boolean(),
	encoding: fc.constantFrom<Dialect['encoding']>('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252')
});

const valueOf = (c: NonNullable<Cell>) => c.n / 10 ** c.scale;

function formatCell(c: Cell, d: Dialect): string {
	if (c === null) return '';
	const digits = String(Math.abs(c.n)).padStart(c.scale + 1, '0');
	let whole = digits.slice(0, digits.length - c.scale);
	const fraction = digits.slice(digits.length - c.scale);
	if (d.thousands) whole = whole.replace(/\B(?=(\d{3})+$)/g, d.decimal === ',' ? '.' : ',');
	return (c.n < 0 ? '-' : '') + whole + (c.scale > 0 ? d.decimal + fraction : '');
}

/** RFC 4180 field: quoted when asked, or when it holds the delimiter (e.g. 1,5 with ','). */
function formatField(text: string, d: Dialect): string {
	const needsQuotes = /["\r\n]/.test(text) || text.includes(d.delimiter);
	return d.quoteAll || needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeCsv(header: string[], rows: Cell[][], d: Dialect): string {
	const lines = [
		header.map((name) => formatField(name, d)),
		...rows.map((row) => row.map((c) => formatField(formatCell(c, d), d)))
	].map((fields) => fields.join(d.delimiter));
	return lines.join(d.eol) + (d.finalEol ? d.eol : '');
}

function encodeCsv(text: string, d: Dialect): Uint8Array {
	switch (d.encoding) {
		case 'utf-8':
			return new TextEncoder().encode(text);
		case 'utf-8-bom':
			return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		case 'utf-16le':
			return encodeUtf16le(text);
		case 'windows-1252':
			return encodeWindows1252(text);
	}
}

const isAscii = (text: string) => [...text].every((char) => char.charCodeAt(0) < 0x80);

/**
 * Encodes the CSV text and says which encoding decode must report. Windows-1252 bytes that are
 * valid UTF-8 as well read as UTF-8, by design: for ASCII text that is the same text, otherwise
 * (ë’’ is EB 92 92, also a Hangul syllable in UTF-8) no decoder can tell, so the run is skipped.
 */
function encodeTable(text: string, d: Dialect): { bytes: Uint8Array; encoding: Encoding } {
	const bytes = encodeCsv(text, d);
	if (d.encoding === 'utf-16le') return { bytes, encoding: 'utf-16le' };
	if (d.encoding !== 'windows-1252') return { bytes, encoding: 'utf-8' };
	if (!isValidUtf8(bytes)) return { bytes, encoding: 'windows-1252' };
	fc.pre(isAscii(text));
	return { bytes, encoding: 'utf-8' };
}

/** Checks one sniffed cell against the generated one, read with `decimal`. */
function expectCell(raw: string | undefined, expected: Cell, decimal: DecimalMark) {
	expect(raw).toBeDefined();
	const text = raw ?? '';
	if (expected === null) {
		// Missing stays missing: never 0, never a number.
		expect(text.trim()).toBe('');
		expect(missingReason(text)).toBe('not_available');
		expect(parseNumber(text, decimal)).toBeNull();
	} else {
		expect(missingReason(text)).toBeNull();
		expect(parseNumber(text, decimal)).toBe(valueOf(expected));
	}
}

/**
 * The rows sniff must return: every generated row except those with every cell missing, which
 * read as blank lines (`;;`) and sniff leaves out of its sample on purpose.
 */
const sampleRows = (rows: Cell[][]) => rows.filter((row) => row.some((c) => c !== null));

/** The marks a cell can be read with: a cell readable with one mark only is decimal evidence. */
function readableWith(raw: string): DecimalMark[] {
	return (['.', ','] as const).filter((mark) => parseNumber(raw, mark) !== null);
}

describe('sniff regressions (issue 3)', () => {
	// ',' split every data row into one more field than there are columns and won on "more
	// fields per line", although it did not split the header.
	it("sniff keeps ';' when every cell has a decimal comma", () => {
		const text = ['a;b;c', '0,1;0,2;0,3', '0,1;0,2;0,3', '0,1;0,2;0,3', '0,1;0,2;0,3', ''];
		const sniffed = sniff(text.join('\n'));
		expect(sniffed.delimiter).toBe(';');
		expect(sniffed.header).toEqual(['a', 'b', 'c']);
		expect(sniffed.decimal).toBe(',');
	});

	it("sniff keeps '|' when every cell has a thousands comma and a decimal point", () => {
		const row = '1,234.5|2,345.6|3,456.7';
		const sniffed = sniff(['a|b|c', row, row, row, row, row, ''].join('\n'));
		expect(sniffed.delimiter).toBe('|');
		expect(sniffed.header).toEqual(['a', 'b', 'c']);
		expect(sniffed.decimal).toBe('.');
	});

	it("sniff still takes ',' when the commas split text, not numbers", () => {
		const text = ['a,b,c', 'x;1,y;2,z;3', 'x;1,y;2,z;3', 'x;1,y;2,z;3', ''];
		expect(sniff(text.join('\n')).delimiter).toBe(',');
	});

	// 1.000.000 can only be read with a decimal comma, but decimalEvidence ignored it.
	it('sniff takes integers with two thousands groups as decimal evidence', () => {
		const text = ['a|b|c', '1|-1.000.000|2', '3|4|5', '6|7|8', ''];
		const sniffed = sniff(text.join('\n'));
		expect(sniffed.decimal).toBe(',');
		expect(decimalEvidence('12.345.678')).toBe(',');
		expect(decimalEvidence('12,345,678')).toBe('.');
	});
});

describe('round trip: table → CSV → decode → sniff → parseNumber', () => {
	it('reads back every value with the delimiter and decimal mark forced', () => {
		fc.assert(
			fc.property(table, dialect, ({ header, rows }, d) => {
				const text = writeCsv(header, rows, d);
				const { bytes, encoding } = encodeTable(text, d);
				const decoded = decode(bytes, 'table.csv');
				expect(decoded.encoding).toBe(encoding);
				expect(decoded.text).toBe(text);

				const sniffed = sniff(decoded.text, { delimiter: d.delimiter, decimal: d.decimal });
				expect(sniffed.delimiter).toBe(d.delimiter);
				expect(sniffed.decimal).toBe(d.decimal);
				expect(sniffed.headerLine).toBe(0);
				expect(sniffed.header).toEqual(header);
				const expected = sampleRows(rows);
				expect(sniffed.rows).toHaveLength(expected.length);
				expected.forEach((row, r) => {
					expect(sniffed.rows[r]).toHaveLength(header.length);
					row.forEach((c, i) => expectCell(sniffed.rows[r]?.[i], c, sniffed.decimal));
				});
			}),
			{ numRuns }
		);
	});

	/*
	 * Without forcing, the sniffer must find what the text shows, and only that:
	 * - the delimiter, once the table has at least 3 columns and 3 rows (with fewer lines,
	 *   decimal commas can split the lines as consistently as the real delimiter does);
	 * - the decimal mark, whenever some cell can be read with one mark only (1,5 or 1234.5 or
	 *   1.234,5 or 12.345.678); all such cells point the same way, as the table has one dialect;
	 * - otherwise every cell reads with both marks (123, 1.234, 1,500): no sniffer can know, so
	 *   sniff falls back to its documented default (',' with ';', '.' otherwise). The values
	 *   must then still come back wherever both marks read a cell the same (integers without
	 *   thousands separators); a cell like 1.500 may legitimately read as 1.5 or 1500.
	 */
	it('finds the delimiter and decimal mark the text shows, and reads back the values', () => {
		fc.assert(
			fc.property(table, dialect, ({ header, rows }, d) => {
				const text = writeCsv(header, rows, d);
				const { bytes } = encodeTable(text, d);
				const decoded = decode(bytes, 'table.csv');
				expect(decoded.text).toBe(text);

				const sniffed = sniff(decoded.text);
				const bigEnough = header.length >= 3 && rows.length >= 3;
				if (!bigEnough) return;
				expect(sniffed.delimiter).toBe(d.delimiter);
				expect(sniffed.headerLine).toBe(0);
				expect(sniffed.header).toEqual(header);

				const expected = sampleRows(rows);
				const written = expected.flatMap((row) => row.map((c) => formatCell(c, d)));
				const evidence = written.filter((raw) => readableWith(raw).length === 1);
				// One dialect: every cell readable with one mark only is readable with the true one.
				for (const raw of evidence) expect(readableWith(raw)).toEqual([d.decimal]);
				if (evidence.length > 0) {
					expect(sniffed.decimal).toBe(d.decimal);
				} else {
					expect(sniffed.decimal).toBe(d.delimiter === ';' ? ',' : '.');
				}

				expect(sniffed.rows).toHaveLength(expected.length);
				expected.forEach((row, r) => {
					row.forEach((c, i) => {
						const raw = sniffed.rows[r]?.[i] ?? '';
						const sameBothWays = parseNumber(raw, ',') === parseNumber(raw, '.');
						if (sniffed.decimal === d.decimal || sameBothWays) {
							expectCell(raw, c, sniffed.decimal);
						} else {
							// The sniffer guessed the other mark on ambiguous text: it still reads a number.
							expect(c).not.toBeNull();
							expect(parseNumber(raw, sniffed.decimal)).not.toBeNull();
						}
					});
				});
			}),
			{ numRuns }
		);
	});
});

// ---------------------------------------------------------------------------------------------
// 3. Windows-1252 text decodes back to itself.

const latin1 = Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i));
const ascii = Array.from({ length: 0x7f }, (_, i) => String.fromCharCode(0x01 + i));
const cp1252Char = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom('’', '€', 'ë', 'ú', 'â') },
	{ weight: 3, arbitrary: fc.constantFrom(...ascii) },
	{ weight: 2, arbitrary: fc.constantFrom(...latin1) },
	{ weight: 2, arbitrary: fc.constantFrom(...cp1252Specials.map(([, char]) => char)) }
);

/** UTF-16 BOMs and binary signatures (PNG, JPEG, GIF, PDF, ZIP, old Excel) that win over text. */
const signatures = [
	[0xff, 0xfe],
	[0xfe, 0xff],
	[0x89, 0x50, 0x4e, 0x47],
	[0xff, 0xd8, 0xff],
	[0x47, 0x49, 0x46, 0x38],
	[0x25, 0x50, 0x44, 0x46],
	[0x50, 0x4b, 0x03, 0x04],
	[0x50, 0x4b, 0x05, 0x06],
	[0xd0, 0xcf, 0x11, 0xe0]
];

describe('Windows-1252', () => {
	/*
	 * Holds whenever the bytes are not valid UTF-8 (valid UTF-8 is read as UTF-8 first, by
	 * design) and do not begin with a UTF-16 BOM or a binary file's signature: text beginning
	 * with ÿþ (FF FE) is read as UTF-16, and ‰PNG as an image. NUL (0x00) is left out of the
	 * repertoire because it marks a binary file. Bytes that hold a two-byte UTF-8 letter (Ã© is
	 * C3 A9, é in UTF-8) are read line by line as partly UTF-8, by design (decodeMixed).
	 */
	it('decodes any Windows-1252 text that is not valid UTF-8 back to itself', () => {
		fc.assert(
			fc.property(fc.string({ unit: cp1252Char, minLength: 1, maxLength: 80 }), (text) => {
				const bytes = encodeWindows1252(text);
				fc.pre(!isValidUtf8(bytes) && !hasUtf8Letter(bytes));
				const result = tryDecode(bytes);
				if (signatures.some((prefix) => prefix.every((b, i) => bytes[i] === b))) {
					// Read as UTF-16 or refused as binary: either way, never as other Windows-1252 text.
					if (result instanceof AppError) expect(result.code).toBe('file_not_text');
					else expect(result.encoding).toMatch(/^utf-16/);
					return;
				}
				expect(result).not.toBeInstanceOf(AppError);
				if (result instanceof AppError) return;
				expect(result.encoding).toBe('windows-1252');
				expect(result.text).toBe(text);
				expect(new TextDecoder().decode(result.utf8)).toBe(text);
			}),
			{ numRuns: 500 }
		);
	});
});
