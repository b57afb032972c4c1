/** Text of the pilot goals view (Dutch, B1). */

const processMeasures: Record<string, string> = {
	bereik: 'Bereik: gestart, als deel van de doelgroep (%)',
	doelgroep: 'Doelgroep (aantal mensen)',
	benaderd: 'Benaderd (aantal mensen)',
	aangemeld: 'Aangemeld (aantal mensen)',
	gestart: 'Gestart (aantal mensen)',
	actief: 'Doet nog mee (aantal mensen)',
	afgerond: 'Afgerond (aantal mensen)',
	uitgevallen: 'Eerder gestopt (aantal mensen)',
	activiteiten_gepland: 'Activiteiten gepland',
	activiteiten_gerealiseerd: 'Activiteiten echt gedaan',
	doorlooptijd_dagen: 'Wachttijd van aanmelden tot starten (dagen)',
	tevredenheid: 'Tevredenheid van deelnemers (cijfer 1-10)'
};

export const goalsText = {
	heading: 'Doelen',
	intro:
		'Schrijf hier op wat de pilot wil bereiken. Begin met een hoofddoel. Maak het concreet met subdoelen. Geef elk subdoel een of meer cijfers met een streefwaarde. Dan zie je of het doel in zicht is.',
	treeHeading: 'Doelenboom',
	empty: 'Er zijn nog geen doelen. Voeg hieronder een hoofddoel toe.',
	noTargets: 'Nog geen cijfers met een streefwaarde.',
	levels: { hoofddoel: 'Hoofddoel', subdoel: 'Subdoel' },
	owner: (owner: string) => `Eigenaar: ${owner}`,
	noOwner: 'Nog geen eigenaar',
	goalForm: {
		text: (level: string) => `Tekst van het ${level.toLowerCase()}`,
		textHelp: 'Kort en concreet. Bijvoorbeeld: meer inwoners vinden betaald werk.',
		owner: 'Eigenaar (wie is ervoor verantwoordelijk?)',
		save: 'Opslaan',
		cancel: 'Annuleren'
	},
	addMain: 'Hoofddoel toevoegen',
	addSub: 'Subdoel toevoegen',
	addTarget: 'Cijfer met streefwaarde toevoegen',
	edit: 'Bewerken',
	remove: 'Verwijderen',
	editLabel: (what: string) => `${what} bewerken`,
	removeLabel: (what: string) => `${what} verwijderen`,
	confirm: {
		goalTitle: (text: string) => `"${text}" verwijderen?`,
		goalExplain: (goals: number, targets: number) => {
			const parts = [
				goals > 0 ? `${goals} ${goals === 1 ? 'subdoel' : 'subdoelen'}` : null,
				targets > 0 ? `${targets} ${targets === 1 ? 'streefwaarde' : 'streefwaarden'}` : null
			].filter(Boolean);
			const inside = parts.length > 0 ? `, samen met ${parts.join(' en ')}` : '';
			return `Dit doel verdwijnt${inside}. Dit kun je niet ongedaan maken.`;
		},
		targetTitle: (label: string) => `Streefwaarde voor "${label}" verwijderen?`,
		targetExplain: 'Deze streefwaarde verdwijnt. De cijfers zelf blijven bewaard.',
		yes: 'Ja, verwijderen',
		no: 'Nee, bewaren'
	},
	targetForm: {
		legend: 'Cijfer met streefwaarde',
		indicator: 'Welk cijfer?',
		chooseIndicator: 'Kies een cijfer',
		groups: { proces: 'Proces', effect: 'Effect', context: 'Context (wijkcijfers)' },
		area: 'Voor welke wijk?',
		allAreas: 'Alle wijken samen',
		group: 'Welke groep deelnemers?',
		groupHelp: 'Leeg laten: de pilotgroep.',
		defaultGroup: 'pilot (standaard)',
		baseline: 'Beginwaarde',
		baselineDate: 'Datum van de beginwaarde',
		suggest: 'Eerste cijfer uit de gegevens invullen',
		suggested: (value: string, when: string) => `Ingevuld: ${value} (${when}).`,
		noSuggestion: 'Er is voor deze keuze nog geen cijfer dat we mogen laten zien.',
		type: 'Soort doel',
		targetValue: 'Streefwaarde',
		targetValueHelp: {
			absolute: 'De waarde die je wilt halen.',
			pp_change: 'Hoeveel procentpunt erbij (of eraf, met een min ervoor).',
			relative_change: 'Hoeveel procent erbij (of eraf, met een min ervoor).',
			min_reach: 'Welk deel van de doelgroep je minstens wilt bereiken, in procenten.'
		},
		targetDate: 'Streefdatum',
		dateHelp: 'Schrijf als JJJJ-MM-DD of DD-MM-JJJJ.',
		numberHelp: 'Een komma of een punt mag.',
		save: 'Opslaan',
		cancel: 'Annuleren',
		problems: 'Niet alles is goed ingevuld. Kijk bij de velden hieronder.'
	},
	targetTypes: {
		absolute: 'Een waarde halen',
		pp_change: 'Veranderen met procentpunten',
		relative_change: 'Veranderen met een percentage',
		min_reach: 'Minimaal bereik (deel van de doelgroep)'
	},
	errors: {
		goalText: 'Schrijf op wat het doel is.',
		goalTooLong: 'Maak de tekst korter (hoogstens 300 tekens).',
		ownerTooLong: 'Maak de naam korter (hoogstens 120 tekens).',
		indicator: 'Kies een cijfer uit de lijst.',
		area: 'Kies een wijk uit de lijst.',
		group: 'Kies een groep uit de lijst.',
		type: 'Kies een soort doel.',
		number: 'Vul een getal in, bijvoorbeeld 12,5.',
		required: 'Vul dit in.',
		date: 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2025-12-31.',
		baselinePair: 'Vul de beginwaarde en de datum allebei in, of allebei niet.',
		baselineNeeded: 'Bij dit soort doel hoort een beginwaarde met datum.',
		baselineZero: 'Een verandering in procenten kan niet vanaf 0. Kies een ander soort doel.',
		percentOnly: 'Dit soort doel past alleen bij een cijfer in procenten.',
		percentRange: 'Kies een percentage van 0 tot en met 100.',
		noChange: 'De streefwaarde is gelijk aan de beginwaarde. Kies een ander doel.',
		reachBelow: 'Het bereik is bij de start al zo hoog. Kies een hoger doel.',
		dateOrder: 'De streefdatum moet na de datum van de beginwaarde liggen.'
	},
	target: {
		from: (value: string, date: string) => `Begin: ${value} op ${date}.`,
		noBaseline: 'Geen beginwaarde.',
		goal: {
			absolute: (goal: string, date: string) => `Doel: ${goal} op ${date}.`,
			pp_change: (change: string, goal: string, date: string) =>
				`Doel: ${change} procentpunt, dus ${goal} op ${date}.`,
			relative_change: (change: string, goal: string, date: string) =>
				`Doel: ${change}%, dus ${goal} op ${date}.`,
			min_reach: (goal: string, date: string) => `Doel: minstens ${goal} bereik op ${date}.`
		},
		noDate: 'zonder datum',
		lowerIsBetter: 'Lager is hier beter.',
		group: (grp: string) => `groep ${grp}`
	},
	status: {
		gehaald: 'Gehaald',
		op_koers: 'Op koers',
		achter: 'Achter',
		onbekend: 'Onbekend'
	},
	reasons: {
		geen_gegevens: 'nog geen cijfers',
		te_weinig: 'te weinig personen',
		geen_begin: 'geen beginwaarde',
		geen_datum: 'geen datum bij het cijfer'
	},
	progress: (achieved: string, expected: string) =>
		`Het cijfer is ${achieved} van de weg naar het doel. Op de datum van het laatste cijfer was ${expected} van de tijd voorbij.`,
	progressBackwards: (expected: string) =>
		`Het cijfer is sinds de beginwaarde de andere kant op gegaan: verder van het doel af. Op de datum van het laatste cijfer was ${expected} van de tijd voorbij.`,
	rule: 'Gehaald: het laatste cijfer is gelijk aan het doel of beter. Op koers: het cijfer is sinds de beginwaarde minstens zo ver opgeschoten als de tijd die voorbij is. Is de helft van de tijd tot de streefdatum voorbij? Dan moet ook de helft van de verandering er al zijn. Achter: het cijfer is minder ver dan dat. Onbekend: er is geen cijfer, de groep is te klein, of de beginwaarde of een datum ontbreekt.',
	ruleHeading: 'Hoe bepalen we de status?',
	uncertain: 'binnen de marge, dus niet zeker',
	margin:
		'De marge laat zien hoe zeker een gemiddelde of percentage is. Bij een kleine groep is de marge groter. Valt het doel binnen de marge van het laatste cijfer? Of het punt waar het cijfer nu zou moeten zijn? Dan zeggen we bij de status dat die niet zeker is.',
	table: {
		caption: (label: string) => `Laatste cijfers per wijk: ${label}`,
		area: 'Wijk',
		value: 'Laatste cijfer',
		margin: 'Marge (95%)',
		n: 'Aantal personen',
		when: 'Periode of meetmoment',
		date: 'Datum',
		all: 'Alle wijken samen',
		gemeente: (name: string) => `Hele gemeente (${name})`,
		unknownArea: 'Wijk onbekend',
		noData: 'geen gegevens',
		notApplicable: '—'
	},
	loading: 'Doelen laden…',
	saved: 'Opgeslagen.',
	processMeasure: (measure: string) =>
		processMeasures[measure] ??
		(measure.startsWith('uitval_')
			? `Eerder gestopt: ${measure.slice('uitval_'.length).replace(/_/g, ' ')} (aantal mensen)`
			: measure.replace(/_/g, ' ')),
	effectOption: (label: string, share: boolean) =>
		`${label}: ${share ? 'percentage' : 'gemiddelde'}`
} as const;
