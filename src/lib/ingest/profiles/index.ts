import { detectGeneric, numericColumns, takenColumns, type Mapping } from '../mapping';
import { missingReason, parseNumber } from '../number';
import type { Sniffed } from '../sniff';

/**
 * Import profiles for the exports people really download. Each recognises its layout from the
 * header and turns the generic guess into the right mapping; the user sees the profile's name
 * and can still change every choice.
 */
export interface Profile {
	id: string;
	matches(sniffed: Sniffed, fileName: string): boolean;
	apply(sniffed: Sniffed, base: Mapping, fileName: string): Mapping;
}

const indexOf = (sniffed: Sniffed, re: RegExp) =>
	sniffed.header.findIndex((name) => re.test(name.trim()));
const has = (sniffed: Sniffed, re: RegExp) => indexOf(sniffed, re) !== -1;
const nullable = (i: number) => (i === -1 ? null : i);

/** OData "UntypedDataSet": dimension columns have no _N suffix, topic columns do. */
function statlineOdata(sniffed: Sniffed, base: Mapping, estimateType: Mapping['estimateType']) {
	const areaCode = indexOf(sniffed, /^(WijkenEnBuurten|RegioS|Gemeenten|Wijken|Buurten)$/);
	const margins = nullable(indexOf(sniffed, /^Marges$/));
	const period = nullable(indexOf(sniffed, /^Perioden$/));
	const gemeenteName = nullable(indexOf(sniffed, /^Gemeentenaam_\d+$/));
	const dimension = /^[A-Za-z]+$/;
	const subgroups = sniffed.header
		.map((name, i) => ({ name: name.trim(), i }))
		.filter(({ name, i }) => dimension.test(name) && ![areaCode, margins, period].includes(i))
		.filter(({ name }) => !/^(ID|WijkenEnBuurten|RegioS|Gemeenten)$/.test(name))
		.map(({ i }) => i);
	const mapped: Mapping = {
		...base,
		layout: 'wide',
		areaCode: areaCode === -1 ? base.areaCode : areaCode,
		areaName: null,
		gemeenteName,
		period,
		margins,
		subgroups,
		estimateType
	};
	const taken = takenColumns(mapped);
	// Topic columns (name_N) that hold numbers; a topic can be empty in the first rows when it
	// was not measured in the first year, so an empty sample does not rule it out.
	const textTopic =
		/^(Gemeentenaam|SoortRegio|Codering|Indelingswijziging|MeestVoorkomendePostcode)/;
	mapped.indicators = sniffed.header
		.map((name, i) => ({ name: name.trim(), i }))
		.filter(({ name, i }) => !taken.has(i) && /_\d+$/.test(name) && !textTopic.test(name))
		.filter(({ i }) =>
			numericOrEmpty(
				sniffed.rows.map((r) => r[i] ?? ''),
				sniffed.decimal
			)
		)
		.map(({ i }) => i);
	return mapped;
}

/**
 * A topic column of numbers (StatLine names its text topics, see textTopic): empty in the sample
 * (filled later, or in no row: filledColumns skips it) or at least half numbers. An unreadable
 * cell is then reported on its line, instead of the whole indicator being left out.
 */
function numericOrEmpty(cells: string[], decimal: Sniffed['decimal']) {
	const filled = cells.filter((c) => missingReason(c) === null);
	const numbers = filled.filter((c) => parseNumber(c, decimal) !== null).length;
	return numbers >= filled.length / 2;
}

/**
 * A year in the file name (…_2020_…) for files without a period column. The year of a date
 * (download_2024-05-01, 01-05-2024) is when the file was made, not what it is about.
 */
function yearFromName(fileName: string): string | null {
	const name = fileName.replace(/(19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-(19|20)\d{2}/g, ' ');
	return /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/.exec(name)?.[1] ?? null;
}

/**
 * CBS publishes Kerncijfers wijken en buurten as a table per year; the table id tells the year
 * when the file has no period column.
 */
const kerncijferTables: Record<string, string> = {
	'84286NED': '2018',
	'84799NED': '2020',
	'85039NED': '2021',
	'85318NED': '2022',
	'85618NED': '2023'
};

export const profiles: Profile[] = [
	{
		id: 'rivm-gezondheid-wijk',
		matches: (s) =>
			has(s, /^WijkenEnBuurten$/) && has(s, /^Marges$/) && has(s, /^ErvarenGezondheid/),
		// Gezondheid per wijk en buurt (50090NED) holds small-area model estimates.
		apply: (s, base) => ({
			...statlineOdata(s, base, 'model_estimate'),
			profile: 'rivm-gezondheid-wijk'
		})
	},
	{
		id: 'cbs-kerncijfers',
		matches: (s) =>
			has(s, /^WijkenEnBuurten$/) && has(s, /^AantalInwoners_\d+$/) && !has(s, /^Perioden$/),
		apply: (s, base, fileName) => {
			const mapped = statlineOdata(s, base, 'register');
			const table = /(\d{5}NED)/i.exec(fileName)?.[1]?.toUpperCase() ?? '';
			const year = kerncijferTables[table] ?? yearFromName(fileName);
			return { ...mapped, profile: 'cbs-kerncijfers', period: null, fixedPeriod: year };
		}
	},
	{
		id: 'statline-odata',
		matches: (s) => has(s, /^ID$/) && has(s, /^(WijkenEnBuurten|RegioS|Gemeenten)$/),
		apply: (s, base, fileName) => {
			const mapped = statlineOdata(s, base, 'survey_direct');
			const fixedPeriod = mapped.period === null ? yearFromName(fileName) : null;
			return { ...mapped, profile: 'statline-odata', fixedPeriod };
		}
	},
	{
		id: 'statline-symbolen',
		// "CSV met statistische symbolen": label headers with units, a "(code)" column.
		matches: (s) =>
			has(s, /^Perioden$/) && has(s, /\(code\)$/) && has(s, /\((%|Getal|Aantal|euro|x 1 000)\)$/i),
		apply: (s, base) => {
			const areaCode = indexOf(s, /\(code\)$/);
			const mapped: Mapping = { ...base, layout: 'wide', areaCode, profile: 'statline-symbolen' };
			mapped.indicators = numericColumns(s, takenColumns(mapped));
			return mapped;
		}
	}
];

/** Recognises a file: the first matching profile, else the generic long or wide guess. */
export function detectMapping(sniffed: Sniffed, fileName = ''): Mapping {
	const base = detectGeneric(sniffed);
	const profile = profiles.find((p) => p.matches(sniffed, fileName));
	return profile ? profile.apply(sniffed, base, fileName) : base;
}
