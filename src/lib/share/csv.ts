/**
 * Writes CSV for Dutch spreadsheets (`;`, UTF-8 with BOM so Excel reads the accents). A cell
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

export function toCsv(rows: (string | number | null)[][], delimiter = ';'): string {
	const lines = rows.map((row) =>
		row.map((cell) => quote(cell === null ? '' : String(cell), delimiter)).join(delimiter)
	);
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
