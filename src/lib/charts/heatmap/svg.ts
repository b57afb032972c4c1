import { text } from '$lib/text.nl';
import { overviewText } from '$lib/explore/overview.text.nl';
import { wrapText } from '../wrap';
import { formatValue } from '../format';
import {
	cellStatuses,
	cellStyle,
	legendSymbols,
	type CellStatus,
	type HeatmapModel
} from './model';

/**
 * The Overzicht as one SVG picture, for the PNG and SVG downloads: the same cells, colours,
 * patterns, symbols and words as the table on the page, with the legend under it. The page keeps
 * its HTML table (keyboard, screen readers); this is only what a downloaded image shows.
 */

const CELL = { width: 104, height: 38, gap: 2 };
const NAME_CHARS = 26;
const HEADER_LINE = 13;
const LEGEND_ROW = 20;

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const patterns = `<defs>
<pattern id="overzicht-geen-gegevens" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" fill="#ffffff"/><rect width="2" height="7" fill="#b0b0b0"/></pattern>
<pattern id="overzicht-niet-gepubliceerd" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="#ffffff"/><path d="M0 0L7 7M7 0L0 7" stroke="#b0b0b0" stroke-width="1"/></pattern>
</defs>`;

/** The fill of a cell: its colour, or for a missing value the pattern the table shows. */
function fillOf(status: CellStatus) {
	if (status === 'geen_gegevens') return 'url(#overzicht-geen-gegevens)';
	if (status === 'niet_gepubliceerd') return 'url(#overzicht-niet-gepubliceerd)';
	return cellStyle[status].fill;
}

function textAt(x: number, y: number, content: string, attrs = '') {
	return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${escape(content)}</text>`;
}

/** SVG markup of the Overzicht `model` (width and height in its attributes). */
export function heatmapSvg(model: HeatmapModel): string {
	const t = overviewText;
	const names = model.rows.map((r) =>
		r.name.length > NAME_CHARS ? `${r.name.slice(0, NAME_CHARS - 1)}…` : r.name
	);
	const nameWidth = Math.min(200, Math.max(60, ...names.map((n) => n.length * 6.6))) + 10;
	const headers = model.columns.map((column) => [
		...wrapText(column.name, 16).slice(0, 3),
		column.period,
		t.gemeenteValue(formatValue(column.reference, column.unit, column.decimals)),
		...(column.model ? [text.modelBadge] : [])
	]);
	const headerHeight = Math.max(...headers.map((h) => h.length)) * HEADER_LINE + 8;
	const step = { x: CELL.width + CELL.gap, y: CELL.height + CELL.gap };
	const tableWidth = nameWidth + model.columns.length * step.x;
	const shown = cellStatuses.filter((s) => model.counts[s] > 0);
	const legendTop = headerHeight + model.rows.length * step.y + 12;
	const width = Math.max(tableWidth, 420);
	const note = wrapText(t.arrows, Math.floor(width / 6.2));
	const height = legendTop + shown.length * LEGEND_ROW + note.length * 14 + 8;

	const parts: string[] = [patterns];
	model.columns.forEach((column, c) => {
		const x = nameWidth + c * step.x + CELL.width / 2;
		const lines = headers[c]!;
		const top = headerHeight - 6 - (lines.length - 1) * HEADER_LINE;
		lines.forEach((line, i) => {
			const bold = i < lines.length - 2 - (column.model ? 1 : 0);
			parts.push(
				textAt(
					x,
					top + i * HEADER_LINE,
					line,
					`text-anchor="middle"${bold ? ' font-weight="700"' : ''}`
				)
			);
		});
	});
	model.rows.forEach((row, r) => {
		const y = headerHeight + r * step.y;
		parts.push(textAt(0, y + CELL.height / 2, names[r]!, 'dy="0.35em" font-weight="700"'));
		row.cells.forEach((cell, c) => {
			const column = model.columns[c]!;
			const x = nameWidth + c * step.x;
			const ink = cellStyle[cell.status].ink;
			parts.push(
				`<rect x="${x}" y="${y}" width="${CELL.width}" height="${CELL.height}" fill="${fillOf(cell.status)}" stroke="#8c8c8c" stroke-width="0.5"/>`
			);
			const middle = x + CELL.width / 2;
			const word = t.short[cell.status];
			if (cell.value === null) {
				parts.push(
					textAt(
						middle,
						y + CELL.height / 2,
						`${cell.symbol} ${word}`,
						`dy="0.35em" text-anchor="middle" fill="${ink}"`
					)
				);
			} else {
				const value = formatValue(cell.value, column.unit, column.decimals);
				parts.push(
					textAt(middle, y + 15, value, `text-anchor="middle" font-weight="700" fill="${ink}"`),
					textAt(
						middle,
						y + 30,
						`${cell.symbol} ${word}`.trim(),
						`text-anchor="middle" fill="${ink}"`
					)
				);
			}
		});
	});
	shown.forEach((status, i) => {
		const y = legendTop + i * LEGEND_ROW;
		const style = cellStyle[status];
		parts.push(
			`<rect x="0" y="${y}" width="34" height="16" fill="${fillOf(status)}" stroke="#8c8c8c" stroke-width="0.5"/>`,
			textAt(
				17,
				y + 8,
				legendSymbols[status],
				`dy="0.35em" text-anchor="middle" fill="${style.ink}"`
			),
			textAt(42, y + 8, t.statuses[status], 'dy="0.35em"')
		);
	});
	note.forEach((line, i) =>
		parts.push(
			textAt(0, legendTop + shown.length * LEGEND_ROW + 12 + i * 14, line, 'font-size="11"')
		)
	);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12" fill="#1a1a1a">${parts.join('')}</svg>`;
}
