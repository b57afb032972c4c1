import { download } from './csv';

/** The SVG of a chart as a standalone file, with a white background and the page's font. */
export function svgMarkup(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('font-family', getComputedStyle(svg).fontFamily || 'sans-serif');
	copy.setAttribute('font-size', getComputedStyle(svg).fontSize || '12px');
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	copy.insertBefore(background, copy.firstChild);
	for (const focusable of copy.querySelectorAll('[tabindex]'))
		focusable.removeAttribute('tabindex');
	return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string) {
	download(fileName, svgMarkup(svg), 'image/svg+xml;charset=utf-8');
}

/** Draws the SVG on a canvas at twice its size and saves it as PNG; nothing leaves the browser. */
export async function downloadPng(svg: SVGSVGElement, fileName: string) {
	const width = svg.viewBox.baseVal.width || svg.clientWidth;
	const height = svg.viewBox.baseVal.height || svg.clientHeight;
	const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * 2;
		canvas.height = height * 2;
		const context = canvas.getContext('2d')!;
		context.scale(2, 2);
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
