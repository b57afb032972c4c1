import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordLines } from './lines';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The same rules, read from the decoded text one UTF-16 unit at a time. */
function referenceLines(text: string, headerLine = -1): number[] {
	const lines: number[] = [];
	let line = 1;
	let inQuotes = false;
	let recordStart = 1;
	let empty = true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) {
			inQuotes = !inQuotes;
			empty = false;
		} else if (c === 10 || c === 13) {
			if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
			if (!inQuotes) {
				if (!empty && recordStart > headerLine + 1) lines.push(recordStart);
				recordStart = line + 1;
				empty = true;
			}
			line++;
		} else if (c !== 0xfeff) empty = false;
	}
	if (!empty && recordStart > headerLine + 1) lines.push(recordStart);
	return lines;
}

describe('recordLines', () => {
	it.each<{ name: string; text: string; headerLine?: number; lines: number[] }>([
		{ name: 'one record per line', text: 'a;b\n1;2\n3;4\n', lines: [1, 2, 3] },
		{ name: 'CRLF and a missing final line break', text: 'a;b\r\n1;2\r\n3;4', lines: [1, 2, 3] },
		{ name: 'empty lines skipped', text: 'a;b\n\n1;2\n\r\n3;4\n', lines: [1, 3, 5] },
		{ name: 'a quoted line break', text: 'a;b\n"x\ny";2\n3;4\n', lines: [1, 2, 4] },
		{ name: 'after the header', text: 'titel\na;b\n1;2\n', headerLine: 1, lines: [3] },
		{ name: 'a line of only a BOM', text: 'a;b\n\ufeff\n1;2\n', lines: [1, 3] },
		{ name: 'multi-byte text', text: 'ë;€\n’;\u2028\n', lines: [1, 2] }
	])('recordLines reads $name', ({ text, headerLine, lines }) => {
		expect(Array.from(recordLines(utf8(text), headerLine))).toEqual(lines);
	});

	it('recordLines on the bytes agrees with reading the decoded text', () => {
		const unit = fc.constantFrom('a', ';', '"', '\n', '\r', ' ', 'ë', '€', '\ufeff', '\u2028');
		fc.assert(
			fc.property(
				fc.string({ unit, maxLength: 60 }),
				fc.integer({ min: -1, max: 3 }),
				(text, h) => {
					expect(Array.from(recordLines(utf8(text), h))).toEqual(referenceLines(text, h));
				}
			),
			{ numRuns: 500 }
		);
	});

	it('recordLines grows past its first buffer', () => {
		const text = 'x\n'.repeat(5000);
		expect(recordLines(utf8(text)).length).toBe(5000);
	});
});
