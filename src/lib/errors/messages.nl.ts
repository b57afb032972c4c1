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
	mapping_name_indicator:
		"Kies de kolom met de naam van de indicator. Heeft het bestand die niet? Typ de naam dan bij 'Naam van de indicator in dit bestand'.",
	mapping_no_value: 'Kies de kolom met de waarde.',
	mapping_no_indicators: 'Kies minstens één kolom met cijfers als indicator.',
	mapping_column_twice:
		'Eén kolom is voor twee dingen gekozen, bijvoorbeeld als waarde én als groep. Kies voor elk een eigen kolom.',
	import_nothing_valid:
		'In "{file}" staat geen enkele rij die we kunnen gebruiken. Bij de meldingen staat waarom. Er is niets toegevoegd.',
	import_failed:
		'Het toevoegen van "{file}" is niet gelukt. Er is niets veranderd aan je gegevens.',
	import_duplicate:
		'Dit bestand ("{file}") heb je al eerder toegevoegd. Er is niets dubbel opgeslagen.',
	import_needs_replace:
		'Er is al een ander bestand "{file}" toegevoegd. Bevestig dat deze nieuwe versie de oude vervangt.',
	boundaries_unreadable:
		'In "{file}" vonden we geen kaartgrenzen. Kies een GeoJSON- of TopoJSON-bestand met wijken of buurten.',
	boundaries_no_code:
		'In "{file}" staat bij de gebieden geen CBS-code (zoals WK036300). Zonder code kunnen we de kaart niet aan de cijfers koppelen.',
	import_cancelled: 'Het toevoegen is gestopt. Er is niets veranderd aan je gegevens.',
	pack_unreadable:
		'Het datapakket "{file}" is beschadigd of niet compleet. Maak het opnieuw met npx wijkpeil import. Er is niets toegevoegd.',
	pack_not_wijkpeil:
		'"{file}" is een Arrow-bestand, maar geen datapakket van Wijkpeil. Maak een pakket met npx wijkpeil import. Er is niets toegevoegd.',
	pack_too_old:
		'Het datapakket "{file}" is gemaakt met een oudere versie van Wijkpeil (pakketversie {version}). Deze versie leest pakketversie {supported}. Maak het pakket opnieuw met npx wijkpeil import. Er is niets toegevoegd.',
	pack_too_new:
		'Het datapakket "{file}" is gemaakt met een nieuwere versie van Wijkpeil (pakketversie {version}). Deze versie leest pakketversie {supported}. Werk Wijkpeil bij en probeer het opnieuw. Er is niets toegevoegd.'
} as const;

export type ErrorCode = keyof typeof messages;
