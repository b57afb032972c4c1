import type { Component, ComponentProps } from 'svelte';
import { render } from 'svelte/server';

/**
 * Renders a component with Svelte's server renderer and returns markup that is stable to compare:
 * no hydration comments or scoped-style class hashes, numbers rounded to 2 decimals (so a
 * floating-point wobble in d3 is not a change, a moved mark is), one tag per line for readable diffs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, as svelte/server's own render
export function renderMarkup<C extends Component<any>>(
	component: C,
	props: ComponentProps<C>,
	options: { svgOnly?: boolean } = {}
): string {
	const { body } = render(component as Component<ComponentProps<C>>, { props });
	// The chart's own <svg> (without nested ones), not the tooltip and legend around it.
	const part = options.svgOnly
		? body.slice(body.indexOf('<svg'), body.indexOf('</svg>') + '</svg>'.length)
		: body;
	return part
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/ class=""/g, '')
		.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
		.replace(/>\s*</g, '>\n<')
		.trim()
		.concat('\n');
}
