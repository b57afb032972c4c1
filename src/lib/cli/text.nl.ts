/**
 * Every text the command-line tool prints, in plain Dutch (B1). The names of profiles, layouts,
 * separators and the report's figures come from the app's own text (src/lib/components/import/text.nl.ts), so the
 * command line and the app use the same words. Row-issue and error messages come from
 * src/lib/errors/messages.nl.ts.
 */
import { columnList, importText } from '$lib/components/import/text.nl';
import { count } from '$lib/text.nl';

const app = importText;
const files = (n: number) => (n === 1 ? '1 bestand' : `${count(n)} bestanden`);

export const cliText = {
	usage: [
		'Gebruik:',
		'  npx wijkpeil check <bestand.csv>... [--json] [--missing <tekst>]... [--period <jaar>]',
		'                [--indicator <naam>] [--conflicts first|last]',
		'      Controleert de bestanden en toont per bestand wat we herkennen en welke rijen',
		'      we niet kunnen gebruiken. Er wordt niets opgeslagen.',
		'  npx wijkpeil import <bestand.csv>... --out <pakket.arrow> [--json] [--missing <tekst>]...',
		'                [--period <jaar>] [--indicator <naam>] [--conflicts first|last]',
		'      Leest alle bestanden in en schrijft de cijfers samen naar één Arrow-bestand',
		'      dat je later in Wijkpeil kunt openen.',
		'',
		'Opties:',
		'  --json        Eén JSON-document in plaats van tekst (voor scripts).',
		'  --out <pad>   Het Arrow-bestand dat import schrijft.',
		'  --missing <tekst>',
		'                Een woord dat in de bestanden "geen cijfer" betekent, zoals onbekend of *.',
		'                Zulke cellen tellen als ontbrekend, niet als fout. Mag vaker.',
		'  --period <jaar>',
		'                De periode van de cijfers in bestanden zonder kolom met de periode,',
		'                zoals CBS Kerncijfers: 2021, 2021KW01 of 2021-03.',
		'  --indicator <naam>',
		'                De naam van de indicator in bestanden met een kolom per jaar (of per',
		'                gebied) en zonder kolom met de indicator, zoals een export van',
		'                waarstaatjegemeente.nl: --indicator "Eenzaamheid (%)".',
		'  --conflicts first|last',
		'                Staat hetzelfde gebied, dezelfde indicator en periode er twee keer in met',
		'                een ander cijfer, neem dan het eerste (first) of het laatste (last).',
		'                Zonder deze optie gebruiken we geen van beide en melden we ze.',
		'  --help, -h    Deze uitleg.',
		'',
		'Afsluitcode:',
		'  0  alle bestanden zijn bruikbaar, zonder afgekeurde rijen',
		'  1  er zijn rijen of cijfers die we niet kunnen gebruiken',
		'  2  een bestand kan niet worden gelezen, of de opdracht klopt niet'
	].join('\n'),

	usageErrors: {
		noCommand: 'Geef een opdracht: check of import.',
		unknownCommand: (command: string) => `Onbekende opdracht "${command}". Kies check of import.`,
		noFiles: 'Geef minstens één CSV-bestand op.',
		noOut: 'Geef met --out aan waar het pakket moet komen, bijvoorbeeld --out wijken.arrow.',
		outOnlyForImport: '--out hoort alleen bij import.',
		outIsInput: (out: string) =>
			`Het pakket kan niet in "${out}" komen: dat bestand lees je in. Kies een andere naam, bijvoorbeeld --out wijken.arrow.`,
		badOption: (option: string) => `Onbekende of onvolledige optie: ${option}`,
		badMissing: (word: string) =>
			`--missing "${word}" kan niet: een woord voor "geen cijfer" heeft 1 tot 40 tekens.`,
		tooManyMissing: 'Geef met --missing hoogstens 20 woorden voor "geen cijfer".',
		badConflicts: (choice: string) =>
			`--conflicts "${choice}" kan niet. Kies first (het eerste cijfer) of last (het laatste).`,
		badPeriod: (period: string) =>
			`--period "${period}" is geen periode. Schrijf bijvoorbeeld 2021, 2021KW01 of 2021-03.`,
		badIndicator: 'Geef met --indicator een naam van 1 tot 200 tekens.'
	},

	/** Problems of the command line itself (not of the data); AppErrors use messages.nl.ts. */
	errors: {
		file_unreadable: (file: string) =>
			`Het bestand "${file}" bestaat niet of kunnen we niet openen. Controleer de naam en de map.`,
		same_name: (file: string) =>
			`Er zit in deze opdracht al een ander bestand met de naam "${file}". Geef een van de twee een andere naam.`,
		pack_unwritable: (file: string) =>
			`Het pakket "${file}" kunnen we niet schrijven. Bestaat de map en mag je daar schrijven?`,
		pilot_not_packed: (file: string) =>
			`"${file}" is een pilotsjabloon. Pilotgegevens gaan nooit in een datapakket: voeg het bestand toe in Wijkpeil zelf. Met "check" kun je het wel controleren.`,
		/** Added to mapping errors: the app lets a user choose columns, the command line cannot. */
		mappingHint:
			'Dit kunnen we niet vanzelf herkennen. Open het bestand in Wijkpeil en kies daar de kolommen.',
		periodHint:
			'Staat de periode niet in het bestand? Geef hem dan op met --period, bijvoorbeeld --period 2021.',
		mapping_no_indicator:
			'Dit bestand heeft een kolom per periode of per gebied, maar geen kolom met de naam van de indicator. Geef die naam op met --indicator, bijvoorbeeld --indicator "Eenzaamheid (%)".'
	},

	fileHeading: (file: string) => `Bestand: ${file}`,
	periodNotUsed: (period: string) =>
		`--period ${period} gebruiken we niet voor dit bestand: de periode staat er zelf in.`,
	indicatorNotUsed: (name: string) =>
		`--indicator "${name}" gebruiken we niet voor dit bestand: de indicatoren staan er zelf in.`,
	overlaps: app.overlaps,
	unusedColumns: columnList,
	labels: {
		encoding: app.encoding,
		delimiter: app.delimiter,
		decimal: app.decimal,
		profile: app.profile,
		layout: app.layout,
		rowsRead: app.facts.rowsRead,
		rowsAccepted: app.facts.rowsAccepted,
		rowsRejected: app.facts.rowsRejected,
		observations: app.facts.observations,
		indicators: 'Indicatoren'
	},
	encodings: app.encodingNames,
	delimiterNames: app.delimiterNames as Record<string, string>,
	decimalNames: app.decimalNames as Record<string, string>,
	profiles: app.profiles,
	layouts: app.layouts as Record<string, string>,
	number: count,
	observations: (n: number, missing: number) =>
		missing === 0 ? count(n) : `${count(n)} (waarvan ${count(missing)} zonder waarde)`,
	indicators: (names: string[]) =>
		names.length === 0
			? '0'
			: names.length <= 5
				? `${names.length}: ${names.join(', ')}`
				: `${names.length}: ${names.slice(0, 5).join(', ')} en ${names.length - 5} andere`,

	issuesHeading: (n: number) => (n === 1 ? '1 melding:' : `${count(n)} meldingen:`),
	noIssues: app.noIssues,
	/** `last`: the last line an unclosed quote swallowed. */
	issue: (
		line: number,
		last: number,
		column: string,
		value: string,
		message: string,
		severity: string
	) =>
		[
			last > line ? `regel ${line} t/m ${last}` : `regel ${line}`,
			column === '' ? null : `kolom "${column}"`,
			`waarde "${value}"`
		]
			.filter((part) => part !== null)
			.join(', ') + `: ${message} (${severity})`,
	severity: app.severity,
	moreIssues: (shown: number, total: number) =>
		`… en nog ${count(total - shown)} meldingen. Met --json zie je ze allemaal.`,

	outcome: {
		ok: 'Uitkomst: dit bestand kunnen we zonder problemen toevoegen.',
		rejected: (n: number) =>
			n === 1
				? 'Uitkomst: 1 rij kunnen we niet gebruiken. De andere rijen kunnen we toevoegen.'
				: `Uitkomst: ${count(n)} rijen kunnen we niet gebruiken. De andere rijen kunnen we toevoegen.`,
		valuesRejected: (n: number) =>
			n === 1
				? 'Uitkomst: 1 cijfer kunnen we niet gebruiken. De andere cijfers kunnen we toevoegen.'
				: `Uitkomst: ${count(n)} cijfers kunnen we niet gebruiken. De andere cijfers kunnen we toevoegen.`,
		unreadable: 'Uitkomst: dit bestand kunnen we niet inlezen.',
		nothingUsable:
			'Uitkomst: we konden het bestand lezen, maar geen enkele rij gebruiken. Er is niets toe te voegen.',
		duplicate:
			'Dit bestand heeft dezelfde inhoud als een eerder bestand in deze opdracht. We nemen de cijfers één keer op.'
	},

	summary: (ok: number, rejected: number, unreadable: number) =>
		`Samenvatting: ${files(ok)} in orde, ${files(rejected)} met rijen of cijfers die we niet kunnen gebruiken, ${files(unreadable)} niet te lezen.`,
	packWritten: (file: string, observations: number, sources: number) =>
		`Pakket geschreven: ${file} (${observations === 1 ? '1 cijfer' : `${count(observations)} cijfers`} uit ${files(sources)}).`,
	packNotWritten: 'Er is geen pakket geschreven, omdat niet elk bestand kon worden ingelezen.'
};
