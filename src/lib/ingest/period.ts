export type Granularity = 'jaar' | 'kwartaal' | 'maand' | 'dag';

export interface Period {
	/** Short Dutch label for charts and tables: 2021, 2021 K2, mrt 2023, 31-03-2023. */
	label: string;
	/** ISO dates as strings: no time zones anywhere in the data. */
	start: string;
	end: string;
	granularity: Granularity;
	year: number;
}

const monthNames = [
	'jan',
	'feb',
	'mrt',
	'apr',
	'mei',
	'jun',
	'jul',
	'aug',
	'sep',
	'okt',
	'nov',
	'dec'
];
const monthWords: Record<string, number> = {
	jan: 1,
	januari: 1,
	feb: 2,
	februari: 2,
	mrt: 3,
	maart: 3,
	mar: 3,
	apr: 4,
	april: 4,
	mei: 5,
	may: 5,
	jun: 6,
	juni: 6,
	jul: 7,
	juli: 7,
	aug: 8,
	augustus: 8,
	sep: 9,
	sept: 9,
	september: 9,
	okt: 10,
	oct: 10,
	oktober: 10,
	nov: 11,
	november: 11,
	dec: 12,
	december: 12
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function year(y: number): Period {
	return { label: String(y), start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'jaar', year: y };
}

function quarter(y: number, q: number): Period | null {
	if (q < 1 || q > 4) return null;
	const endMonth = q * 3;
	return {
		label: `${y} K${q}`,
		start: `${y}-${pad(endMonth - 2)}-01`,
		end: `${y}-${pad(endMonth)}-${lastDay(y, endMonth)}`,
		granularity: 'kwartaal',
		year: y
	};
}

function month(y: number, m: number): Period | null {
	if (m < 1 || m > 12) return null;
	const end = `${y}-${pad(m)}-${lastDay(y, m)}`;
	return {
		label: `${monthNames[m - 1]} ${y}`,
		start: `${y}-${pad(m)}-01`,
		end,
		granularity: 'maand',
		year: y
	};
}

function day(y: number, m: number, d: number): Period | null {
	if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
	const iso = `${y}-${pad(m)}-${pad(d)}`;
	return { label: `${pad(d)}-${pad(m)}-${y}`, start: iso, end: iso, granularity: 'dag', year: y };
}

const forms: [RegExp, (m: RegExpExecArray) => Period | null][] = [
	[/^(\d{4})$/, (m) => year(+m[1]!)],
	[/^(\d{4})JJ00$/, (m) => year(+m[1]!)],
	[/^(\d{4})KW0?(\d)$/, (m) => quarter(+m[1]!, +m[2]!)],
	[/^(\d{4})[- ]?(?:Q|K)(\d)$/, (m) => quarter(+m[1]!, +m[2]!)],
	[/^(\d{4})MM(\d{2})$/, (m) => month(+m[1]!, +m[2]!)],
	[/^(\d{4})-(\d{1,2})$/, (m) => month(+m[1]!, +m[2]!)],
	[/^(\d{4})-(\d{2})-(\d{2})$/, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
	[/^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/, (m) => day(+m[3]!, +m[2]!, +m[1]!)],
	[
		/^([A-Z]+)\.? (\d{4})$/,
		(m) =>
			monthWords[m[1]!.toLowerCase()] ? month(+m[2]!, monthWords[m[1]!.toLowerCase()]!) : null
	]
];

/** Reads the period notations of StatLine (2020JJ00, 2021KW01, 2021MM03) and of spreadsheets. */
export function parsePeriod(raw: string): Period | null {
	const text = raw.trim().toUpperCase();
	for (const [re, build] of forms) {
		const match = re.exec(text);
		if (match) {
			const period = build(match);
			if (period && period.year >= 1900 && period.year <= 2100) return period;
			return null;
		}
	}
	return null;
}
