import { catalogEntry } from '$lib/catalog/indicators';
import { compareNl } from './order';

/** What the indicator picker needs of one indicator (a subset of IndicatorInfo). */
export interface PickerIndicator {
	id: string;
	name: string;
	/** File name(s) the indicator came from. */
	source: string;
}

export interface IndicatorGroup {
	/** Unique per source and theme; also the optgroup's label. */
	label: string;
	source: string;
	theme: string;
	indicators: PickerIndicator[];
}

export interface IndicatorGroups {
	groups: IndicatorGroup[];
	/** Indicators that match the search (the kept indicator is not counted unless it matches). */
	matches: number;
	total: number;
}

/** The theme for indicators the catalogue does not know. */
export const OTHER_THEME = 'Overig';

/** Lower case without accents, so "een" finds "één" and "Eenzaamheid". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');

/** Theme of an indicator from the built-in catalogue; `Overig` when the catalogue has none. */
export function themeOf(id: string): string {
	return catalogEntry(id)?.theme ?? OTHER_THEME;
}

/**
 * The name the picker shows: the user's own name, else the catalogue's Dutch name, else the
 * column name from the file (`Eenzaam_28` reads as "Eenzaam").
 */
export function pickerName(indicator: PickerIndicator, names: Record<string, string> = {}) {
	return names[indicator.id] ?? catalogEntry(indicator.id)?.name ?? indicator.name;
}

/** True when every word of the query occurs in the indicator's name, id, label, theme or source. */
export function matchesQuery(
	indicator: PickerIndicator,
	query: string,
	names: Record<string, string> = {},
	labels: Record<string, string> = {}
): boolean {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const entry = catalogEntry(indicator.id);
	const haystack = fold(
		[
			indicator.name,
			indicator.id,
			names[indicator.id],
			labels[indicator.id],
			entry?.name,
			entry?.label,
			themeOf(indicator.id),
			indicator.source
		]
			.filter(Boolean)
			.join(' ')
	);
	return words.every((w) => haystack.includes(w));
}

/**
 * Groups indicators by source, then theme (`Overig` last), each sorted by the name the picker
 * shows (pickerName), keeping only those that match the query. `keep` (the chosen indicator) stays
 * in its group even when it does not match, so the native select never shows a value that is not
 * among its options. `names` and `labels` are the user's own names and B1 labels for indicators.
 */
export function groupIndicators(
	indicators: PickerIndicator[],
	query: string,
	keep: string | null = null,
	names: Record<string, string> = {},
	labels: Record<string, string> = {}
): IndicatorGroups {
	const groups = new Map<string, IndicatorGroup>();
	let matches = 0;
	for (const indicator of indicators) {
		const match = matchesQuery(indicator, query, names, labels);
		if (match) matches++;
		if (!match && indicator.id !== keep) continue;
		const theme = themeOf(indicator.id);
		const label = `${indicator.source} · ${theme}`;
		const group = groups.get(label) ?? { label, source: indicator.source, theme, indicators: [] };
		group.indicators.push({ ...indicator, name: pickerName(indicator, names) });
		groups.set(label, group);
	}
	const sorted = [...groups.values()].sort(
		(a, b) =>
			compareNl(a.source, b.source) ||
			Number(a.theme === OTHER_THEME) - Number(b.theme === OTHER_THEME) ||
			compareNl(a.theme, b.theme)
	);
	for (const g of sorted) g.indicators.sort((a, b) => compareNl(a.name, b.name));
	return { groups: sorted, matches, total: indicators.length };
}
