import { z } from 'zod';
import { isAreaCode } from './area-code';
import { missingReason, parseNumber, type DecimalMark } from './number';
import { parsePeriod } from './period';
import type { Sniffed } from './sniff';

const column = z.number().int().min(0);

/**
 * How the columns of a file become observations. Columns are referred to by position, so
 * duplicate or odd header names (even SQL) never matter.
 */
export const mapping = z
	.object({
		layout: z.enum(['long', 'wide']),
		areaCode: column,
		areaName: column.nullable(),
		gemeenteName: column.nullable(),
		period: column,
		/** long: the column holding the indicator name and the one holding its value */
		indicator: column.nullable(),
		value: column.nullable(),
		n: column.nullable(),
		ciLow: column.nullable(),
		ciHigh: column.nullable(),
		/** wide: each of these columns is an indicator */
		indicators: z.array(column)
	})
	.superRefine((m, ctx) => {
		if (m.layout === 'long' && m.indicator === null)
			ctx.addIssue({ code: 'custom', message: 'mapping_no_indicator', path: ['indicator'] });
		if (m.layout === 'long' && m.value === null)
			ctx.addIssue({ code: 'custom', message: 'mapping_no_value', path: ['value'] });
		if (m.layout === 'wide' && m.indicators.length === 0)
			ctx.addIssue({ code: 'custom', message: 'mapping_no_indicators', path: ['indicators'] });
	});

export type Mapping = z.infer<typeof mapping>;

const headerPatterns = {
	areaCode:
		/^(gebiedscode|regiocode|wijkcode|buurtcode|gemeentecode|code|wkc|wk_code|statcode|gwb_?code(_\d+)?|wijkenenbuurten|codering(_\d+)?|regio_?code)$/i,
	areaName:
		/^(gebiedsnaam|gebied|regionaam|regio|wijknaam|wijk|buurtnaam|buurt|naam|name|wkn|wk_naam|statnaam|regioaanduiding)$/i,
	gemeenteName: /^(gemeentenaam|gemeente|gem_name|gem_naam|gm_naam|gemeentenaam(_\d+)?)$/i,
	period: /^(periode|perioden|jaar|year|jaartal|peiljaar|peildatum|datum|kwartaal|maand|period)$/i,
	indicator: /^(indicator|indicatornaam|onderwerp|variabele|kenmerk|thema_indicator)$/i,
	value: /^(waarde|value|percentage|score|gemiddelde|aantal)$/i,
	n: /^(n|aantal_respondenten|respondenten|ongewogen_n|noemer)$/i,
	ciLow: /^(ondergrens|ci_low|ci_laag|lower|lo|betrouwbaarheid_onder|ondergrens_95)$/i,
	ciHigh: /^(bovengrens|ci_high|ci_hoog|upper|hi|betrouwbaarheid_boven|bovengrens_95)$/i
};

/** Columns that hold identifiers, not indicators, even when they look numeric. */
const notAnIndicator =
	/^(id|rij|nr|nummer|volgnummer|fid|objectid|index|leeftijd|marges|soortregio(_\d+)?)$/i;

function share<T>(values: T[], test: (v: T) => boolean): number {
	return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

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
	const index = header.findIndex(
		(_, i) => !taken.has(i) && values(i).length > 0 && share(values(i), test) >= 0.8
	);
	return index === -1 ? null : index;
}

/** Recognises the columns of a file; the user sees the result and can correct it. */
export function detectMapping(sniffed: Sniffed): Mapping {
	const { header, rows, decimal } = sniffed;
	const filled = (i: number) => rows.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
	const taken = new Set<number>();
	const pick = (index: number | null) => {
		if (index !== null) taken.add(index);
		return index;
	};

	const areaCode =
		pick(
			byValues(header, filled, isAreaCode, taken) ??
				byHeader(header, headerPatterns.areaCode, taken)
		) ?? 0;
	taken.add(areaCode);
	const period =
		pick(
			byHeader(header, headerPatterns.period, taken) ??
				byValues(header, filled, (v) => parsePeriod(v) !== null, taken)
		) ?? 0;
	taken.add(period);
	const gemeenteName = pick(byHeader(header, headerPatterns.gemeenteName, taken));
	const areaName = pick(byHeader(header, headerPatterns.areaName, taken));
	const indicator = pick(byHeader(header, headerPatterns.indicator, taken));
	const value = indicator === null ? null : pick(byHeader(header, headerPatterns.value, taken));
	const layout = indicator !== null && value !== null ? 'long' : 'wide';
	const bound = (re: RegExp) => (layout === 'long' ? pick(byHeader(header, re, taken)) : null);
	const n = bound(headerPatterns.n);
	const ciLow = bound(headerPatterns.ciLow);
	const ciHigh = bound(headerPatterns.ciHigh);

	const indicators =
		layout === 'wide'
			? header
					.map((name, i) => ({ name, i }))
					.filter(({ name, i }) => !taken.has(i) && !notAnIndicator.test(name.trim()))
					.filter(({ i }) =>
						isNumericColumn(
							rows.map((r) => r[i] ?? ''),
							decimal
						)
					)
					.map(({ i }) => i)
			: [];
	return {
		layout,
		areaCode,
		areaName,
		gemeenteName,
		period,
		indicator,
		value,
		n,
		ciLow,
		ciHigh,
		indicators
	};
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

export type MappingProblem = z.core.$ZodIssue;

export function validateMapping(candidate: unknown) {
	return mapping.safeParse(candidate);
}
