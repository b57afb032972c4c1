/**
 * Text of the pilot effect view (Dutch, B1). Numbers arrive already formatted ("5,1"), so this
 * file needs no formatting code of its own.
 */

const groupNames: Record<string, string> = { pilot: 'pilotgroep', controle: 'controlegroep' };
/** "pilotgroep", "controlegroep", or 'groep "ontheffing"' for another arm. */
const groupName = (grp: string) => groupNames[grp] ?? `groep "${grp}"`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const momentNames: Record<string, string> = {
	nulmeting: 'nulmeting (start)',
	tussenmeting: 'tussenmeting',
	eindmeting: 'eindmeting',
	'follow-up': 'follow-up'
};
const momentName = (moment: string) => momentNames[moment] ?? moment;

export interface DidWords {
	grp: string;
	moment: string;
	verdict: 'hoger' | 'lager' | 'geen_verschil' | 'onzeker';
	/** The difference without its sign, e.g. "5,1 punten" or "6,0 procentpunt". */
	amount: string;
	/** With its sign, e.g. "-1,2 punten". */
	signed: string;
	/** Signed, e.g. "-2,0". */
	low: string;
	high: string;
	/** Shares: "steeg meer"; means: "ging meer vooruit" (known outcomes, higher is better). */
	share: boolean;
	/** Custom outcomes: we do not know whether higher is better, so "steeg" instead of "vooruit". */
	higherIsBetter: boolean;
}

function changeWords(w: DidWords, more: boolean): string {
	const group = `de ${groupName(w.grp)}`;
	const degree = more ? 'meer' : 'minder';
	if (w.share) return `steeg het aandeel in ${group} ${w.amount} ${degree} dan in de controlegroep`;
	if (w.higherIsBetter) return `ging ${group} ${w.amount} ${degree} vooruit dan de controlegroep`;
	return `steeg de score van ${group} ${w.amount} ${degree} dan die van de controlegroep`;
}

export const effectText = {
	heading: 'Wat levert de pilot op?',
	intro:
		'Hier zie je hoe het de deelnemers vergaat: bij de start (de nulmeting) en later. Een controlegroep bestaat uit mensen die niet aan de pilot meedoen. Met die groep kun je inschatten wat er zonder pilot was gebeurd. Hoe goed dat kan, hangt af van hoe de groepen zijn gekozen: zie hieronder.',
	outcome: 'Uitkomst',
	area: 'Wijk',
	allAreas: 'Alle wijken',
	loading: 'De cijfers worden berekend…',
	failed: 'De cijfers konden niet worden berekend.',
	noOutcomes:
		'Deze pilot heeft nog geen uitkomsten. Voeg het sjabloon Metingen of Geaggregeerde uitkomsten toe.',
	fromTable: '(uit tabel)',
	groupName,
	momentName,
	claimHeading: 'Wat kun je hieruit concluderen?',
	claim: {
		causaal:
			'De deelnemers zijn door loting in de pilotgroep of de controlegroep gekomen. Dan mag je een verschil tussen de groepen zien als een causaal effect: het verschil komt door de pilot.',
		aanwijzing:
			'De controlegroep is niet door loting gekozen. Een verschil tussen de groepen is daarom een aanwijzing, geen bewijs: de groepen kunnen ook op andere punten van elkaar verschillen.',
		beschrijving:
			'Er is geen groep om mee te vergelijken. Wat je hier ziet is een beschrijving, geen effect: ook zonder de pilot kan er veel veranderen.',
		/** The file has a control group, but the user chose "alleen voor en na". */
		beschrijvingGekozen:
			'Je hebt gekozen voor "alleen voor en na". Daarom vergelijken we de groepen niet met elkaar. Wat je hier ziet is per groep een beschrijving, geen effect: ook zonder de pilot kan er veel veranderen.',
		kies: 'Kies hierboven eerst hoe de pilot is opgezet ("Hoe is de pilot opgezet?"). Pas dan kunnen we zeggen wat een verschil tussen de groepen betekent.'
	},
	margin:
		'De 95%-marge is het gebied waarin het echte getal waarschijnlijk ligt. Hoe kleiner de groep, hoe breder de marge.',
	moments: {
		title: (label: string) => `${label}: per groep en meetmoment`,
		subtitleMean: 'Gemiddelde per groep, met de 95%-marge als streep.',
		subtitleShare: 'Aandeel in procent per groep, met de 95%-marge als streep.',
		alt: (label: string, groups: string, moments: string) =>
			`Stippengrafiek van ${label} voor de ${groups}, bij ${moments}. De getallen staan in de tabel eronder.`,
		caption: (label: string) => `${label}: alle getallen uit de grafiek`,
		group: 'Groep',
		moment: 'Meetmoment',
		n: 'Aantal personen',
		mean: 'Gemiddelde',
		share: 'Aandeel',
		interval: '95%-marge',
		note: 'Opmerking',
		hiddenLegend: 'verborgen: te weinig personen (zie de tabel)',
		point: (group: string, moment: string, value: string, low: string, high: string) =>
			`${capital(group)}, ${moment}: ${value} (95%-marge ${low} tot ${high})`,
		pointNoInterval: (group: string, moment: string, value: string) =>
			`${capital(group)}, ${moment}: ${value} (geen marge bekend)`
	},
	changes: {
		heading: 'Verandering sinds de nulmeting',
		precise:
			'Per persoon berekend: de score later min de score bij de start, alleen voor mensen die allebei de keren zijn gemeten.',
		imprecise:
			'Uit tabellen berekend: het gemiddelde later min het gemiddelde bij de start. Dit is minder precies. We weten niet welke mensen allebei de keren meededen, dus de marge is breder.',
		caption: (label: string) => `${label}: verandering sinds de nulmeting per groep`,
		change: 'Verandering',
		points: 'punten',
		pp: 'procentpunt'
	},
	did: {
		heading: 'Verschil tussen de groepen',
		sentence: (w: DidWords) => {
			const when = `Bij de ${momentName(w.moment)}`;
			if (w.verdict === 'onzeker')
				return `${when} kunnen we geen marge berekenen (de spreiding ontbreekt). Daarom zeggen we niet of er een verschil is.`;
			if (w.verdict === 'geen_verschil')
				return `${when} is er geen aantoonbaar verschil tussen de ${groupName(w.grp)} en de controlegroep: het verschil is ${w.signed}, maar de 95%-marge loopt van ${w.low} tot ${w.high}. Daar zit 0 in, dus het kan ook toeval zijn.`;
			return `${when} ${changeWords(w, w.verdict === 'hoger')} (95%-marge ${w.low} tot ${w.high}).`;
		},
		conclusion: {
			causaal: 'Door de loting mag je dit verschil zien als het effect van de pilot.',
			aanwijzing: 'Dit is een aanwijzing dat het verschil door de pilot komt, geen bewijs.'
		},
		details: (p: string, size: string | null) =>
			size === null ? `p-waarde ${p}.` : `p-waarde ${p}. Effectgrootte (Cohen's d): ${size}.`,
		sizeWord: (d: number) => {
			const a = Math.abs(d);
			return a < 0.2 ? 'heel klein' : a < 0.5 ? 'klein' : a < 0.8 ? 'middelgroot' : 'groot';
		},
		explainP:
			"De p-waarde zegt hoe vaak je zo'n groot verschil zou zien als beide groepen in werkelijkheid even veel veranderen. Is de 95%-marge helemaal boven of onder 0, dan is de p-waarde kleiner dan 0,05 en noemen we het verschil aantoonbaar.",
		independent:
			'Berekend uit tabellen: de marge is breder dan nodig, omdat we niet weten welke mensen twee keer zijn gemeten.',
		hidden: (moment: string, reason: string) =>
			`Bij de ${momentName(moment)} tonen we het verschil niet: het zou een verborgen groep nodig hebben. ${reason}`,
		caption: (label: string) => `${label}: verschil in verandering met de controlegroep`,
		difference: 'Verschil in verandering',
		p: 'p-waarde',
		size: 'Effectgrootte',
		none: 'Er is nog geen meting na de nulmeting voor beide groepen.'
	},
	curves: {
		heading: 'Uitstroom: hoeveel deelnemers vinden werk?',
		intro:
			'Per maand sinds de start: welk deel van de groep werk heeft gevonden, of nog in de bijstand zit. Wie eerder uit beeld raakt (door te verhuizen of te stoppen met de pilot), telt mee tot de laatste datum waarop we iets van die persoon weten. Dat is geen uitstroom uit de bijstand.',
		choose: 'Welke uitstroom?',
		axis: 'Maanden sinds de start',
		stop: 'stopt',
		stoppedShort: 'Hier stopt de lijn: daarna volgen we te weinig mensen.',
		kinds: {
			werk12: 'Heeft werk gevonden van meer dan 12 uur per week',
			werk27: 'Heeft werk gevonden van meer dan 27 uur per week',
			bijstand: 'Nog in de bijstand (nog niet uitgestroomd)'
		},
		subtitle: 'Procent van de groep, per maand sinds de start. De gekleurde band is de 95%-marge.',
		alt: (kind: string, groups: string) =>
			`Lijngrafiek in trapjes van "${kind}" per maand sinds de start, voor de ${groups}. De getallen staan in de tabel eronder.`,
		stopped: (group: string, month: number, threshold: number) =>
			`De lijn van de ${group} stopt bij maand ${month}: vanaf dan volgen we minder dan ${threshold} mensen.`,
		caption: (kind: string) => `${kind}: na 6, 12, 18 en 24 maanden`,
		after: 'Na',
		months: (m: number) => `${m} maanden`,
		followed: 'nog gevolgd',
		difference: 'Verschil met controlegroep (procentpunt, 95%-marge)',
		short: (threshold: number) => `Verborgen: minder dan ${threshold} mensen zo lang gevolgd.`,
		sentence: (o: {
			kind: string;
			month: number;
			grp: string;
			value: string;
			control: string;
			verdict: 'hoger' | 'lager' | 'geen_verschil' | 'onzeker';
			amount: string;
			low: string;
			high: string;
		}) => {
			const start = `${o.kind}, na ${o.month} maanden: ${o.value} van de ${groupName(o.grp)}, ${o.control} van de controlegroep.`;
			if (o.verdict === 'hoger' || o.verdict === 'lager')
				return `${start} Dat is ${o.amount} ${o.verdict} (95%-marge ${o.low} tot ${o.high}).`;
			if (o.verdict === 'geen_verschil')
				return `${start} Geen aantoonbaar verschil: de 95%-marge van het verschil loopt van ${o.low} tot ${o.high}, en daar zit 0 in.`;
			return start;
		},
		excluded: (n: number) =>
			`${n} ${n === 1 ? 'deelnemer telt' : 'deelnemers tellen'} niet mee, omdat de datums niet kloppen.`,
		noParticipants:
			'Voor de uitstroomlijnen is het sjabloon Deelnemers nodig, met de startdatum en de uitstroom per persoon.'
	},
	downloads: {
		moments: (label: string) => `${label} per groep en meetmoment`,
		curves: (kind: string) => `uitstroom ${kind}`,
		month: 'Maand',
		low: 'Ondergrens 95%',
		high: 'Bovengrens 95%'
	}
} as const;
