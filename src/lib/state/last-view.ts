/**
 * The last chart the user looked at, kept in this browser (localStorage, never sent anywhere):
 * the view as in the URL plus the query answers it was drawn from. Reopening the app shows it at
 * once, while DuckDB starts (seconds); then every query runs again and its answers replace these.
 * Only views drawn from the trend rows alone are kept (not the map or the Overzicht), only while
 * the data is stored in OPFS, and never once the user has deleted the data.
 */
import type { MetaOverride } from '$lib/db/queries/meta';
import type { Gemeente, IndicatorInfo, SourceInfo, TrendRow } from '$lib/db/queries/explore';

export const LAST_VIEW_KEY = 'wijkpeil:laatste-weergave';
/** Raised when the stored shape changes: an older entry is then ignored. */
const FORMAT = 1;
/** The URL parameters that describe a view (see Dashboard.#writeUrl). */
export const VIEW_PARAMS = ['g', 'i', 'p', 'f', 't', 's', 'k', 'v', 'w', 'm'] as const;
/** Views drawn from the trend rows alone. */
const KEPT_VIEWS = new Set(['trend', 'vergelijking', 'kleine-grafieken']);

export interface LastView {
	/** The view's URL parameters, as `URLSearchParams` writes them. */
	params: string;
	sources: SourceInfo[];
	gemeenten: Gemeente[];
	indicators: IndicatorInfo[];
	overrides: Record<string, MetaOverride>;
	rows: TrendRow[];
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * `store`, or the page's localStorage. Reading `localStorage` itself throws where the browser
 * blocks site data, so callers ask for it inside their try.
 */
const storage = (store?: Store): Store => store ?? localStorage;

function viewOf(search: string): string {
	const all = new URLSearchParams(search);
	const kept = new URLSearchParams();
	for (const key of VIEW_PARAMS) {
		const value = all.get(key);
		if (value) kept.set(key, value);
	}
	return kept.toString();
}

/** Whether a view can be kept: a gemeente and indicator in one of the trend-row views. */
export function keepable(params: string): boolean {
	const p = new URLSearchParams(params);
	return (
		!!p.get('g') && !!p.get('i') && p.get('m') !== 'pilot' && KEPT_VIEWS.has(p.get('v') ?? 'trend')
	);
}

/**
 * The kept view to show for a page opened with `search`: when the URL names no view, the last
 * one; when it names one, only if it is that same view. Anything unreadable counts as none.
 */
export function readLastView(search: string, store?: Store): LastView | null {
	let stored: unknown;
	try {
		stored = JSON.parse(storage(store).getItem(LAST_VIEW_KEY) ?? 'null');
	} catch {
		return null;
	}
	if (typeof stored !== 'object' || stored === null) return null;
	const { format, view } = stored as { format?: unknown; view?: Partial<LastView> };
	if (format !== FORMAT || typeof view !== 'object' || view === null) return null;
	const complete =
		typeof view.params === 'string' &&
		keepable(view.params) &&
		[view.sources, view.gemeenten, view.indicators, view.rows].every(Array.isArray) &&
		typeof view.overrides === 'object' &&
		view.overrides !== null;
	if (!complete) return null;
	const asked = viewOf(search);
	return asked === '' || asked === view.params ? (view as LastView) : null;
}

/**
 * The figures of the last view written, as JSON: choosing another wijk or period changes only
 * the params, and encoding a thousand rows again for that would be wasted work.
 */
let written: { parts: unknown[]; json: string } | null = null;

function figuresJson(view: LastView): string {
	const parts = [view.sources, view.gemeenten, view.indicators, view.overrides, view.rows];
	if (!written || parts.some((part, i) => part !== written!.parts[i])) {
		const { sources, gemeenten, indicators, overrides, rows } = view;
		written = { parts, json: JSON.stringify({ sources, gemeenten, indicators, overrides, rows }) };
	}
	return written.json;
}

/** Keeps `view` (its params as the URL has them), or forgets the last one if it cannot be kept. */
export function keepLastView(view: LastView, store?: Store) {
	const params = viewOf(view.params);
	if (!keepable(params) || view.rows.length === 0) return forgetLastView(store);
	try {
		const figures = figuresJson(view);
		// The same shape as JSON.stringify({ format, view: { params, ...figures } }).
		const entry = `{"format":${FORMAT},"view":{"params":${JSON.stringify(params)},${figures.slice(1)}}`;
		storage(store).setItem(LAST_VIEW_KEY, entry);
	} catch {
		// Storage full or blocked: there is simply nothing to show early next time.
		forgetLastView(store);
	}
}

export function forgetLastView(store?: Store) {
	try {
		storage(store).removeItem(LAST_VIEW_KEY);
	} catch {
		// Storage blocked: then nothing was kept either.
	}
}
