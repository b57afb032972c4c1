import { z } from 'zod/mini';
import { isAreaCode } from './area-code';
import { missingReason, parseNumber, type DecimalMark } from './number';
import { parsePeriod } from './period';
import type { Sniffed } from './sniff';

const column = z.int().check(z.minimum(0));

export const estimateTypes = [
	'survey_direct',
	'model_estimate',
	'register',
	'registration'
] as const;
export type EstimateType = (typeof estimateTypes)[number];

/**
 * How the columns of a file become observations. Columns are referred to by position, so
 * duplicate or odd header names (even SQL) never matter.
 */
/**
 * A file's own texts for "no value" (e.g. `onbekend`, `*`), on top of the known ones (number.ts):
 * from the mapping step, or `--missing` on the command line.
 */
export const missingWords = z
	.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)))
	.check(z.maxLength(20));

const mappingFields = z.object({
	/** The import profile that was recognised (or 'eigen' for a user's own mapping). */
	profile: z.string().check(z.minLength(1)),
	/**
	 * long: a row per area, indicator and period; wide: a column per indicator;
	 * periods: a column per period (areas as rows); areas: a column per area (periods as rows).
	 */
	layout: z.enum(['long', 'wide', 'periods', 'areas']),
	/** Required except in the 'areas' layout, where the column names are the area codes. */
	areaCode: z.nullable(column),
	/** 'gemeentenummer': the area column holds gemeente numbers (363) instead of codes. */
	codeKind: z.enum(['cbs', 'gemeentenummer']),
	areaName: z.nullable(column),
	gemeenteName: z.nullable(column),
	period: z.nullable(column),
	/** One period for the whole file when it has no period column (CBS Kerncijfers). */
	fixedPeriod: z.nullable(z.string().check(z.trim())),
	/** long: the column holding the indicator name and the one holding its value */
	indicator: z.nullable(column),
	value: z.nullable(column),
	n: z.nullable(column),
	ciLow: z.nullable(column),
	ciHigh: z.nullable(column),
	/** StatLine `Marges`: MW00000 rows hold the value, MOG0095/MBG0095 the 95% bounds. */
	margins: z.nullable(column),
	/**
	 * Columns that split the population (Leeftijd, Persoonskenmerken, a "groep" column): stored
	 * as subgroup, several joined with "; ".
	 */
	subgroups: z.array(column),
	/**
	 * The meetmoment of each row (nulmeting, T1, …): stored as `moment`. Mappings saved before
	 * this field existed read as "no column".
	 */
	moment: z._default(z.nullable(column), null),
	/**
	 * The file's own texts for "no value" (e.g. `onbekend`, `*`), on top of the known ones
	 * (number.ts); stored as not available. Mappings saved before this field existed have none.
	 */
	missing: z.optional(missingWords),
	/** wide: each of these columns is an indicator; periods/areas: each is a period/area. */
	indicators: z.array(column),
	/** periods/areas: the indicator of the whole file when no column names it. */
	fixedIndicator: z.nullable(z.string().check(z.trim())),
	estimateType: z.enum(estimateTypes)
});

/** A mapping, with the checks across its fields. */
export const mapping = mappingFields.check(
	z.superRefine((m: MappingFields, ctx) => {
		const problem = (message: string, path: string) =>
			ctx.addIssue({ code: 'custom', message, path: [path] });
		const pivoted = m.layout === 'periods' || m.layout === 'areas';
		if (m.layout !== 'areas' && m.areaCode === null) problem('mapping_no_area', 'areaCode');
		if (
			m.layout !== 'periods' &&
			m.period === null &&
			!(m.fixedPeriod && parsePeriod(m.fixedPeriod))
		)
			problem('mapping_no_period', 'period');
		if (m.layout === 'long' && m.indicator === null) problem('mapping_no_indicator', 'indicator');
		if (pivoted && m.indicator === null && !m.fixedIndicator)
			problem('mapping_name_indicator', 'indicator');
		if (m.layout === 'long' && m.value === null) problem('mapping_no_value', 'value');
		if (m.layout !== 'long' && m.indicators.length === 0)
			problem('mapping_no_indicators', 'indicators');
		const twice = columnUsedTwice(m);
		if (twice !== null) problem('mapping_column_twice', twice);
	})
);

type MappingFields = z.infer<typeof mappingFields>;

/**
 * The first role whose column an earlier role of this layout already uses (a value column that is
 * also the group, say): its rows would be read twice over. Name columns may share a column.
 */
function columnUsedTwice(m: MappingFields): string | null {
	const roles: [string, number | null][] = [
		['areaCode', m.layout === 'areas' ? null : m.areaCode],
		['period', m.layout === 'periods' ? null : m.period],
		['indicator', m.layout === 'wide' ? null : m.indicator]
	];
	if (m.layout === 'long')
		roles.push(['value', m.value], ['n', m.n], ['ciLow', m.ciLow], ['ciHigh', m.ciHigh]);
	else roles.push(['margins', m.margins]);
	roles.push(['moment', m.moment], ...m.subgroups.map((i): [string, number] => ['subgroups', i]));
	if (m.layout !== 'long')
		roles.push(...m.indicators.map((i): [string, number] => ['indicators', i]));
	const seen = new Set<number>();
	for (const [role, index] of roles) {
		if (index === null) continue;
		if (seen.has(index)) return role;
		seen.add(index);
	}
	return null;
}

export type Mapping = z.infer<typeof mapping>;

export const headerPatterns = {
	areaCode:
		/^(gebiedscode|gebiedcode|regiocode|wijkcode|buurtcode|gemeentecode|gemeentenummer|gemeentenr|gem_?nr|code|wkc|wk_code|statcode|gwb_?code(_\d+)?|wijkenenbuurten|regios|codering(_\d+)?|regio_?code|regiocode \(gemeente, wijk, buurt\) \(code\))$/i,
	areaName:
		/^(gebiedsnaam|gebiednaam|gebied|regionaam|regio|wijknaam|wijk|buurtnaam|buurt|naam|name|wkn|wk_naam|statnaam|regioaanduiding|wijken en buurten|regio's)$/i,
	gemeenteName: /^(gemeentenaam|gemeente|gem_name|gem_naam|gm_naam|gmn|gemeentenaam(_\d+)?)$/i,
	period: /^(periode|perioden|jaar|year|jaartal|peiljaar|peildatum|datum|kwartaal|maand|period)$/i,
	indicator: /^(indicator|indicatornaam|onderwerp|variabele|kenmerk|thema_indicator)$/i,
	value: /^(waarde|value|percentage|score|gemiddelde|aantal)$/i,
	n: /^(n|aantal_respondenten|respondenten|ongewogen_n|noemer)$/i,
	ciLow: /^(ondergrens|ci_low|ci_laag|lower|lo|betrouwbaarheid_onder|ondergrens_95)$/i,
	ciHigh: /^(bovengrens|ci_high|ci_hoog|upper|hi|betrouwbaarheid_boven|bovengrens_95)$/i,
	group: /^(groep|subgroep|doelgroep|leeftijdsgroep|leeftijdsklasse|leeftijdscategorie)$/i,
	moment: /^(meetmoment|moment|meting|meetronde|tijdstip)$/i
};

/** Columns that hold identifiers, not indicators, even when they look numeric. */
const notAnIndicator =
	/^(id|rij|nr|nummer|volgnummer|fid|objectid|index|leeftijd|marges|soortregio(_\d+)?|persoonskenmerken|geslacht)$/i;

function byHeader(header: string[], re: RegExp, taken: Set<number>): number | null {
	const index = header.findIndex((name, i) => !taken.has(i) && re.test(name.trim()));
	return index === -1 ? null : index;
}

function byValues(
	header: string[],
	values: (i: number) => string[],
	test: (v: string) => boolean,
	taken: Set<number>
): number | null {
	const index = header.findIndex((_, i) => {
		const filled = values(i);
		return !taken.has(i) && filled.length > 0 && filled.filter(test).length / filled.length >= 0.8;
	});
	return index === -1 ? null : index;
}

/**
 * A column of numbers: at least 80% of the filled cells read as numbers. The rest are imported
 * as reported problems, so one typo does not hide a whole indicator.
 */
export function isNumericColumn(cells: string[], decimal: DecimalMark): boolean {
	const filled = cells.filter((c) => missingReason(c) === null);
	const numbers = filled.filter((c) => parseNumber(c, decimal) !== null).length;
	return numbers > 0 && numbers / filled.length >= 0.8;
}

/** Columns of a wide file that hold numbers and have no other role. */
export function numericColumns(sniffed: Sniffed, taken: Set<number>): number[] {
	return sniffed.header
		.map((name, i) => ({ name, i }))
		.filter(({ name, i }) => !taken.has(i) && !notAnIndicator.test(name.trim()))
		.filter(({ i }) =>
			isNumericColumn(
				sniffed.rows.map((r) => r[i] ?? ''),
				sniffed.decimal
			)
		)
		.map(({ i }) => i);
}

/**
 * A column of gemeente numbers (3, 363, 0014) instead of codes: its whole name says so
 * (gemeente, gemeentenummer, gem_nr …; not "Gemeentelijke wijkcode"), and the filled cells in the
 * sample are numbers of at most four digits, some written as GM3. Read as GM0003, GM0363 ….
 */
function holdsGemeenteNumbers(name: string, cells: string[]): boolean {
	return (
		/^(gemeente|gemeentecode|gemeentenummer|gemeentenr|gem_?(nr|code|nummer)|gm_?code)$/i.test(
			name.trim()
		) &&
		cells.some((c) => /^\d{1,4}$/.test(c)) &&
		cells.every((c) => /^(GM)?\d{1,4}$/i.test(c))
	);
}

/** Recognises the columns of any file by header names and values; profiles refine this. */
export function detectGeneric(sniffed: Sniffed): Mapping {
	const { header, rows } = sniffed;
	const filled = (i: number) => rows.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
	const taken = new Set<number>();
	const pick = (index: number | null) => {
		if (index !== null) taken.add(index);
		return index;
	};

	const periodHeaders = header.flatMap((name, i) => (parsePeriod(name) ? [i] : []));
	const areaHeaders = header.flatMap((name, i) => (isAreaCode(name) ? [i] : []));
	if (areaHeaders.length >= 2) return pivotAreas(sniffed, areaHeaders);
	const areaCode =
		pick(
			byValues(header, filled, isAreaCode, taken) ??
				byHeader(header, headerPatterns.areaCode, taken)
		) ?? 0;
	taken.add(areaCode);
	const codeKind = holdsGemeenteNumbers(header[areaCode] ?? '', filled(areaCode))
		? 'gemeentenummer'
		: 'cbs';
	if (periodHeaders.length >= 2) return pivotPeriods(sniffed, areaCode, codeKind, periodHeaders);
	const period = pick(
		byHeader(header, headerPatterns.period, taken) ??
			byValues(header, filled, (v) => parsePeriod(v) !== null, taken)
	);
	const gemeenteName = pick(byHeader(header, headerPatterns.gemeenteName, taken));
	const areaName = pick(byHeader(header, headerPatterns.areaName, taken));
	const group = pick(byHeader(header, headerPatterns.group, taken));
	const moment = pick(byHeader(header, headerPatterns.moment, taken));
	const indicator = pick(byHeader(header, headerPatterns.indicator, taken));
	const value = indicator === null ? null : pick(byHeader(header, headerPatterns.value, taken));
	const layout = indicator !== null && value !== null ? 'long' : 'wide';
	const bound = (re: RegExp) => (layout === 'long' ? pick(byHeader(header, re, taken)) : null);
	const n = bound(headerPatterns.n);
	const ciLow = bound(headerPatterns.ciLow);
	const ciHigh = bound(headerPatterns.ciHigh);
	return {
		profile: layout === 'long' ? 'lang' : 'breed',
		layout,
		areaCode,
		codeKind,
		areaName,
		gemeenteName,
		period,
		fixedPeriod: null,
		indicator,
		value,
		n,
		ciLow,
		ciHigh,
		margins: null,
		subgroups: group === null ? [] : [group],
		moment,
		indicators: layout === 'wide' ? numericColumns(sniffed, taken) : [],
		fixedIndicator: null,
		estimateType: 'register'
	};
}

const emptyMapping: Omit<Mapping, 'profile' | 'layout' | 'areaCode' | 'indicators'> = {
	codeKind: 'cbs',
	areaName: null,
	gemeenteName: null,
	period: null,
	fixedPeriod: null,
	indicator: null,
	value: null,
	n: null,
	ciLow: null,
	ciHigh: null,
	margins: null,
	subgroups: [],
	moment: null,
	fixedIndicator: null,
	estimateType: 'register'
};

/** Areas as rows and a column per period (2019, 2020, …): a portal export of one indicator. */
function pivotPeriods(
	sniffed: Sniffed,
	areaCode: number,
	codeKind: Mapping['codeKind'],
	periods: number[]
): Mapping {
	const taken = new Set([areaCode, ...periods]);
	const indicator = byHeader(sniffed.header, headerPatterns.indicator, taken);
	if (indicator !== null) taken.add(indicator);
	return {
		...emptyMapping,
		profile: 'perioden',
		layout: 'periods',
		areaCode,
		codeKind,
		areaName: byHeader(sniffed.header, headerPatterns.areaName, taken),
		indicator,
		indicators: periods
	};
}

/** Periods as rows and a column per area code: the same table turned around. */
function pivotAreas(sniffed: Sniffed, areas: number[]): Mapping {
	const taken = new Set(areas);
	const period = byHeader(sniffed.header, headerPatterns.period, taken);
	if (period !== null) taken.add(period);
	return {
		...emptyMapping,
		profile: 'gebieden',
		layout: 'areas',
		areaCode: null,
		period,
		indicator: byHeader(sniffed.header, headerPatterns.indicator, taken),
		indicators: areas
	};
}

/** The roles a mapping gives to columns, so other columns can be offered as indicators. */
export function takenColumns(m: Mapping): Set<number> {
	const single = [m.areaCode, m.areaName, m.gemeenteName, m.period, m.margins, m.moment];
	const long = m.layout === 'long' ? [m.indicator, m.value, m.n, m.ciLow, m.ciHigh] : [];
	return new Set([...single, ...long, ...m.subgroups].filter((c): c is number => c !== null));
}

/**
 * The names of the columns the mapping gives no role: their cells are not read. The report names
 * them, so that a column of numbers the detection missed is not left out unseen.
 */
export function unusedColumns(m: Mapping, header: string[]): string[] {
	const used = takenColumns(m);
	for (const i of [m.indicator, m.value, m.n, m.ciLow, m.ciHigh, ...m.indicators])
		if (i !== null) used.add(i);
	return header.flatMap((name, i) => (used.has(i) ? [] : [name.trim() || `kolom ${i + 1}`]));
}

export function validateMapping(candidate: unknown) {
	return mapping.safeParse(candidate);
}
