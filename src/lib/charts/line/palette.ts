/**
 * The line chart's colours and dashes, apart from its d3 model: the dashboard state needs the
 * number of lines at start-up, before the chart code has loaded.
 */

/** Colour-blind-safe colours (Okabe-Ito, darkened where needed for 3:1 contrast on white). */
export const palette = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC3399',
	'#8C6D00',
	'#117A8B',
	'#882255'
];
/**
 * The same colours for text (the labels at the end of the lines): darkened where needed to reach
 * 4.5:1 on white (WCAG 1.4.3); the lines themselves need 3:1.
 */
export const labelInk = [
	'#0072B2',
	'#C05500',
	'#008561',
	'#CC3399',
	'#8C6D00',
	'#117A8B',
	'#882255'
];
/** A dash pattern per series as well, so lines never differ by colour alone. */
export const dashes = ['', '7 3', '2 3', '9 3 2 3', '4 4', '12 4', '3 2 8 2'];
/** At most this many wijk lines, so each has its own colour and dash. */
export const MAX_WIJK_LINES = palette.length;
