/**
 * Text of the pilot evaluation module, in plain Dutch (B1). Each view keeps its text in its own
 * file under text/; this file puts them together as `pilotText`. It is not imported by the
 * first screen: the app's own text (../text.nl.ts) holds the few pilot words shown there.
 */
import { effectText } from './text/effect.nl';
import { goalsText } from './text/goals.nl';
import { processText } from './text/process.nl';

const count = (n: number) => n.toLocaleString('nl-NL');

export const pilotText = {
	heading: 'Pilot evalueren',
	intro:
		'Hier zie je hoe een pilot loopt (proces), wat hij oplevert voor deelnemers (effect) en of de doelen in zicht zijn. Gegevens over personen blijven in deze browser en zie je nooit per persoon: alleen als totaal, en kleine groepen verbergen we.',
	choosePilot: 'Pilot',
	none: 'Er is nog geen pilot. Voeg een van de sjablonen hieronder toe met "Bestand kiezen", of laad het voorbeeld.',
	fictitious:
		'Let op: "Basisbaan Voorbeeldstad" en "Regelluwe bijstand Voorbeeldstad" zijn verzonnen voorbeelden. Ze lijken op echte pilots, maar het zijn geen echte mensen of cijfers.',
	counts: (participants: number, measurements: number, process: number, tables: number) =>
		[
			participants > 0 ? `${count(participants)} deelnemers` : null,
			measurements > 0 ? `${count(measurements)} meetwaarden` : null,
			process > 0 ? `${count(process)} procescijfers` : null,
			tables > 0 ? `${count(tables)} cijfers uit tabellen` : null
		]
			.filter(Boolean)
			.join(', '),
	design: {
		legend: 'Hoe is de pilot opgezet?',
		options: {
			gerandomiseerd: 'Loting: deelnemers zijn willekeurig in de pilot- of controlegroep gezet',
			vergelijkingsgroep: 'Vergelijking: een groep of wijken buiten de pilot, zonder loting',
			voor_na: 'Alleen voor en na: geen groep om mee te vergelijken'
		},
		unknown: 'Nog niet gekozen',
		help: 'Dit bepaalt wat je mag concluderen. Kies eerlijk: alleen bij loting kun je zeggen dat de pilot het verschil veroorzaakt.'
	},
	threshold: {
		label: 'Kleinste groep die we laten zien',
		help: (n: number) =>
			`Groepen met minder dan ${n} personen tonen we niet, ook niet als je ze kunt terugrekenen uit een totaal. Zo blijft niemand herkenbaar.`,
		save: 'Opslaan',
		invalid: 'Kies een heel getal van 1 of hoger.'
	},
	tabs: { proces: 'Proces', effect: 'Effect', doelen: 'Doelen' },
	tabsLabel: 'Onderdelen van de evaluatie',
	templates: {
		heading: 'Sjablonen voor je eigen pilot',
		intro:
			'Vul een sjabloon in met je eigen gegevens (in Excel of een ander programma), bewaar het als CSV en voeg het toe met "Bestand kiezen". Wijkpeil herkent het sjabloon aan de kolomnamen.',
		download: (title: string) => `Sjabloon ${title} downloaden`
	},
	privacy:
		'Gegevens per deelnemer zie je nergens in Wijkpeil, en je kunt ze niet downloaden. Je ziet alleen totalen en gemiddelden.',
	suppressed: 'verborgen',
	suppressedReason: {
		klein: (n: number) => `Verborgen: minder dan ${n} personen.`,
		aanvullend:
			'Verborgen, zodat je een andere verborgen groep niet kunt terugrekenen uit het totaal.'
	},
	process: processText,
	effect: effectText,
	goals: goalsText
} as const;
