/**
 * Every message a user can see when something expected goes wrong, in plain Dutch (B1).
 * Keys are stable codes; `{name}` placeholders are filled from the error's params.
 */
export const messages = {
	unexpected:
		'Er ging iets mis. Laad de pagina opnieuw. Blijft het misgaan? Neem contact op met je beheerder.',
	db_not_ready: 'De database in je browser kon niet starten. Laad de pagina opnieuw.',
	db_other_tab:
		'Wijkpeil is al open in een ander tabblad. Sluit dat tabblad en laad deze pagina opnieuw. Zo raken je gegevens niet beschadigd.',
	db_storage_full:
		'Er is geen ruimte meer in de opslag van je browser. Wis gegevens die je niet meer nodig hebt en probeer het opnieuw.',
	file_empty: 'Het bestand "{file}" is leeg. Kies een CSV-bestand met gegevens.',
	file_not_text:
		'Het bestand "{file}" is geen tekstbestand maar lijkt een {kind}. Kies een CSV-bestand.',
	file_no_rows: 'Het bestand "{file}" heeft wel kolomnamen, maar geen rijen met gegevens.',
	file_no_columns:
		'In "{file}" vonden we maar één kolom. Is het scheidingsteken misschien anders dan ; , tab of |?',
	mapping_no_area: 'Kies welke kolom de gebiedscode bevat (bijvoorbeeld WK036300).',
	mapping_no_period: 'Kies welke kolom de periode bevat (bijvoorbeeld het jaar).',
	mapping_no_indicator: 'Kies de kolom met de naam van de indicator.',
	mapping_no_value: 'Kies de kolom met de waarde.',
	mapping_no_indicators: 'Kies minstens één kolom met cijfers als indicator.',
	import_nothing_valid:
		'In "{file}" vonden we geen enkele rij die we konden lezen. Er is niets toegevoegd.',
	import_failed:
		'Het toevoegen van "{file}" is niet gelukt. Er is niets veranderd aan je gegevens.',
	import_duplicate:
		'Dit bestand ("{file}") heb je al eerder toegevoegd. Er is niets dubbel opgeslagen.'
} as const;

export type ErrorCode = keyof typeof messages;

/** Reasons a single row or value is not imported; shown in the import report. */
export const rowIssues = {
	bad_area_code: 'Onbekende gebiedscode "{value}". Verwacht: GM, WK of BU met cijfers, of NL.',
	bad_period: 'Onbekende periode "{value}". Verwacht bijvoorbeeld 2021, 2021KW01 of 2021-03.',
	bad_number: 'Geen getal: "{value}" in kolom {column}.',
	no_indicator: 'Lege indicatornaam.'
} as const;

export type RowIssueCode = keyof typeof rowIssues;
