/**
 * Turns a query result in Arrow IPC format, as duckdb-wasm's worker sends it, into plain row
 * objects, so the browser does not need apache-arrow (about 45 kB gzip) to read query results.
 *
 * It reads the column types the engine produces with the app's cast options (BIGINT, HUGEINT
 * and DECIMAL arrive as DOUBLE) and gives the same values as apache-arrow 17's `row.toJSON()`:
 * numbers, strings, booleans and null; DATE and TIMESTAMP as milliseconds since 1970; 64-bit
 * integers as bigint; BLOB as Uint8Array; ENUM (dictionary-encoded) as its text. A LIST becomes
 * a plain array (apache-arrow gives a Vector: the app only iterates it). STRUCT, MAP, TIME,
 * INTERVAL and compressed batches throw: no query of the app returns them.
 *
 * Format: https://arrow.apache.org/docs/format/Columnar.html; the envelope is read in ./arrow-ipc.ts.
 */
import {
	HEADER_DICTIONARY,
	HEADER_RECORD_BATCH,
	HEADER_SCHEMA,
	messages,
	Table,
	TYPE_NAMES,
	utf8
} from './arrow-ipc';

/**
 * How to read one column: `read` gives the value at a row of a decoded batch column; `buffers`
 * is the number of data buffers after the validity buffer; `child` is a LIST's element column.
 */
interface Spec {
	name: string;
	read: Reader;
	buffers: number;
	child?: Spec;
}
type Reader = (batch: Batch, column: Column, row: number) => unknown;
/** One column of one record batch: its buffers (views into the body) and a LIST's child. */
interface Column {
	validity: Uint8Array | null;
	buffers: Uint8Array[];
	child?: Column;
}
type Batch = { view: DataView };

const isValid = (column: Column, row: number) =>
	column.validity === null || (column.validity[row >> 3]! & (1 << (row & 7))) !== 0;

/** Position of `buffer` in the batch's DataView. */
const offsetIn = (view: DataView, buffer: Uint8Array) => buffer.byteOffset - view.byteOffset;

/** Fixed-width values: `get(view, position)` at `row * width` in the values buffer. */
function fixed(width: number, get: (view: DataView, at: number) => unknown): Reader {
	return ({ view }, column, row) =>
		isValid(column, row) ? get(view, offsetIn(view, column.buffers[0]!) + row * width) : null;
}

/** The [start, end) of a row in an int32 offsets buffer (Utf8, Binary, List). */
function range({ view }: Batch, offsets: Uint8Array, row: number): [number, number] {
	const at = offsetIn(view, offsets) + 4 * row;
	return [view.getInt32(at, true), view.getInt32(at + 4, true)];
}

/** Variable-width values (Utf8, Binary): offsets in buffer 0, bytes in buffer 1. */
function variable(decode: (bytes: Uint8Array) => unknown): Reader {
	return (batch, column, row) => {
		if (!isValid(column, row)) return null;
		const [start, end] = range(batch, column.buffers[0]!, row);
		return decode(column.buffers[1]!.subarray(start, end));
	};
}

/**
 * Short ASCII texts (codes, periods, most names) are read byte by byte: a TextDecoder call costs
 * more than the decoding itself, and a chart's answer holds thousands of such cells.
 */
function decodeText(bytes: Uint8Array): string {
	if (bytes.length > 32) return utf8.decode(bytes);
	let text = '';
	for (const byte of bytes) {
		if (byte > 0x7f) return utf8.decode(bytes);
		text += String.fromCharCode(byte);
	}
	return text;
}

/** TimeUnit SECOND, MILLISECOND, MICROSECOND, NANOSECOND to milliseconds. */
const TO_MS = [
	(n: number) => n * 1000,
	(n: number) => n,
	(n: number) => n / 1e3,
	(n: number) => n / 1e6
];

function intReader(bitWidth: number, signed: boolean): Reader {
	if (bitWidth === 8) return fixed(1, (v, at) => (signed ? v.getInt8(at) : v.getUint8(at)));
	if (bitWidth === 16)
		return fixed(2, (v, at) => (signed ? v.getInt16(at, true) : v.getUint16(at, true)));
	if (bitWidth === 32)
		return fixed(4, (v, at) => (signed ? v.getInt32(at, true) : v.getUint32(at, true)));
	if (bitWidth === 64)
		return fixed(8, (v, at) => (signed ? v.getBigInt64(at, true) : v.getBigUint64(at, true)));
	throw new Error(`arrowRows: unsupported integer width ${bitWidth}`);
}

/** A dictionary's values, filled by dictionary batches, looked up by the column's indices. */
interface Dictionary {
	spec: Spec;
	values: unknown[];
}

/** How to read `field` (a flatbuffer Field); dictionary-encoded fields register their dictionary. */
function specFor(field: Table, dictionaries: Map<number, Dictionary>): Spec {
	const name = field.string(0);
	const encoding = field.table(4);
	if (encoding) {
		// DictionaryEncoding { id: long, indexType: Int (absent: signed 32 bits), … }
		const index = encoding.table(1);
		const indexOf = intReader(index ? index.int32(0) : 32, index ? index.uint8(1) === 1 : true);
		const dictionary: Dictionary = { spec: valueSpec(field, name, dictionaries), values: [] };
		dictionaries.set(encoding.int64(0), dictionary);
		const read: Reader = (batch, column, row) => {
			const i = indexOf(batch, column, row);
			return i === null ? null : (dictionary.values[Number(i)] ?? null);
		};
		return { name, read, buffers: 1 };
	}
	return valueSpec(field, name, dictionaries);
}

function valueSpec(field: Table, name: string, dictionaries: Map<number, Dictionary>): Spec {
	const typeId = field.uint8(2);
	const type = field.table(3);
	const spec = (read: Reader, buffers = 1): Spec => ({ name, read, buffers });
	switch (TYPE_NAMES[typeId]) {
		case 'Null':
			return spec(() => null, 0);
		case 'Int':
			return spec(intReader(type!.int32(0), type!.uint8(1) === 1));
		case 'FloatingPoint': {
			const precision = type!.int16(0);
			if (precision === 1) return spec(fixed(4, (v, at) => v.getFloat32(at, true)));
			if (precision === 2) return spec(fixed(8, (v, at) => v.getFloat64(at, true)));
			break;
		}
		case 'Utf8':
			return spec(variable(decodeText), 2);
		case 'Binary':
			return spec(
				variable((bytes) => bytes),
				2
			);
		case 'Bool':
			return spec((_batch, column, row) =>
				isValid(column, row) ? (column.buffers[0]![row >> 3]! & (1 << (row & 7))) !== 0 : null
			);
		case 'Date':
			// DateUnit: DAY = 0, MILLISECOND = 1 (the schema's default).
			if (type!.int16(0, 1) === 0)
				return spec(fixed(4, (v, at) => v.getInt32(at, true) * 86_400_000));
			return spec(fixed(8, (v, at) => Number(v.getBigInt64(at, true))));
		case 'Timestamp': {
			const toMs = TO_MS[type!.int16(0)]!;
			return spec(fixed(8, (v, at) => toMs(Number(v.getBigInt64(at, true)))));
		}
		case 'List': {
			const child = specFor(field.tables(5)[0]!, dictionaries);
			const read: Reader = (batch, column, row) => {
				if (!isValid(column, row)) return null;
				const [start, end] = range(batch, column.buffers[0]!, row);
				return Array.from({ length: end - start }, (_, k) =>
					child.read(batch, column.child!, start + k)
				);
			};
			return { name, read, buffers: 1, child };
		}
	}
	throw new Error(
		`arrowRows: column "${name}" has Arrow type ${TYPE_NAMES[typeId] ?? typeId}, which the app does not read`
	);
}

/** Reads every row of an Arrow IPC file or stream into plain objects. */
export function arrowRows<T = Record<string, unknown>>(bytes: Uint8Array): T[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const isFile = utf8.decode(bytes.subarray(0, 6)) === 'ARROW1';
	// A file: magic (8 bytes with padding), the stream, footer, footer length, magic (6 bytes).
	const start = isFile ? 8 : 0;
	const end = isFile ? bytes.length - 10 - view.getInt32(bytes.length - 10, true) : bytes.length;
	let specs: Spec[] | null = null;
	const dictionaries = new Map<number, Dictionary>();
	const rows: T[] = [];
	for (const { message, body } of messages(bytes, view, start, end)) {
		const kind = message.uint8(1);
		const header = message.table(2)!;
		if (kind === HEADER_SCHEMA) {
			specs = header.tables(1).map((field) => specFor(field, dictionaries));
		} else if (kind === HEADER_DICTIONARY) {
			// DictionaryBatch { id: long, data: RecordBatch, isDelta: bool }
			const dictionary = dictionaries.get(header.int64(0));
			if (!dictionary) throw new Error('arrowRows: dictionary batch for an unknown column');
			const values: Record<string, unknown>[] = [];
			readBatch(view, header.table(1)!, body, [dictionary.spec], values);
			const read = values.map((v) => v[dictionary.spec.name]);
			dictionary.values = header.uint8(2) === 1 ? [...dictionary.values, ...read] : read;
		} else if (kind === HEADER_RECORD_BATCH) {
			if (!specs) throw new Error('arrowRows: record batch before schema');
			readBatch(view, header, body, specs, rows);
		}
	}
	return rows;
}

/**
 * Appends the rows of one RecordBatch. `meta` is the view its metadata is read from. Field nodes
 * and buffers come in schema order, depth first: a LIST's child right after the LIST.
 */
function readBatch<T>(meta: DataView, header: Table, body: Uint8Array, specs: Spec[], rows: T[]) {
	if (header.table(3)) throw new Error('arrowRows: compressed batches are not supported');
	const length = header.int64(0);
	// FieldNode { length: long, null_count: long } and Buffer { offset: long, length: long }.
	const nodes = header.vector(1);
	const buffers = header.vector(2);
	const long = (at: number) => Number(meta.getBigInt64(at, true));
	let nextNode = 0;
	let nextBuffer = 0;
	const buffer = () => {
		const at = buffers.start + 16 * nextBuffer++;
		return body.subarray(long(at), long(at) + long(at + 8));
	};
	const take = (spec: Spec): Column => {
		const nullCount = long(nodes.start + 16 * nextNode++ + 8);
		if (spec.buffers === 0) return { validity: null, buffers: [] };
		const validity = buffer();
		const data = Array.from({ length: spec.buffers }, buffer);
		const child = spec.child ? take(spec.child) : undefined;
		return {
			validity: nullCount > 0 && validity.length > 0 ? validity : null,
			buffers: data,
			child
		};
	};
	const columns = specs.map(take);
	const batch = { view: new DataView(body.buffer, body.byteOffset, body.byteLength) };
	for (let row = 0; row < length; row++) {
		const record: Record<string, unknown> = {};
		for (let c = 0; c < specs.length; c++)
			record[specs[c]!.name] = specs[c]!.read(batch, columns[c]!, row);
		rows.push(record as T);
	}
}
