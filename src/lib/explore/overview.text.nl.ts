/**
 * The Overzicht's own text (B1 Dutch), apart from text.nl.ts: it loads with that view, not with
 * the first page.
 */
import { judgementWords, many, span } from '$lib/text.nl';

export const overviewText = {
	title: (gemeente: string) => `Overzicht: de wijken van ${gemeente} naast de gemeente`,
	subtitle: (periods: string, sources: string) =>
		`Per indicator de laatste periode waarin de wijken en de gemeente allebei een cijfer hebben; heeft de gemeente geen cijfer, dan de laatste periode van de wijken. Periodes: ${periods}. Bron: ${sources}.`,
	inRange: (first: string, last: string) =>
		`Alleen cijfers uit de gekozen periode: ${span(first, last)}.`,
	wijk: 'Wijk',
	gemeenteValue: (value: string) => `gemeente: ${value}`,
	help: 'Kies een vak om te zien hoe die wijk zich ontwikkelt. Met de pijltjestoetsen ga je van vak naar vak; met Enter open je het vak.',
	loading: 'Overzicht laden…',
	empty: 'Voor deze gemeente zijn er geen cijfers per wijk.',
	statuses: {
		...judgementWords,
		niet_getoetst:
			'niet getoetst (geen marge, aantal ondervraagden of cijfer van de gemeente bekend)',
		niet_gepubliceerd: 'niet gepubliceerd (te weinig gegevens)',
		geen_gegevens: 'geen gegevens'
	},
	/** The word in the cell itself; the symbol carries the rest, the legend explains both. */
	short: {
		gunstiger: 'beter',
		ongunstiger: 'slechter',
		hoger: 'hoger',
		lager: 'lager',
		geen_verschil: '',
		niet_getoetst: '',
		niet_gepubliceerd: 'niet gepubliceerd',
		geen_gegevens: 'geen gegevens'
	},
	cell: (wijk: string, indicator: string, period: string, value: string, status: string) =>
		`${wijk}, ${indicator}, ${period}: ${value}, ${status}. Open de ontwikkeling.`,
	modelCell: 'modelschatting',
	arrows:
		'De pijl wijst naar hoger (▲) of lager (▼) dan de gemeente. De kleur zegt of dat beter of slechter is.',
	method:
		'Een vak heeft alleen een kleur als de hele 95%-marge van de wijk boven of onder het cijfer van de gemeente ligt. Geeft het bestand geen marge, maar wel het aantal ondervraagden bij een percentage? Dan rekenen we de marge zelf uit.',
	neutral:
		'Bij een indicator waarvan niet bekend is of hoger beter is, staat alleen hoger of lager, zonder kleur. Dat kun je aanpassen bij "Over deze indicator".',
	noGemeente: (names: string) =>
		`Voor deze indicatoren heeft de gemeente zelf geen cijfer, dus vergelijken we niet: ${names}.`,
	withoutWijken: (names: string) => `Niet in de tabel, want zonder cijfers per wijk: ${names}.`,
	sliced: (names: string) =>
		`Deze indicatoren hebben cijfers voor meer groepen of meetmomenten: ${names}. De tabel toont er één van: wat je bij Groep en meetmoment kiest, of anders de eerste.`,
	summary: (wijken: number, indicators: number, better: number, worse: number) =>
		`Tabel met ${many(wijken, 'wijk', 'wijken')} en ${many(indicators, 'indicator', 'indicatoren')}. ${better} keer is een wijk duidelijk beter dan de gemeente en ${worse} keer duidelijk slechter.`,
	mostWorse: (list: string) => `Meeste slechtere cijfers: ${list}.`,
	untested: (wijken: number, indicators: number) =>
		`Tabel met ${many(wijken, 'wijk', 'wijken')} en ${many(indicators, 'indicator', 'indicatoren')}. Voor deze cijfers zijn geen betrouwbaarheidsintervallen of aantallen bekend. Daarom kunnen we niet zeggen of een wijk echt verschilt van de gemeente.`,
	csvHeader: [
		'wijk',
		'indicator',
		'periode',
		'waarde',
		'ondergrens',
		'bovengrens',
		'gemeente',
		'uitkomst'
	]
} as const;
