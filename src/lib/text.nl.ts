/**
 * All user-facing text of the app, in plain Dutch (B1). Error messages live in
 * errors/messages.nl.ts. Functions take the variable parts, so no text is glued together elsewhere.
 */
import { unitKind } from '$lib/catalog/units';

/** A whole number as Dutch text: 12.345. */
export const count = (n: number) => n.toLocaleString('nl-NL');
/** A number with its noun, singular for 1: "1 wijk", "3 wijken". */
export const many = (n: number, one: string, more: string) => `${count(n)} ${n === 1 ? one : more}`;

/** How a wijk compares with its gemeente: the same words in Vergelijking and Overzicht. */
export const judgementWords = {
	gunstiger: 'beter dan de gemeente',
	ongunstiger: 'slechter dan de gemeente',
	hoger: 'hoger dan de gemeente',
	lager: 'lager dan de gemeente',
	geen_verschil: 'geen duidelijk verschil met de gemeente'
} as const;

/** A period range: "2014 tot en met 2023", or one period when it starts and ends there. */
export const span = (first: string, last: string) =>
	first === last ? first : `${first} tot en met ${last}`;

/**
 * The unit under a chart's title, so a downloaded picture says it too: "In procenten (%). ",
 * "Eenheid: km. ". Empty when the unit is unknown.
 */
function inUnit(unit: string | null): string {
	switch (unitKind(unit)) {
		case 'geen':
			return '';
		case 'procent':
			return 'In procenten (%). ';
		case 'euro':
			return 'In euro. ';
		case 'duizend_euro':
			return 'In duizenden euro (x 1.000 euro). ';
		case 'aantal':
			return 'In aantallen. ';
		default:
			return `Eenheid: ${unit!.trim()}. `;
	}
}

export const text = {
	appName: 'Wijkpeil',
	tagline: 'Cijfers per wijk, door de jaren heen. Alles blijft in je eigen browser.',
	skipToContent: 'Naar de inhoud',
	starting: 'De database in je browser start op…',
	lastView: {
		shown: 'Je ziet wat je de vorige keer zag. We laden de cijfers opnieuw.',
		replaced: 'De cijfers zijn opnieuw geladen.'
	},
	loadingSample: 'Voorbeeldgegevens laden…',
	lazy: {
		loading: 'Laden…',
		failed: 'Dit deel van Wijkpeil kon niet laden. Laad de pagina opnieuw.'
	},
	persistence: {
		opfs: 'Je gegevens blijven bewaard in deze browser, ook als je de pagina opnieuw laadt.',
		memory:
			'Let op: deze browser kan je gegevens niet bewaren. Na opnieuw laden zijn ze weg. Gebruik een recente versie van Chrome, Edge of Firefox.'
	},
	privacy: 'Je bestanden worden niet verstuurd. Alles gebeurt op je eigen computer.',
	sampleNotice:
		'Je kijkt naar voorbeeldgegevens. Voorbeeldstad en haar wijken bestaan niet; de cijfers zijn verzonnen.',
	sampleBadge: 'Fictief voorbeeld',
	modelBadge: 'Modelschatting',
	modelExplain:
		'Dit cijfer is een modelschatting. Het RIVM berekent het uit de Gezondheidsmonitor en uit gegevens over de wijk, zoals leeftijd en inkomen. Het is een goede schatting, maar niet in de wijk zelf gemeten.',
	explore: {
		heading: 'Wijken door de tijd',
		gemeente: 'Gemeente',
		indicator: 'Indicator',
		indicatorSearch: 'Zoek een indicator',
		indicatorSearchHelp:
			'Typ een deel van de naam, het thema of de bron. Met Enter kies je de eerste indicator uit de lijst. Met pijl omlaag ga je naar de lijst.',
		indicatorCount: (shown: number, total: number) =>
			`${count(shown)} van ${count(total)} indicatoren`,
		indicatorNone: 'Geen indicator gevonden. Probeer een ander woord.',
		indicatorInfo: (
			unit: string | null,
			definition: string | null,
			source: string,
			plain: string | null = null
		) =>
			[
				...(plain ? [`In gewone woorden: ${plain}`] : []),
				unit ? `Eenheid: ${unit}` : 'Eenheid onbekend',
				definition ?? 'Geen omschrijving bekend',
				`Bron: ${source}`
			].join(' · '),
		period: 'Periode',
		periodFrom: 'Van',
		periodTo: 'Tot en met',
		periodHelp: (first: string, last: string) =>
			`Grafieken en tabellen tonen ${span(first, last)}.`,
		wijken: 'Wijken in de grafiek',
		wijkenHelp: (max: number) =>
			`Kies maximaal ${max} wijken, zodat je de lijnen goed uit elkaar kunt houden. De tabel toont alle wijken.`,
		noData: 'Er zijn nog geen gegevens. Voeg een CSV-bestand toe of laad het voorbeeld.',
		noIndicator: 'Voor deze gemeente zijn geen indicatoren gevonden.',
		chartTitle: (indicator: string, gemeente: string) => `${indicator} per wijk in ${gemeente}`,
		chartSubtitle: (
			first: string,
			last: string,
			source: string,
			slice: string | null = null,
			unit: string | null = null
		) => `${span(first, last)}. ${inUnit(unit)}${slice ? `${slice}. ` : ''}Bron: ${source}.`,
		/** For a chart of one period (Vergelijking, Kaart). */
		periodSubtitle: (
			period: string,
			source: string,
			slice: string | null = null,
			unit: string | null = null
		) => `${period}. ${inUnit(unit)}${slice ? `${slice}. ` : ''}Bron: ${source}.`,
		periodKind: 'Soort periode',
		periodKindHelp:
			'Dit cijfer is er voor meer soorten periodes, bijvoorbeeld per jaar en per kwartaal. Alle grafieken en tabellen tonen één soort tegelijk: een jaarcijfer en een kwartaalcijfer horen niet op één lijn.',
		periodKinds: {
			jaar: 'Per jaar',
			kwartaal: 'Per kwartaal',
			maand: 'Per maand',
			dag: 'Per dag'
		} as Record<string, string>,
		otherKind: (kind: string) => (kind === '' ? 'Overige perioden' : `Per ${kind}`),
		slice: 'Groep en meetmoment',
		sliceHelp:
			'Deze indicator heeft cijfers voor meer groepen of meetmomenten. Alle grafieken en tabellen tonen wat je hier kiest.',
		/** `groups`/`moments`: whether any slice of the indicator has one, so the label names only what varies. */
		sliceLabel: (
			subgroup: string | null,
			moment: string | null,
			has: { groups: boolean; moments: boolean }
		) =>
			[
				has.groups ? (subgroup ?? 'Totaal (geen groep)') : null,
				has.moments ? (moment === null ? 'zonder meetmoment' : `meetmoment ${moment}`) : null
			]
				.filter(Boolean)
				.join(' · '),
		gemeenteLine: (name: string) => `${name} (gemeente)`,
		nederlandLine: 'Nederland',
		countsNote:
			'Dit zijn aantallen. De gemeente en Nederland hebben er veel meer dan een wijk. Daarom staan ze niet in de grafiek. Hun cijfers staan wel in de tabel.',
		missingNote:
			'Een onderbroken lijn betekent dat er voor die periode geen cijfer is. Een ontbrekend cijfer telt nooit als 0.',
		keysHint:
			'Met Tab kom je bij de punten van de grafiek. Met de pijltjestoetsen links en rechts ga je langs een lijn, met omhoog en omlaag naar de volgende lijn in de legenda. Home en End gaan naar het eerste en laatste punt.',
		/** Nederland has figures, but not of the kind of period shown. */
		nederlandOtherKind: (kind: string) =>
			`Nederland heeft geen cijfers ${kind.toLowerCase()}. Daarom staat Nederland hier niet bij.`,
		suppressed: 'niet gepubliceerd (te weinig gegevens)',
		/** What a point of the line chart says: its value, and the 95% margin drawn around it. */
		pointSaid: (name: string, period: string, value: string, margin: [string, string] | null) =>
			`${name}, ${period}: ${value}${margin ? ` (95%-marge: ${margin[0]} tot ${margin[1]})` : ''}`,
		/** Read before a cell's interval in the table; the CSV names its rows with the bounds. */
		marginLabel: '95%-marge:',
		csvLow: (name: string) => `${name} (ondergrens 95%-marge)`,
		csvHigh: (name: string) => `${name} (bovengrens 95%-marge)`,
		suppressedNote:
			'Een × onderaan in de kleur van een lijn: de bron heeft dat cijfer niet gepubliceerd, omdat er te weinig gegevens waren.',
		notAvailable: 'geen gegevens',
		tableCaption: (indicator: string, gemeente: string) =>
			`${indicator} per wijk in ${gemeente}: alle cijfers`,
		area: 'Gebied',
		showTable: 'Tabel met alle cijfers',
		legend: 'Legenda',
		chartFailed: 'Deze grafiek kon niet worden getekend.',
		retry: 'Opnieuw proberen'
	},
	compare: {
		heading: 'Vergelijking',
		period: 'Jaar of periode',
		title: (indicator: string, gemeente: string, period: string) =>
			`${indicator}: wijken in ${gemeente}, ${period}`,
		description: (indicator: string, period: string, wijken: number, references: string[]) =>
			`Stippengrafiek van ${indicator} in ${period}: ${many(wijken, 'wijk', 'wijken')} van hoog naar laag${
				references.length === 0
					? ''
					: `, met ${references.join(' en ')} als verticale ${references.length === 1 ? 'lijn' : 'lijnen'}`
			}.`,
		judgements: {
			...judgementWords,
			niet_getoetst: 'verschil niet getoetst'
		} as Record<string, string>,
		row: (name: string, value: string, interval: string | null, judgement: string) =>
			`${name}: ${value}${interval ? ` (95%-betrouwbaarheidsinterval ${interval})` : ''}, ${judgement}.`,
		untested: {
			aantallen:
				'Dit zijn aantallen. Een wijk heeft altijd minder dan de hele gemeente. Daarom vergelijken we de wijken niet met de gemeente of Nederland. We markeren dus geen enkele wijk.',
			geen_marge:
				'Voor deze cijfers zijn geen betrouwbaarheidsintervallen of aantallen bekend. Daarom kunnen we niet zeggen of een wijk echt verschilt van de gemeente. We markeren dus geen enkele wijk.',
			geen_gemeente:
				'Voor deze periode is er geen cijfer van de gemeente. Daarom kunnen we de wijken niet met de gemeente vergelijken. We markeren dus geen enkele wijk.'
		},
		method:
			'Een wijk is alleen gemarkeerd als de hele 95%-marge boven of onder het cijfer van de gemeente ligt.',
		neutral:
			'Voor deze indicator is niet bekend of hoger beter of slechter is. Daarom staat er alleen hoger of lager.',
		keysHint:
			'Met Tab kom je bij de wijken in de grafiek. Met de pijltjestoetsen ga je van wijk naar wijk. Home en End gaan naar de eerste en laatste wijk.',
		gemeente: 'Gemeente',
		nederland: 'Nederland',
		interval: (low: string, high: string) => `${low} tot ${high}`,
		value: 'Cijfer',
		margin: '95%-marge',
		judgement: 'Vergeleken met de gemeente'
	},
	views: {
		trend: 'Ontwikkeling',
		vergelijking: 'Vergelijking',
		kaart: 'Kaart',
		overzicht: 'Overzicht',
		'kleine-grafieken': 'Kleine grafieken'
	},
	smallMultiples: {
		title: (indicator: string, gemeente: string) => `${indicator}: alle wijken van ${gemeente}`,
		sharedScale: (low: string, high: string) =>
			`Alle grafieken hebben dezelfde schaal (van ${low} tot ${high}), zodat je de wijken eerlijk kunt vergelijken.`,
		wijkLine: 'de wijk',
		gemeenteLine: (name: string) => `${name} (gemeente), gestreepte lijn`,
		band: '95%-marge van de wijk',
		description: (wijken: number, indicator: string) =>
			`${many(wijken, 'kleine lijngrafiek', 'kleine lijngrafieken')} van ${indicator}, één per wijk, op alfabet. In elke grafiek staat de gemeente als gestreepte lijn.`,
		noWijken: 'Voor deze indicator zijn er geen cijfers per wijk.',
		values: (wijk: string, list: string) => `Alle cijfers van ${wijk}: ${list}.`
	},
	downloads: {
		label: 'Downloaden',
		provenance: (source: string) => `Bron: ${source}. Gemaakt met Wijkpeil.`
	},
	meta: {
		heading: 'Over deze indicator',
		name: 'Naam in titels en lijsten',
		label: 'Korte naam in gewone woorden (B1)',
		labelHelp:
			'Bijvoorbeeld voor een gebiedsscan met bewoners. Je ziet hem onder de keuze van de indicator en je kunt erop zoeken.',
		direction: 'Wat is beter?',
		directions: {
			hoger_is_beter: 'Hoger is beter',
			lager_is_beter: 'Lager is beter',
			neutraal: 'Niet te zeggen (neutraal)'
		},
		unit: 'Eenheid',
		definition: 'Omschrijving',
		theme: 'Thema',
		origin: {
			user: 'Door jou aangepast.',
			catalogue: 'Uit de ingebouwde lijst van indicatoren.',
			file: 'Alleen bekend uit het bestand. Vul zelf aan wat je weet.'
		},
		save: 'Opslaan',
		saved: 'Opgeslagen.'
	},
	values: {
		missing: 'geen gegevens',
		suppressed: 'niet gepubliceerd'
	},
	altText: {
		summary: (indicator: string, gemeente: string, first: string, last: string, lines: number) =>
			`Lijngrafiek van ${indicator} in ${gemeente}, ${span(first, last)}, met ${many(lines, 'lijn', 'lijnen')}.`,
		series: (name: string, first: string, firstValue: string, last: string, lastValue: string) =>
			`${name}: ${firstValue} in ${first}, ${lastValue} in ${last}.`,
		seriesOne: (name: string, period: string, value: string) =>
			`${name}: ${value} in ${period}, de enige periode met een cijfer.`,
		seriesEmpty: (name: string) => `${name}: geen cijfers.`,
		gaps: (name: string, periods: string) => `${name} heeft geen cijfer voor ${periods}.`
	},
	sections: {
		label: 'Onderdeel van Wijkpeil',
		wijken: 'Wijken verkennen',
		pilot: 'Pilot evalueren'
	},
	pilotSampleLoading: 'De voorbeeldpilots worden klaargezet…',
	pilotSampleFailed: 'De voorbeeldpilots konden niet worden klaargezet.',
	data: {
		heading: 'Jouw gegevens',
		sources: 'Toegevoegde bestanden',
		rows: (n: number) => many(n, 'rij', 'rijen'),
		sample: 'voorbeeld',
		wipe: 'Gegevens wissen',
		wipeQuestion: 'Alle gegevens wissen?',
		wipeExplain:
			'Alle toegevoegde bestanden en het voorbeeld worden uit deze browser verwijderd. Dit kun je niet ongedaan maken.',
		wipeConfirm: 'Ja, alles wissen',
		wipeCancel: 'Nee, bewaren',
		wiped: 'Alle gegevens zijn gewist.',
		loadSample: 'Voorbeeld laden',
		deleteSource: (name: string) => `"${name}" verwijderen`,
		deleteQuestion: (name: string) => `"${name}" verwijderen?`,
		deleteExplain: 'De cijfers uit dit bestand worden uit deze browser verwijderd.',
		deleteConfirm: 'Ja, verwijderen'
	}
} as const;
