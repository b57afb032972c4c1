import type { ProcessRow } from '$lib/db/queries/pilot/views';
import { suppressLinked, type Relation } from './process-suppress';
import type { HiddenReason } from './stats';

/**
 * The Proces view's model: the procesregistratie per period and wijk, added up for "alle wijken",
 * with small-cell suppression applied once per period to every count of people, so each view
 * (funnel, bereik, uitval) shows the same hidden cells and none can be computed back from another.
 *
 * What the numbers mean (template text and sample generator): benaderd, aangemeld, gestart,
 * afgerond, uitgevallen and the uitval_* reasons are counted from the start of the pilot up to
 * the end of the period; doelgroep and actief are the situation in that period. Activities,
 * doorlooptijd_dagen (median) and tevredenheid (mean) are about the period itself.
 */

/** Key of the alle-wijken figures (rows without wijkcode, or the sum of the wijken). */
export const ALL = '';

export const FUNNEL = ['doelgroep', 'benaderd', 'aangemeld', 'gestart', 'afgerond'] as const;
const PEOPLE = [
	'doelgroep',
	'benaderd',
	'aangemeld',
	'gestart',
	'actief',
	'afgerond',
	'uitgevallen'
];
export const KNOWN_REASONS = [
	'uitval_werk',
	'uitval_gezondheid',
	'uitval_motivatie',
	'uitval_verhuisd',
	'uitval_anders'
];
/** Uitgevallen minus the sum of the reasons, where that is more than 0: no reason recorded. */
export const NO_REASON = 'uitval:zonder_reden';

export type Hidden = HiddenReason | 'onbekend';
/** A number as it may be shown. value null and hidden null: missing (never 0). */
export interface Shown {
	value: number | null;
	hidden: Hidden | null;
	/** Set when there is nothing to show by definition (the doelgroep's share of the step before). */
	notApplicable?: true;
}
export const MISSING: Shown = { value: null, hidden: null };
const NOT_APPLICABLE: Shown = { value: null, hidden: null, notApplicable: true };
export const shown = (value: number): Shown => ({ value, hidden: null });

export interface ProcessArea {
	code: string;
	name: string;
}

export interface ProcessData {
	/** Period labels in time order. */
	periods: string[];
	wijken: ProcessArea[];
	/** The uitval_* measures: the known ones first, then custom reasons by name. */
	reasons: string[];
	/** period → area (ALL: rows without wijkcode) → measure → value. */
	values: Map<string, Map<string, Map<string, number>>>;
}

export function processData(rows: readonly ProcessRow[]): ProcessData {
	const starts = new Map<string, string>();
	const wijken = new Map<string, string>();
	const reasons = new Set<string>();
	const values: ProcessData['values'] = new Map();
	for (const r of rows) {
		starts.set(r.periodLabel, r.periodStart);
		if (r.areaCode) wijken.set(r.areaCode, r.areaName ?? r.areaCode);
		if (r.measure.startsWith('uitval_')) reasons.add(r.measure);
		const byArea = values.get(r.periodLabel) ?? new Map<string, Map<string, number>>();
		values.set(r.periodLabel, byArea);
		const byMeasure = byArea.get(r.areaCode ?? ALL) ?? new Map<string, number>();
		byArea.set(r.areaCode ?? ALL, byMeasure);
		byMeasure.set(r.measure, r.value);
	}
	const rank = (m: string) => (KNOWN_REASONS.includes(m) ? KNOWN_REASONS.indexOf(m) : 99);
	return {
		periods: [...starts].sort((a, b) => a[1].localeCompare(b[1])).map(([label]) => label),
		wijken: [...wijken].map(([code, name]) => ({ code, name })),
		reasons: [...reasons].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)),
		values
	};
}

export interface PeriodCounts {
	period: string;
	/** area (ALL included) → measure → count as it may be shown. */
	cells: Map<string, Map<string, Shown>>;
	/** True: alle wijken comes from rows without wijkcode, not from adding up the wijken. */
	whole: boolean;
	/** Wijken without a row in this period (measures null) or without some of the counts. */
	missing: { area: ProcessArea; measures: string[] | null }[];
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
export const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** The counts of people of one period, per wijk and for alle wijken, suppressed together. */
export function periodCounts(data: ProcessData, period: string, threshold: number): PeriodCounts {
	const byArea = data.values.get(period) ?? new Map<string, Map<string, number>>();
	const whole = byArea.has(ALL);
	const measures = [...PEOPLE, ...data.reasons].filter((m) =>
		[...byArea.values()].some((v) => v.has(m))
	);
	const raw = new Map<string, Map<string, number>>();
	for (const w of data.wijken) {
		const own = byArea.get(w.code);
		if (own)
			raw.set(w.code, new Map(measures.flatMap((m) => (own.has(m) ? [[m, own.get(m)!]] : []))));
	}
	const total = new Map<string, number>();
	for (const m of measures) {
		const parts = [...raw.values()].filter((v) => v.has(m)).map((v) => v.get(m)!);
		if (whole && byArea.get(ALL)!.has(m)) total.set(m, byArea.get(ALL)!.get(m)!);
		else if (!whole && parts.length > 0) total.set(m, sum(parts));
	}
	raw.set(ALL, total);
	addNoReason(raw, data.reasons);

	const keys = [...raw].flatMap(([area, v]) => [...v.keys()].map((m) => `${area}|${m}`));
	const index = new Map(keys.map((k, i) => [k, i]));
	const value = (k: string) => raw.get(k.split('|')[0]!)!.get(k.slice(k.indexOf('|') + 1))!;
	const states = suppressLinked(keys.map(value), relationsOf(raw, index), threshold);
	const cells = new Map<string, Map<string, Shown>>();
	keys.forEach((k, i) => {
		const [area, m] = [k.split('|')[0]!, k.slice(k.indexOf('|') + 1)];
		const state = states[i]!;
		const cell = state === 'shown' ? shown(value(k)) : { value: null, hidden: state };
		cells.set(area, (cells.get(area) ?? new Map()).set(m, cell));
	});
	const missing = data.wijken.flatMap((area): PeriodCounts['missing'] => {
		const own = raw.get(area.code);
		if (!own) return [{ area, measures: null }];
		const lacking = measures.filter((m) => !own.has(m));
		return lacking.length > 0 ? [{ area, measures: lacking }] : [];
	});
	return { period, cells, whole, missing };
}

/** Adds NO_REASON where uitgevallen exceeds its reasons somewhere (and never goes below them). */
function addNoReason(raw: Map<string, Map<string, number>>, reasons: string[]) {
	if (reasons.length === 0) return;
	const rests = [...raw].map(([area, v]) => {
		if (!v.has('uitgevallen') || reasons.some((r) => !v.has(r))) return [area, null] as const;
		return [area, v.get('uitgevallen')! - sum(reasons.map((r) => v.get(r)!))] as const;
	});
	if (!rests.some(([, rest]) => rest !== null && rest > 1e-9)) return;
	for (const [area, rest] of rests)
		if (rest !== null && rest > -1e-9) raw.get(area)!.set(NO_REASON, Math.max(0, rest));
}

/**
 * Every additive identity that holds in the numbers is one anyone can use to compute a hidden
 * count back, so each is given to the suppression: alle wijken = sum of the wijken (per count),
 * gestart = actief + afgerond + uitgevallen, uitgevallen = sum of its reasons.
 */
function relationsOf(
	raw: Map<string, Map<string, number>>,
	index: Map<string, number>
): Relation[] {
	const relations: Relation[] = [];
	const add = (area: string, total: string, members: { area: string; measure: string }[]) => {
		const t = index.get(`${area}|${total}`);
		const ms = members.map((m) => index.get(`${m.area}|${m.measure}`));
		if (t === undefined || ms.length === 0 || ms.some((m) => m === undefined)) return;
		const v = (area: string, m: string) => raw.get(area)!.get(m)!;
		if (!near(v(area, total), sum(members.map((m) => v(m.area, m.measure))))) return;
		relations.push({ total: t, members: ms as number[] });
	};
	const wijken = [...raw.keys()].filter((a) => a !== ALL);
	for (const measure of raw.get(ALL)!.keys()) {
		const having = wijken.filter((a) => raw.get(a)!.has(measure));
		add(
			ALL,
			measure,
			having.map((area) => ({ area, measure }))
		);
	}
	for (const [area, v] of raw) {
		const parts = (ms: string[]) => ms.map((measure) => ({ area, measure }));
		add(area, 'gestart', parts(['actief', 'afgerond', 'uitgevallen']));
		const reasons = [...v.keys()].filter((m) => m.startsWith('uitval_') || m === NO_REASON);
		add(area, 'uitgevallen', parts(reasons));
	}
	return relations;
}

export const cellOf = (counts: PeriodCounts, area: string, measure: string): Shown =>
	counts.cells.get(area)?.get(measure) ?? MISSING;

/** part / whole in %: hidden when either is hidden, missing when either is missing or whole is 0. */
export function shareOf(part: Shown, whole: Shown): Shown {
	if (part.hidden) return { value: null, hidden: part.hidden };
	if (whole.hidden) return { value: null, hidden: whole.hidden };
	if (part.value === null || whole.value === null || whole.value === 0) return MISSING;
	return shown((100 * part.value) / whole.value);
}

const isMissing = (c: Shown) => c.value === null && c.hidden === null;

export interface FunnelStep {
	measure: (typeof FUNNEL)[number];
	count: Shown;
	/** Share of the nearest earlier step that has a number; missing for the doelgroep itself. */
	ofPrevious: Shown;
	ofDoelgroep: Shown;
}

export function funnel(counts: PeriodCounts, area: string): FunnelStep[] {
	const doelgroep = cellOf(counts, area, 'doelgroep');
	let previous: Shown = MISSING;
	return FUNNEL.map((measure, i) => {
		const count = cellOf(counts, area, measure);
		const step = {
			measure,
			count,
			ofPrevious: i === 0 ? NOT_APPLICABLE : shareOf(count, previous),
			ofDoelgroep: i === 0 ? NOT_APPLICABLE : shareOf(count, doelgroep)
		};
		if (!isMissing(count)) previous = count;
		return step;
	});
}

export interface Reach {
	doelgroep: Shown;
	gestart: Shown;
	/** gestart as a share of the doelgroep, in %. */
	bereik: Shown;
}

export function reach(counts: PeriodCounts, area: string): Reach {
	const doelgroep = cellOf(counts, area, 'doelgroep');
	const gestart = cellOf(counts, area, 'gestart');
	return { doelgroep, gestart, bereik: shareOf(gestart, doelgroep) };
}

export interface Dropout {
	/** share: of uitgevallen; ofGestart: of gestart (both in %). */
	reasons: { measure: string; count: Shown; share: Shown; ofGestart: Shown }[];
	uitgevallen: Shown;
	gestart: Shown;
	/** uitgevallen as a share of gestart, in %. */
	rate: Shown;
	/** False when the reasons add up to more than uitgevallen (more than one reason a person). */
	partition: boolean;
}

export function dropout(counts: PeriodCounts, area: string, data: ProcessData): Dropout {
	const uitgevallen = cellOf(counts, area, 'uitgevallen');
	const gestart = cellOf(counts, area, 'gestart');
	const measures = [...data.reasons, NO_REASON].filter((m) => !isMissing(cellOf(counts, area, m)));
	const rows = [...(data.values.get(counts.period)?.values() ?? [])];
	const over = rows.some(
		(v) =>
			v.has('uitgevallen') &&
			sum(data.reasons.map((r) => v.get(r) ?? 0)) > v.get('uitgevallen')! + 1e-9
	);
	return {
		reasons: measures.map((measure) => {
			const count = cellOf(counts, area, measure);
			return {
				measure,
				count,
				share: shareOf(count, uitgevallen),
				ofGestart: shareOf(count, gestart)
			};
		}),
		uitgevallen,
		gestart,
		rate: shareOf(uitgevallen, gestart),
		partition: !over
	};
}
