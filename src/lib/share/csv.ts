/**
 * Writes CSV for Dutch spreadsheets (`;`, decimal comma, UTF-8 with BOM so Excel reads the
 * accents). A text cell
 * that starts with = + - @ (or a tab or carriage return) gets a leading ' so a spreadsheet never
 * runs it as a formula: imported text stays data.
 */
export function neutralise(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string, delimiter: string): string {
	const safe = neutralise(cell);
	return /["\r\n]/.test(safe) || safe.includes(delimiter)
		? `"${safe.replaceAll('"', '""')}"`
		: safe;
}

/**
 * A number as Dutch spreadsheets read it next to `;`: a decimal comma, no thousands separator.
 * It is a number, not text from a file, so it is never neutralised (-3,5 stays a number).
 */
function numberCell(value: number): string {
	if (!Number.isFinite(value)) return ''; // missing is empty, never 0
	return String(value === 0 ? 0 : value).replace('.', ',');
}

export function toCsv(rows: (string | number | null)[][], delimiter = ';'): string {
	const cell = (value: string | number | null) =>
		value === null ? '' : typeof value === 'number' ? numberCell(value) : quote(value, delimiter);
	const lines = rows.map((row) => row.map(cell).join(delimiter));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Offers text as a file download; nothing leaves the browser. */
export function download(fileName: string, content: string, type = 'text/csv;charset=utf-8') {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
