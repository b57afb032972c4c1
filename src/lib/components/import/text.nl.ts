/**
 * The text of adding data (the import steps, their reports and data packs), in plain Dutch (B1).
 * Kept apart from text.nl.ts so it loads with the import panel, not with the first page.
 */
import { count } from '$lib/text.nl';

/** "Deze kolommen gebruiken we niet: a, b en c." (at most ten names, then how many more). */
export function columnList(names: string[]): string {
	if (names.length === 1) return `De kolom "${names[0]}" gebruiken we niet.`;
	const shown = names.slice(0, 10).map((n) => `"${n}"`);
	const rest = names.length - shown.length;
	const list =
		rest > 0
			? `${shown.join(', ')} en nog ${count(rest)}`
			: `${shown.slice(0, -1).join(', ')} en ${shown.at(-1)}`;
	return `Deze kolommen gebruiken we niet: ${list}.`;
}

export const importText = {
	heading: 'Gegevens toevoegen',
	intro:
		'Kies een CSV-bestand of een datapakket (.arrow), of sleep het hierheen. Je ziet eerst wat we herkennen. Pas daarna voegen we het toe.',
	choose: 'Bestand kiezen',
	drop: 'Of sleep een bestand naar dit vak.',
	reading: (file: string) => `"${file}" lezen…`,
	recognised: (file: string) => `Dit herkennen we in "${file}"`,
	encoding: 'Tekenset',
	file: 'Bestand',
	encodingNames: {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16 (little-endian)',
		'utf-16be': 'UTF-16 (big-endian)',
		'windows-1252': 'Windows-1252',
		'utf-8+windows-1252': 'UTF-8, met enkele regels in Windows-1252'
	} as Record<string, string>,
	delimiter: 'Scheidingsteken',
	decimal: 'Decimaalteken',
	layout: 'Indeling',
	layouts: {
		long: 'Lang: één rij per gebied, indicator en periode',
		wide: 'Breed: één kolom per indicator',
		periods: 'Eén kolom per periode (gebieden als rijen)',
		areas: 'Eén kolom per gebied (perioden als rijen)'
	},
	valueColumns: {
		long: 'Kolommen met indicatoren',
		wide: 'Kolommen met indicatoren',
		periods: 'Kolommen met perioden',
		areas: 'Kolommen met gebieden'
	},
	fixedIndicator: 'Naam van de indicator in dit bestand',
	saveProfile: 'Deze indeling bewaren',
	saveProfileName: 'Naam van de indeling',
	saveProfileHelp:
		'Komt er later een bestand met dezelfde kolommen? Dan gebruiken we deze indeling vanzelf.',
	savedProfile: (name: string) => `Indeling "${name}" is bewaard.`,
	columnCount: (n: number) => `${n} kolommen gekozen`,
	delimiterNames: { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab', '|': 'streep (|)' },
	decimalNames: { ',': 'komma (12,5)', '.': 'punt (12.5)' },
	roles: {
		areaCode: 'Kolom met gebiedscode',
		areaName: 'Kolom met gebiedsnaam',
		gemeenteName: 'Kolom met gemeentenaam',
		period: 'Kolom met periode',
		indicator: 'Kolom met de naam van de indicator',
		value: 'Kolom met de waarde',
		n: 'Kolom met aantal (n)',
		ciLow: 'Kolom met ondergrens',
		ciHigh: 'Kolom met bovengrens',
		group: 'Kolom met groep (bijvoorbeeld leeftijd)',
		moment: 'Kolom met meetmoment (bijvoorbeeld nulmeting)'
	},
	none: '(geen)',
	indicatorCount: (n: number) => (n === 1 ? '1 indicator gekozen' : `${n} indicatoren gekozen`),
	preview: 'Zo slaan we de eerste rijen op',
	previewIncomplete:
		'Rijen met te veel of te weinig kolommen staan hier niet. Die slaan we niet op: je ziet ze bij de meldingen.',
	/** The preview's column headings: what is stored, not which column it came from. */
	previewColumns: {
		areaCode: 'Gebiedscode',
		areaName: 'Gebiedsnaam',
		indicator: 'Indicator',
		period: 'Periode',
		group: 'Groep',
		moment: 'Meetmoment',
		value: 'Waarde'
	},
	confirm: 'Toevoegen',
	cancel: 'Annuleren',
	close: 'Sluiten',
	unnamedColumn: (i: number) => `kolom ${i + 1}`,
	importing: 'Gegevens opslaan…',
	progress: (step: number, label: string) => `Stap ${step} van 3: ${label}`,
	stop: 'Stoppen',
	done: (file: string, rows: number, observations: number) =>
		`"${file}" is toegevoegd: ${count(rows)} ${rows === 1 ? 'rij' : 'rijen'}, ${count(observations)} ${observations === 1 ? 'cijfer' : 'cijfers'}.`,
	rejected: (n: number) => `${n} rijen konden we niet gebruiken. Die staan hieronder.`,
	issuesHeading: 'Meldingen',
	issueLine: 'Regel',
	issueColumn: 'Kolom',
	issueValue: 'Waarde',
	issueReason: 'Reden',
	moreIssues: (shown: string, total: string) =>
		`Hieronder staan de eerste ${shown} van ${total} meldingen. In het verslag (CSV) staan ze allemaal.`,
	duplicate: (file: string, sameAs?: string) =>
		sameAs && sameAs !== file
			? `Dit bestand ("${file}") heeft dezelfde inhoud als "${sameAs}", dat je al hebt toegevoegd. Er is niets dubbel opgeslagen.`
			: `Dit bestand ("${file}") heb je al toegevoegd. Er is niets dubbel opgeslagen.`,
	profile: 'Herkend als',
	profiles: {
		'rivm-gezondheid-wijk': 'RIVM Gezondheid per wijk en buurt (StatLine)',
		'cbs-kerncijfers': 'CBS Kerncijfers wijken en buurten',
		'statline-odata': 'CBS StatLine-tabel met codes',
		'statline-symbolen': 'CBS StatLine-download met symbolen',
		lang: 'Eigen bestand, lang',
		breed: 'Eigen bestand, breed',
		perioden: 'Eigen bestand, een kolom per periode',
		gebieden: 'Eigen bestand, een kolom per gebied',
		'pilot-deelnemers': 'Pilotsjabloon: deelnemers',
		'pilot-metingen': 'Pilotsjabloon: metingen',
		'pilot-geaggregeerd': 'Pilotsjabloon: geaggregeerde uitkomsten',
		'pilot-procesregistratie': 'Pilotsjabloon: procesregistratie'
	} as Record<string, string>,
	estimateType: 'Soort cijfers',
	estimateTypes: {
		survey_direct: 'Enquête (direct gemeten)',
		model_estimate: 'Modelschatting',
		register: 'Registratie of telling',
		registration: 'Eigen registratie'
	},
	codeKind: 'Soort gebiedscode',
	codeKinds: { cbs: 'CBS-codes (GM, WK, BU)', gemeentenummer: 'Gemeentenummers (zoals 363)' },
	fixedPeriod: 'Periode voor het hele bestand (bijvoorbeeld 2020)',
	missingExtra: 'Andere woorden of tekens voor "geen cijfer"',
	missingExtraHelp:
		'Zet een komma tussen twee woorden, bijvoorbeeld: onbekend, *. Een lege cel, ".", "x", "-", "?", "NA", "n.v.t." en CBS-codes zoals -99997 tellen al als geen cijfer. Een echte 0 blijft 0.',
	checking: 'Bestand controleren…',
	reportHeading: 'Controle van het bestand',
	facts: {
		rowsRead: 'Rijen in het bestand',
		rowsAccepted: 'Rijen die we gebruiken',
		rowsRejected: 'Rijen die we niet kunnen gebruiken',
		observations: 'Cijfers',
		missing: 'waarvan zonder waarde (ontbreekt of niet gepubliceerd)',
		unusedColumns: 'Kolommen die we niet gebruiken'
	},
	severity: { error: 'niet opgeslagen', warning: 'let op', note: 'ter info' },
	issueSeverity: 'Gevolg',
	downloadReport: 'Meldingen downloaden (CSV)',
	noIssues: 'Geen meldingen: alle rijen zijn bruikbaar.',
	conflictsQuestion:
		'Sommige rijen geven een andere waarde voor hetzelfde gebied, dezelfde indicator, periode, groep en meetmoment. Staan de groep of het meetmoment in een kolom die je nog niet hebt gekozen? Kies die kolom dan hierboven. Of kies wat we met deze rijen doen:',
	conflicts: {
		skip: 'Geen van deze waarden opslaan',
		first: 'De eerste rij houden',
		last: 'De laatste rij houden'
	},
	replaceQuestion: (file: string, date: string) =>
		`Je hebt op ${date} al een andere versie van "${file}" toegevoegd. Deze nieuwe versie vervangt de oude.`,
	replaceConfirm: 'Ja, vervang de oude versie',
	overlaps: (files: { name: string; values: number }[]) => {
		const total = files.reduce((n, f) => n + f.values, 0);
		const names = files.map((f) => `"${f.name}"`).join(', ');
		return (
			`${count(total)} ${total === 1 ? 'cijfer uit dit bestand staat' : 'cijfers uit dit bestand staan'} al in ${names}: zelfde indicator, gebied en periode. ` +
			'Voeg je dit bestand toe, dan zie je overal de cijfers uit dit bestand, want het laatst toegevoegde bestand telt. ' +
			'Verwijder je dit bestand later weer, dan zie je de oude cijfers.'
		);
	},
	unusedColumns: (names: string[]) =>
		`${columnList(names)} Staan daar cijfers in die je wilt toevoegen? Kies dan hierboven welke kolom wat is.`,
	nothingToImport: 'Er is niets om toe te voegen.',
	pack: {
		heading: (file: string) => `Controle van datapakket "${file}"`,
		done: (file: string, observations: number, files: number) =>
			`"${file}" is toegevoegd: ${count(observations)} cijfers uit ${count(files)} ${files === 1 ? 'bestand' : 'bestanden'}.`,
		duplicate: (file: string) =>
			`Alle bestanden in dit pakket ("${file}") heb je al toegevoegd. Er is niets dubbel opgeslagen.`,
		rowsRead: 'Cijfers in het pakket',
		rowsAccepted: 'Cijfers die we toevoegen',
		rowsSkipped: 'Cijfers die je al had (niet dubbel opgeslagen)',
		rowsRejected: 'Cijfers die we niet kunnen gebruiken (gebied, periode of indicator ontbreekt)',
		missing: 'waarvan zonder waarde (ontbreekt of niet gepubliceerd)',
		sources: 'Bestanden in het pakket',
		known: 'al toegevoegd, slaan we over',
		fresh: 'nieuw',
		sourceLine: (name: string, observations: number) => `${name}: ${count(observations)} cijfers`,
		replaceQuestion: (files: string) =>
			`Je hebt al een andere versie toegevoegd van: ${files}. De versie uit het pakket vervangt de oude.`
	},
	pilotNote: (template: string) =>
		`Herkend als ${template}. De kolommen liggen vast, dus je hoeft niets te kiezen. Deze gegevens komen bij "Pilot evalueren".`
};

const days = new Intl.DateTimeFormat('nl-NL', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** The day of a stored moment ("2026-12-02 10:15:00…") as Dutch people write it: 2 december 2026. */
export function dayOf(moment: string): string {
	const [year, month, day] = moment.slice(0, 10).split('-').map(Number);
	if (!year || !month || !day) return moment.slice(0, 10);
	return days.format(new Date(Date.UTC(year, month - 1, day)));
}
