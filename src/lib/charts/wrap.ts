/** Splits text into lines of at most `max` characters, at spaces where it can. */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = '';
		}
		line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Text cut to `max` characters, with … where it was cut. */
export const shorten = (text: string, max: number) =>
	text.length > max ? text.slice(0, max - 1) + '…' : text;

/**
 * Where a tooltip's text is anchored at `x` in a chart `width` wide: near either end it runs
 * inward (start on the left, end on the right), so a long name or unit is not cut off.
 */
export const tipAnchor = (x: number, width: number): 'start' | 'middle' | 'end' =>
	x < width / 3 ? 'start' : x > (width * 2) / 3 ? 'end' : 'middle';
