/**
 * The envelope of Arrow IPC data: its messages and their flatbuffer metadata, read with a few
 * offset helpers instead of a flatbuffers library. Format:
 * https://arrow.apache.org/docs/format/Columnar.html#serialization-and-interprocess-communication-ipc
 */

// Arrow's flatbuffer enums (Schema.fbs, Message.fbs).
export const HEADER_SCHEMA = 1;
export const HEADER_DICTIONARY = 2;
export const HEADER_RECORD_BATCH = 3;
export const TYPE_NAMES = [
	'NONE',
	'Null',
	'Int',
	'FloatingPoint',
	'Binary',
	'Utf8',
	'Bool',
	'Decimal',
	'Date',
	'Time',
	'Timestamp',
	'Interval',
	'List',
	'Struct',
	'Union',
	'FixedSizeBinary',
	'FixedSizeList',
	'Map',
	'Duration',
	'LargeBinary',
	'LargeUtf8',
	'LargeList'
];

export const utf8 = new TextDecoder();

/** A flatbuffer table at `pos`: its fields by index, with their defaults when absent. */
export class Table {
	constructor(
		private readonly view: DataView,
		readonly pos: number
	) {}

	/** Absolute position of field `index`'s value, or 0 when the field is absent. */
	private field(index: number): number {
		const vtable = this.pos - this.view.getInt32(this.pos, true);
		const size = this.view.getUint16(vtable, true);
		const at = 4 + 2 * index;
		if (at >= size) return 0;
		const offset = this.view.getUint16(vtable + at, true);
		return offset === 0 ? 0 : this.pos + offset;
	}
	private target(at: number): number {
		return at + this.view.getUint32(at, true);
	}
	uint8(index: number, fallback = 0): number {
		const at = this.field(index);
		return at ? this.view.getUint8(at) : fallback;
	}
	int16(index: number, fallback = 0): number {
		const at = this.field(index);
		return at ? this.view.getInt16(at, true) : fallback;
	}
	int32(index: number, fallback = 0): number {
		const at = this.field(index);
		return at ? this.view.getInt32(at, true) : fallback;
	}
	int64(index: number): number {
		const at = this.field(index);
		return at ? Number(this.view.getBigInt64(at, true)) : 0;
	}
	table(index: number): Table | null {
		const at = this.field(index);
		return at ? new Table(this.view, this.target(at)) : null;
	}
	string(index: number): string {
		const at = this.field(index);
		if (!at) return '';
		const start = this.target(at);
		const bytes = new Uint8Array(this.view.buffer, this.view.byteOffset + start + 4);
		return utf8.decode(bytes.subarray(0, this.view.getUint32(start, true)));
	}
	/** Start and length of a vector field (elements follow the length). */
	vector(index: number): { start: number; length: number } {
		const at = this.field(index);
		if (!at) return { start: 0, length: 0 };
		const start = this.target(at);
		return { start: start + 4, length: this.view.getUint32(start, true) };
	}
	tables(index: number): Table[] {
		const { start, length } = this.vector(index);
		return Array.from({ length }, (_, i) => new Table(this.view, this.target(start + 4 * i)));
	}
}

/** The encapsulated messages: [metadata table, body] pairs, from `start` up to `end`. */
export function* messages(bytes: Uint8Array, view: DataView, start: number, end: number) {
	let pos = start;
	while (pos + 4 <= end) {
		let length = view.getInt32(pos, true);
		pos += 4;
		if (length === -1) {
			// Continuation marker (format ≥ 0.15), then the length.
			length = view.getInt32(pos, true);
			pos += 4;
		}
		if (length === 0) return;
		const message = new Table(view, pos + view.getUint32(pos, true));
		const bodyStart = pos + length;
		const bodyLength = message.int64(3);
		yield { message, body: bytes.subarray(bodyStart, bodyStart + bodyLength) };
		pos = bodyStart + bodyLength;
	}
}
