/**
 * One indicator can have figures per year and per quarter (a CBS table with quarters and their
 * yearly totals) or per month. A line joins one kind only: a yearly figure next to quarterly ones
 * would look like a jump that is not there. A choice appears when there is more than one kind.
 */

/** The kinds the importer gives (see ingest/period.ts), coarse to fine; others go last. */
const ORDER = ['jaar', 'kwartaal', 'maand', 'dag'];

export interface PeriodKind {
	kind: string;
	/** How many different periods of this kind the gemeente and its wijken have. */
	periods: number;
}

export interface KindRow {
	level: string;
	period: string;
	/** Absent in a view kept in the browser before kinds were read: one unnamed kind. */
	granularity?: string | null;
}

const kindOf = (r: KindRow) => r.granularity ?? '';

/**
 * The kinds of period in the rows of the gemeente and its wijken, coarse to fine. Nederland's
 * rows can come from another file; they are shown only when they are of the chosen kind.
 */
export function periodKinds(rows: readonly KindRow[]): PeriodKind[] {
	const periods = new Map<string, Set<string>>();
	for (const r of rows) {
		if (r.level === 'NL') continue;
		const kind = kindOf(r);
		const seen = periods.get(kind);
		if (seen) seen.add(r.period);
		else periods.set(kind, new Set([r.period]));
	}
	const rank = (kind: string) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);
	return [...periods]
		.map(([kind, set]) => ({ kind, periods: set.size }))
		.sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
}

/** The wanted kind when the rows have it, else the one with the most periods (the coarser of equals). */
export function chooseKind(kinds: readonly PeriodKind[], wanted: string | null): string | null {
	if (kinds.some((k) => k.kind === wanted)) return wanted;
	let best: PeriodKind | null = null;
	for (const k of kinds) if (!best || k.periods > best.periods) best = k;
	return best?.kind ?? null;
}

/** The rows of one kind; all rows (the same array) when they have only one kind. */
export function rowsOfKind<T extends KindRow>(rows: T[], kind: string | null): T[] {
	if (kind === null || rows.every((r) => kindOf(r) === kind)) return rows;
	return rows.filter((r) => kindOf(r) === kind);
}
