/**
 * The four pilot CSV templates (data contract of issue 5): their columns, what each means in plain
 * Dutch, the allowed values, and how a header is recognised. Column names are fixed and lowercase:
 * the header alone decides which template a file is.
 */

export type TemplateId = 'deelnemers' | 'metingen' | 'geaggregeerd' | 'procesregistratie';

export const moments = ['nulmeting', 'tussenmeting', 'eindmeting', 'follow-up'] as const;
export type Moment = (typeof moments)[number];

export const exitTypes = [
	'werk_12',
	'werk_27',
	'opleiding',
	'verhuisd',
	'gestopt',
	'anders'
] as const;
export type ExitType = (typeof exitTypes)[number];

export const exitTypeLabels: Record<ExitType, string> = {
	werk_12: 'Betaald werk, meer dan 12 uur per week',
	werk_27: 'Betaald werk, meer dan 27 uur per week',
	opleiding: 'Begonnen met een opleiding',
	verhuisd: 'Verhuisd',
	gestopt: 'Gestopt met meedoen',
	anders: 'Andere reden'
};

/** The usual groups. Any other name in `groep` is an arm of the pilot (`ontheffing`, …). */
export const standardGroups = ['pilot', 'controle'] as const;

export interface AllowedValues {
	values: readonly string[];
	/** Other values are allowed too: `groep` may hold the name of an arm. */
	open: boolean;
}

export interface TemplateColumn {
	name: string;
	required: boolean;
	/** What goes in the column, in plain Dutch (B1). */
	explanation: string;
	allowed?: AllowedValues;
}

export interface PilotTemplate {
	id: TemplateId;
	title: string;
	/** What the file is for, in plain Dutch (B1). */
	explanation: string;
	fileName: string;
	columns: TemplateColumn[];
	/** At least one of these columns (or an extra column) must be present: they hold the data. */
	measures: string[];
	/** Columns a file may add besides `columns`; null when there are none. */
	extra: { kind: 'outcome' | 'uitval'; explanation: string } | null;
	/** One fictitious row, in column order. */
	example: string[];
}

export type OutcomeKind = 'mean' | 'share';

export interface Outcome {
	id: string;
	label: string;
	unit: string | null;
	/** null for a custom outcome: a column holding only 0/1/ja/nee is a share, otherwise a mean. */
	kind: OutcomeKind | null;
	min: number | null;
	max: number | null;
	known: boolean;
}

const outcome = (
	id: string,
	label: string,
	unit: string,
	kind: OutcomeKind,
	min: number,
	max: number
): Outcome => ({ id, label, unit, kind, min, max, known: true });

export const knownOutcomes: Outcome[] = [
	outcome('welbevinden_who5', 'Welbevinden (WHO-5)', 'score 0-100', 'mean', 0, 100),
	outcome('levenstevredenheid', 'Levenstevredenheid', 'cijfer 0-10', 'mean', 0, 10),
	outcome(
		'ervaren_gezondheid',
		'Ervaren gezondheid',
		'1-5 (1 = slecht, 5 = uitstekend)',
		'mean',
		1,
		5
	),
	outcome(
		'zelfredzaamheid_zrm',
		'Zelfredzaamheid (Zelfredzaamheid-Matrix)',
		'1-5, gemiddelde over de domeinen',
		'mean',
		1,
		5
	),
	outcome('participatieladder', 'Participatieladder', 'trede 1-6', 'mean', 1, 6),
	outcome('zelfvertrouwen', 'Zelfvertrouwen', 'cijfer 1-10', 'mean', 1, 10),
	outcome('sociale_participatie', 'Sociale participatie', 'cijfer 1-10', 'mean', 1, 10),
	outcome('werk_12u', 'Werkt meer dan 12 uur per week', 'aandeel (%)', 'share', 0, 1)
];

const knownById = new Map(knownOutcomes.map((o) => [o.id, o]));

const col = (name: string, required: boolean, explanation: string, allowed?: AllowedValues) => ({
	name,
	required,
	explanation,
	...(allowed ? { allowed } : {})
});

/** One example row, written as the CSV line it becomes. */
const row = (line: string) => line.split(';');

const pilotColumn = col('pilot', true, 'De naam van de pilot. Gebruik in elke rij dezelfde naam.');
const groupValues: AllowedValues = { values: standardGroups, open: true };
const momentValues: AllowedValues = { values: moments, open: false };
const processMeasures = [
	col('doelgroep', false, 'Hoeveel mensen in de doelgroep van de pilot vallen.'),
	col('benaderd', false, 'Hoeveel mensen u tot nu toe heeft benaderd.'),
	col('aangemeld', false, 'Hoeveel mensen zich tot nu toe hebben aangemeld.'),
	col('gestart', false, 'Hoeveel mensen tot nu toe zijn begonnen.'),
	col('actief', false, 'Hoeveel mensen aan het eind van de periode nog meedoen.'),
	col('afgerond', false, 'Hoeveel mensen de pilot tot nu toe helemaal hebben afgemaakt.'),
	col('uitgevallen', false, 'Hoeveel mensen tot nu toe eerder zijn gestopt.'),
	col('uitval_werk', false, 'Eerder gestopt omdat ze werk vonden.'),
	col('uitval_gezondheid', false, 'Eerder gestopt door hun gezondheid.'),
	col('uitval_motivatie', false, 'Eerder gestopt omdat ze niet meer wilden.'),
	col('uitval_verhuisd', false, 'Eerder gestopt omdat ze verhuisden.'),
	col('uitval_anders', false, 'Eerder gestopt om een andere reden.'),
	col('activiteiten_gepland', false, 'Hoeveel activiteiten gepland waren in deze periode.'),
	col('activiteiten_gerealiseerd', false, 'Hoeveel activiteiten echt zijn doorgegaan.'),
	col('doorlooptijd_dagen', false, 'Hoeveel dagen het duurde van aanmelden tot starten (mediaan).'),
	col('tevredenheid', false, 'Het gemiddelde rapportcijfer van de deelnemers (1 tot 10).')
];

export const templates: PilotTemplate[] = [
	{
		id: 'deelnemers',
		title: 'Deelnemers',
		explanation:
			'Eén rij per deelnemer: in welke groep iemand zit, wanneer iemand begon en of iemand is uitgestroomd. Zet er geen namen of BSN in, alleen een eigen nummer.',
		fileName: 'wijkpeil-sjabloon-deelnemers.csv',
		columns: [
			pilotColumn,
			col('deelnemer_id', true, 'Een eigen nummer per deelnemer, zonder naam of BSN.'),
			col('groep', true, 'pilot, controle of de naam van een variant.', groupValues),
			col('wijkcode', false, 'De CBS-code van de wijk, bijvoorbeeld WK999901.'),
			col('startdatum', true, 'De dag waarop de deelnemer begon (JJJJ-MM-DD).'),
			col('einddatum', false, 'De laatste dag dat u weet hoe het gaat. Leeg: nog in beeld.'),
			col('uitstroom_type', false, 'Waarom de deelnemer uitstroomde. Leeg: niet uitgestroomd.', {
				values: ['', ...exitTypes],
				open: false
			}),
			col(
				'uitstroom_datum',
				false,
				'De dag van uitstroom. Verplicht als uitstroom_type is ingevuld.'
			)
		],
		measures: ['startdatum'],
		extra: null,
		example: row('Basisbaan Voorbeeldstad;D0001;pilot;WK999901;2024-01-15;;werk_12;2024-09-02')
	},
	{
		id: 'metingen',
		title: 'Metingen',
		explanation:
			'Eén rij per deelnemer per meetmoment, met de scores op vragenlijsten. Een lege cel betekent: niet gemeten. Zet er nooit 0 in als iets niet is gemeten.',
		fileName: 'wijkpeil-sjabloon-metingen.csv',
		columns: [
			pilotColumn,
			col('deelnemer_id', true, 'Hetzelfde nummer als in het bestand Deelnemers.'),
			col('meetmoment', true, 'Wanneer er gemeten is.', momentValues),
			col('datum', false, 'De dag van de meting (JJJJ-MM-DD).'),
			...knownOutcomes.map((o) => col(o.id, false, `${o.label}: ${o.unit}.`))
		],
		measures: knownOutcomes.map((o) => o.id),
		extra: {
			kind: 'outcome',
			explanation:
				'U mag eigen uitkomsten toevoegen. Zet de eenheid tussen haakjes, bijvoorbeeld: eenzaamheid (score 1-10). Alleen 0 en 1 (of ja en nee)? Dan telt Wijkpeil het als aandeel.'
		},
		example: row('Basisbaan Voorbeeldstad;D0001;nulmeting;2024-01-15;52;6;3;2,8;2;6;5;0')
	},
	{
		id: 'geaggregeerd',
		title: 'Geaggregeerde uitkomsten',
		explanation:
			'Heeft u alleen tabellen en geen gegevens per deelnemer? Zet dan per groep, meetmoment en uitkomst het aantal en het gemiddelde of het percentage in een rij.',
		fileName: 'wijkpeil-sjabloon-geaggregeerd.csv',
		columns: [
			pilotColumn,
			col('groep', true, 'pilot, controle of de naam van een variant.', groupValues),
			col('meetmoment', true, 'Wanneer er gemeten is.', momentValues),
			col('wijkcode', false, 'De CBS-code van de wijk. Leeg: alle wijken samen.'),
			col('uitkomst', true, 'Wat er gemeten is, bijvoorbeeld welbevinden_who5.'),
			col('n', true, 'Hoeveel mensen meetelden.'),
			col('gemiddelde', false, 'Het gemiddelde. Vul dit in of het aandeel.'),
			col('sd', false, 'De standaarddeviatie bij het gemiddelde.'),
			col('aandeel', false, 'Het percentage (0 tot 100). Vul dit in of het gemiddelde.'),
			col('ondergrens', false, 'De ondergrens van het betrouwbaarheidsinterval.'),
			col('bovengrens', false, 'De bovengrens van het betrouwbaarheidsinterval.')
		],
		measures: ['gemiddelde', 'aandeel'],
		extra: null,
		example: row(
			'Regelluwe bijstand Voorbeeldstad;pilot;nulmeting;;welbevinden_who5;148;50,3;17,9;;;'
		)
	},
	{
		id: 'procesregistratie',
		title: 'Procesregistratie',
		explanation:
			'Eén rij per periode (en per wijk): hoeveel mensen u bereikte, hoeveel er meedoen en hoeveel er stopten. Tel de aantallen op tot en met het eind van de periode.',
		fileName: 'wijkpeil-sjabloon-procesregistratie.csv',
		columns: [
			pilotColumn,
			col('periode', true, 'Het kwartaal of de maand, bijvoorbeeld 2024-Q1 of 2024-03.'),
			col('wijkcode', false, 'De CBS-code van de wijk. Leeg: alle wijken samen.'),
			...processMeasures
		],
		measures: processMeasures.map((c) => c.name),
		extra: {
			kind: 'uitval',
			explanation:
				'U mag eigen redenen van uitval toevoegen, bijvoorbeeld uitval_zorg. Samen zijn de redenen even groot als uitgevallen.'
		},
		example: row(
			'Basisbaan Voorbeeldstad;2024-Q1;WK999901;120;45;20;15;14;0;1;0;1;0;0;0;12;10;21;7,8'
		)
	}
];

export function template(id: TemplateId): PilotTemplate {
	const found = templates.find((t) => t.id === id);
	if (!found) throw new Error(`Unknown pilot template: ${id}`);
	return found;
}

/** The downloadable template: header plus one fictitious row, `;`, with a BOM for Excel. */
export function templateCsv(id: TemplateId): string {
	const t = template(id);
	const lines = [t.columns.map((c) => c.name), t.example].map((cells) => cells.join(';'));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A header cell as written: without BOM, outer spaces and repeated spaces. */
function tidy(name: string): string {
	return name
		.replace(/^\uFEFF/, '')
		.trim()
		.replace(/\s+/g, ' ');
}

/** A column name as the templates spell it: `Deelnemer ID` → `deelnemer_id`. */
export function columnKey(name: string): string {
	return tidy(name).toLowerCase().replace(/ /g, '_');
}

function slug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

const decimal = (s: string) => Number(s.replace(',', '.'));

/** A known outcome, or a custom one read from `naam (eenheid)`; a range in the unit sets min/max. */
export function outcomeFromHeader(name: string): Outcome {
	const text = tidy(name);
	const parts = /^(.+?)\s*\(([^()]*)\)$/.exec(text);
	const base = parts?.[1] ?? text;
	const unit = parts?.[2]?.trim() || null;
	const id = slug(base) || 'uitkomst';
	const known = knownById.get(id);
	if (known) return known;
	const range = unit ? /(-?\d+(?:[.,]\d+)?)\s*[-–]\s*(-?\d+(?:[.,]\d+)?)/.exec(unit) : null;
	const label = base.replace(/_/g, ' ');
	return {
		id,
		label: label.charAt(0).toUpperCase() + label.slice(1),
		unit,
		kind: null,
		min: range?.[1] ? decimal(range[1]) : null,
		max: range?.[2] ? decimal(range[2]) : null,
		known: false
	};
}

/** Fixed column names of every template (outcomes aside): a custom outcome may not use one. */
const reserved = new Set(
	templates.flatMap((t) => t.columns.map((c) => c.name)).filter((name) => !knownById.has(name))
);

/** The outcome id of a metingen column, or null when the name belongs to another template. */
function outcomeColumn(name: string): string | null {
	const id = outcomeFromHeader(name).id;
	return reserved.has(id) || id.startsWith('uitval_') ? null : id;
}

function matches(t: PilotTemplate, names: string[], keys: string[]): boolean {
	if (!t.columns.every((c) => !c.required || keys.includes(c.name))) return false;
	// The columns that hold data: the template's measures plus any extra columns.
	const fixed = new Set(t.columns.map((c) => c.name).filter((name) => !t.measures.includes(name)));
	const data = names.filter((_, i) => !fixed.has(keys[i] ?? ''));
	if (data.length === 0) return false;
	if (t.extra?.kind === 'outcome') {
		const ids = data.map(outcomeColumn);
		return !ids.includes(null) && new Set(ids).size === ids.length;
	}
	const uitval = t.extra?.kind === 'uitval';
	return data
		.map(columnKey)
		.every((key) => t.measures.includes(key) || (uitval && /^uitval_[a-z0-9_]+$/.test(key)));
}

/**
 * Which template a header is, or null. Case, spaces and a BOM do not matter, nor column order;
 * empty names at the end (Excel's trailing `;`) are ignored. A name used twice is never a template.
 */
export function recogniseTemplate(header: string[]): TemplateId | null {
	const names = [...header];
	while (names.length > 0 && tidy(names[names.length - 1] ?? '') === '') names.pop();
	const keys = names.map(columnKey);
	if (keys.includes('') || new Set(keys).size !== keys.length) return null;
	return templates.find((t) => matches(t, names, keys))?.id ?? null;
}
