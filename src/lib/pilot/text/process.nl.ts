/** Text of the pilot process view (Dutch, B1). */
export const processText = {
	heading: 'Hoe loopt de pilot?',
	intro:
		'Hier zie je hoeveel mensen de pilot bereikt, hoeveel er meedoen of eerder stoppen, en hoe het gaat met activiteiten, wachttijd en tevredenheid.',
	meaning:
		'De aantallen tellen op vanaf de start van de pilot. "Gestart in 2025 K2" betekent: alle mensen die tot en met het eind van 2025 K2 zijn begonnen. De doelgroep is het aantal mensen in de doelgroep in die periode. Activiteiten, wachttijd en tevredenheid gaan over de periode zelf.',
	none: 'Voor deze pilot is er geen procesregistratie. Voeg het sjabloon Procesregistratie toe om hier cijfers te zien.',
	area: 'Wijk',
	allAreas: 'Alle wijken',
	period: 'Tot en met periode',
	periodColumn: 'Periode',
	step: 'Stap',
	measures: {
		doelgroep: 'Doelgroep',
		benaderd: 'Benaderd',
		aangemeld: 'Aangemeld',
		gestart: 'Gestart',
		actief: 'Doet nog mee',
		afgerond: 'Afgerond',
		uitgevallen: 'Eerder gestopt'
	} as Record<string, string>,
	reasons: {
		uitval_werk: 'Werk gevonden',
		uitval_gezondheid: 'Gezondheid',
		uitval_motivatie: 'Wilde niet meer',
		uitval_verhuisd: 'Verhuisd',
		uitval_anders: 'Andere reden',
		'uitval:zonder_reden': 'Geen reden vastgelegd'
	} as Record<string, string>,
	hiddenUnknown: 'Verborgen: we weten niet van hoeveel personen dit getal komt.',
	wholeRows:
		'Voor alle wijken samen gebruiken we de rijen zonder wijkcode (de hele pilot). We tellen de wijken dan niet zelf op.',
	missingAreas: (period: string, names: string) =>
		`In ${period} ontbreken de cijfers van ${names}. De aantallen voor alle wijken gaan over de andere wijken. Een ontbrekend cijfer telt niet als 0.`,
	missingMeasures: (name: string, measures: string) =>
		`${name} heeft geen cijfer voor: ${measures}.`,
	decreasing: (list: string) =>
		`Let op: sommige aantallen worden kleiner in de tijd (${list}). Ze horen op te tellen vanaf de start van de pilot. Kijk of het bestand misschien per periode telt.`,
	chartFailed: 'Deze grafiek kon niet worden getoond.',
	retry: 'Opnieuw proberen',
	table: 'De cijfers',
	notes: 'Uitleg bij verborgen cijfers',
	funnel: {
		title: 'Bereik: van doelgroep tot afgerond',
		subtitle: (pilot: string, area: string, period: string) =>
			`${pilot} · ${area} · tot en met ${period}`,
		count: 'Aantal personen',
		ofPrevious: '% van de stap ervoor',
		ofDoelgroep: '% van de doelgroep',
		previousStep: 'de stap ervoor',
		doelgroep: 'de doelgroep',
		caption: (area: string, period: string) =>
			`Aantal personen per stap, ${area}, tot en met ${period}`,
		describe: (area: string, period: string, parts: string) =>
			`Bereik in ${area}, tot en met ${period}: ${parts}.`
	},
	reach: {
		title: 'Bereik per wijk',
		explain:
			'Bereik is het deel van de doelgroep dat met de pilot is gestart. De balk van alle wijken staat bovenaan.',
		subtitle: (pilot: string, period: string) => `${pilot} · tot en met ${period}`,
		column: 'Bereik (% van de doelgroep)',
		note: (share: string, started: string, doelgroep: string) =>
			`${share} (${started} van ${doelgroep})`,
		caption: (period: string) => `Doelgroep, gestart en bereik per wijk, tot en met ${period}`,
		describe: (period: string, parts: string) => `Bereik per wijk tot en met ${period}: ${parts}.`
	},
	trend: {
		title: 'Bereik door de tijd',
		subtitle: (pilot: string, area: string, first: string, last: string) =>
			`${pilot} · ${area} · ${first} tot en met ${last}`,
		caption: (area: string) => `Aantal personen per stap en bereik per periode, ${area}`,
		describe: (area: string, parts: string) => `Bereik in ${area} per periode: ${parts}.`
	},
	activities: {
		title: 'Activiteiten: gepland en gedaan',
		subtitle: (pilot: string, area: string) => `${pilot} · ${area} · per periode`,
		planned: 'Gepland',
		realised: 'Gedaan',
		share: '% gedaan',
		explain: 'Activiteiten zijn geen personen. Daarom verbergen we hier geen kleine aantallen.',
		left: (period: string, names: string) =>
			`${period}: zonder ${names}, omdat daar een van de twee getallen ontbreekt.`,
		caption: (area: string) => `Activiteiten gepland en gedaan per periode, ${area}`,
		describe: (area: string, parts: string) => `Activiteiten in ${area}: ${parts}.`,
		none: 'Het bestand heeft geen cijfers over activiteiten.'
	},
	dropout: {
		title: 'Waarom mensen eerder stopten',
		subtitle: (pilot: string, area: string, period: string) =>
			`${pilot} · ${area} · tot en met ${period}`,
		reason: 'Reden',
		count: 'Aantal personen',
		share: '% van wie eerder stopte',
		stopped: 'wie eerder stopte',
		ofGestart: '% van wie gestart is',
		total: 'Eerder gestopt, totaal',
		notPartition:
			'Bij sommige mensen staat meer dan één reden. Daarom tellen de redenen samen op tot meer dan het totaal.',
		caption: (area: string, period: string) =>
			`Redenen om eerder te stoppen, ${area}, tot en met ${period}`,
		describe: (area: string, period: string, total: string, parts: string) =>
			`In ${area} stopten tot en met ${period} ${total} mensen eerder. Redenen: ${parts}.`,
		none: 'Het bestand heeft geen cijfers over mensen die eerder stopten.'
	},
	person: {
		doorlooptijd_dagen: {
			title: 'Wachttijd: van aanmelden tot starten',
			unit: 'dagen (mediaan)',
			explain:
				'De mediaan is het middelste getal: de helft van de mensen wachtte korter, de helft langer.',
			none: 'Het bestand heeft geen cijfers over de wachttijd.'
		},
		tevredenheid: {
			title: 'Tevredenheid van deelnemers',
			unit: 'gemiddeld rapportcijfer (1 tot 10)',
			explain: 'Het gemiddelde rapportcijfer dat deelnemers in die periode gaven.',
			none: 'Het bestand heeft geen cijfers over tevredenheid.'
		},
		allAreas: {
			doorlooptijd_dagen:
				'Voor alle wijken samen kun je geen mediaan uitrekenen uit de medianen van de wijken. Daarom zie je de waarde per wijk en de laagste en hoogste wijk.',
			tevredenheid:
				'We weten niet hoeveel mensen per wijk een cijfer gaven. Daarom rekenen we geen gemiddelde voor alle wijken uit. Je ziet het cijfer per wijk en de laagste en hoogste wijk.'
		},
		basis:
			'We verbergen een getal als er minder personen achter zitten dan de grens. Dat aantal rekenen we uit met de aantallen "gestart", "afgerond" en "eerder gestopt".',
		subtitle: (pilot: string, area: string, unit: string) => `${pilot} · ${area} · ${unit}`,
		noNumbers: (periods: string) => `Geen cijfers in: ${periods}.`,
		lowest: 'Laagste wijk',
		highest: 'Hoogste wijk',
		caption: (title: string, area: string) => `${title} per periode, ${area}`,
		describe: (title: string, area: string, parts: string) => `${title}, ${area}: ${parts}.`,
		describeRange: (title: string, parts: string) =>
			`${title} per wijk; per periode de laagste en hoogste wijk: ${parts}.`
	},
	range: (low: string, high: string) => `${low} tot ${high}`,
	shareOf: (share: string, of: string) => `${share} van ${of}`
};
