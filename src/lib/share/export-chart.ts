import { wrapText } from '$lib/charts/wrap';
import { download } from './csv';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One entry of a chart's legend: its swatch (a small SVG, drawn as on the page) and its text. */
export interface LegendEntry {
	swatch: SVGSVGElement | null;
	label: string;
}

/** What an image carries besides the chart: title lines above it, legend and source below it. */
export interface ImageCaption {
	/** The title first (drawn larger), then e.g. the period and the source. */
	lines: string[];
	footer: string;
	/** The legend shown beside the chart on the page; without it an exported map has no key. */
	legend?: LegendEntry[];
}

/** Height of one row of legend entries in an exported image. */
const LEGEND_ROW = 20;
/** Space between a swatch and its text, and between entries. */
const LEGEND_GAP = { text: 6, entry: 18 };

/**
 * Where each legend entry goes under the chart: left to right, on a new row when the next entry
 * would pass `maxWidth`. Text width is estimated (0.55 em per character at `size` px).
 */
export function legendLayout(
	entries: { swatchWidth: number; label: string }[],
	maxWidth: number,
	size = 12
) {
	let x = 0;
	let row = 0;
	const placed = entries.map((e) => {
		const width = e.swatchWidth + LEGEND_GAP.text + e.label.length * size * 0.55;
		if (x > 0 && x + width > maxWidth) {
			row += 1;
			x = 0;
		}
		const at = { x, row, textX: x + e.swatchWidth + LEGEND_GAP.text };
		x += width + LEGEND_GAP.entry;
		return at;
	});
	return { placed, rows: entries.length === 0 ? 0 : row + 1 };
}

function textLine(content: string, y: number, size: number, bold = false, x = 12) {
	const node = document.createElementNS(SVG_NS, 'text');
	node.setAttribute('x', String(x));
	node.setAttribute('y', String(y));
	node.setAttribute('font-size', String(size));
	node.setAttribute('fill', '#1a1a1a');
	if (bold) node.setAttribute('font-weight', '700');
	node.textContent = content;
	return node;
}

/**
 * The SVG of a chart as a standalone file, with a white background and the page's font, and
 * (with a caption) its title above and its source below, so a pasted image still says what it
 * shows and where the numbers come from.
 */
export function standaloneSvg(svg: SVGSVGElement, caption?: ImageCaption) {
	const chart = svg.cloneNode(true) as SVGSVGElement;
	for (const focusable of chart.querySelectorAll('[tabindex]')) {
		focusable.removeAttribute('tabindex');
		focusable.removeAttribute('data-stop');
	}
	const width = svg.viewBox.baseVal.width || svg.clientWidth;
	const chartHeight = svg.viewBox.baseVal.height || svg.clientHeight;
	// About 0.55 em per character: wrap to the chart's width.
	const chars = (size: number) => Math.max(20, Math.floor((width - 24) / (size * 0.55)));
	const head = (caption?.lines ?? []).flatMap((line, i) =>
		wrapText(line, chars(i === 0 ? 15 : 12)).map((text) => ({ text, size: i === 0 ? 15 : 12 }))
	);
	const foot = caption ? wrapText(caption.footer, chars(11)) : [];
	const top = head.reduce((y, l) => y + l.size * 1.4, head.length > 0 ? 8 : 0);
	const entries = caption?.legend ?? [];
	const swatchWidth = (e: LegendEntry) => Number(e.swatch?.getAttribute('width')) || 0;
	const legend = legendLayout(
		entries.map((e) => ({ swatchWidth: swatchWidth(e), label: e.label })),
		width - 24
	);
	const legendHeight = legend.rows * LEGEND_ROW + (legend.rows > 0 ? 6 : 0);
	const height = top + chartHeight + legendHeight + foot.length * 16 + (foot.length > 0 ? 8 : 0);

	const out = document.createElementNS(SVG_NS, 'svg');
	out.setAttribute('xmlns', SVG_NS);
	out.setAttribute('width', String(width));
	out.setAttribute('height', String(height));
	out.setAttribute('viewBox', `0 0 ${width} ${height}`);
	out.setAttribute('font-family', getComputedStyle(svg).fontFamily || 'sans-serif');
	out.setAttribute('font-size', getComputedStyle(svg).fontSize || '12px');
	const label = caption?.lines[0] ?? svg.getAttribute('aria-label');
	if (label) {
		const title = document.createElementNS(SVG_NS, 'title');
		title.textContent = label;
		out.append(title);
	}
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	out.append(background);
	let y = 8;
	for (const line of head) {
		y += line.size * 1.2;
		out.append(textLine(line.text, y, line.size, line.size === 15));
		y += line.size * 0.2;
	}
	chart.setAttribute('x', '0');
	chart.setAttribute('y', String(top));
	chart.setAttribute('width', String(width));
	chart.setAttribute('height', String(chartHeight));
	out.append(chart);
	entries.forEach((entry, i) => {
		const { x, row, textX } = legend.placed[i]!;
		const middle = top + chartHeight + 6 + row * LEGEND_ROW + LEGEND_ROW / 2;
		if (entry.swatch) {
			const swatch = entry.swatch.cloneNode(true) as SVGSVGElement;
			const h = Number(swatch.getAttribute('height')) || 12;
			swatch.setAttribute('x', String(12 + x));
			swatch.setAttribute('y', String(middle - h / 2));
			out.append(swatch);
		}
		const label = textLine(entry.label, middle, 12, false, 12 + textX);
		label.setAttribute('dy', '0.35em');
		out.append(label);
	});
	const footTop = top + chartHeight + legendHeight;
	foot.forEach((line, i) => out.append(textLine(line, footTop + 16 * (i + 1), 11)));
	return { markup: new XMLSerializer().serializeToString(out), width, height };
}

/** Room above each panel of a grid for its name. */
const PANEL_TITLE = 18;
const PANEL_GAP = 12;

/**
 * Small charts side by side as one SVG (`columns` per row), each with its name above it: what
 * the page shows as a grid of panels, as one image. The panels are copies; the page is untouched.
 */
export function gridSvg(panels: { title: string; svg: SVGSVGElement }[], columns = 4) {
	const out = document.createElementNS(SVG_NS, 'svg');
	const box = (svg: SVGSVGElement) => {
		const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
		return { w: w || 280, h: h || 150 };
	};
	const cell = panels.length > 0 ? box(panels[0]!.svg) : { w: 280, h: 150 };
	const cols = Math.max(1, Math.min(columns, panels.length));
	const rows = Math.ceil(panels.length / cols);
	// The same margin left and right as the title and source lines of standaloneSvg.
	const width = cols * cell.w + (cols - 1) * PANEL_GAP + 2 * PANEL_GAP;
	const height = rows * (cell.h + PANEL_TITLE) + Math.max(0, rows - 1) * PANEL_GAP;
	out.setAttribute('viewBox', `0 0 ${width} ${height}`);
	out.setAttribute('width', String(width));
	out.setAttribute('height', String(height));
	panels.forEach(({ title, svg }, i) => {
		const x = PANEL_GAP + (i % cols) * (cell.w + PANEL_GAP);
		const y = Math.floor(i / cols) * (cell.h + PANEL_TITLE + PANEL_GAP);
		out.append(textLine(title, y + 13, 13, true, x));
		const panel = svg.cloneNode(true) as SVGSVGElement;
		panel.setAttribute('x', String(x));
		panel.setAttribute('y', String(y + PANEL_TITLE));
		panel.setAttribute('width', String(cell.w));
		panel.setAttribute('height', String(cell.h));
		out.append(panel);
	});
	return out;
}

/** An SVG element from markup (e.g. heatmapSvg), ready for standaloneSvg. */
export function parseSvg(markup: string): SVGSVGElement {
	return new DOMParser().parseFromString(markup, 'image/svg+xml')
		.documentElement as unknown as SVGSVGElement;
}

export function downloadSvg(svg: SVGSVGElement, fileName: string, caption?: ImageCaption) {
	download(fileName, standaloneSvg(svg, caption).markup, 'image/svg+xml;charset=utf-8');
}

/**
 * Chromium's largest canvas is 32,767 pixels a side and 268 million (16,384²) in all: a side
 * of at most 16,384 keeps within both.
 */
const CANVAS_SIDE = 16_384;

/**
 * How much larger than the SVG the PNG is drawn: twice for sharp text, less for a picture that
 * would not fit on a canvas (an Overzicht of 150 indicators), where the browser would give no
 * picture at all.
 */
export function pngScale(width: number, height: number): number {
	return Math.min(2, CANVAS_SIDE / width, CANVAS_SIDE / height);
}

/** Draws the SVG on a canvas (see pngScale) and saves it as PNG; nothing leaves the browser. */
export async function downloadPng(svg: SVGSVGElement, fileName: string, caption?: ImageCaption) {
	const { markup, width, height } = standaloneSvg(svg, caption);
	const scale = pngScale(width, height);
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.floor(width * scale);
		canvas.height = Math.floor(height * scale);
		const context = canvas.getContext('2d')!;
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) return;
		const link = document.createElement('a');
		const pngUrl = URL.createObjectURL(blob);
		link.href = pngUrl;
		link.download = fileName;
		link.click();
		setTimeout(() => URL.revokeObjectURL(pngUrl), 1000);
	} finally {
		URL.revokeObjectURL(url);
	}
}
