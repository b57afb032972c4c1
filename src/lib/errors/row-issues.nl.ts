/**
 * Every message of the import report, in plain Dutch (B1): why a row or value is not imported,
 * or is imported with a warning. Apart from messages.nl.ts, whose errors the first page needs,
 * so that these load with the import code.
 */
export const rowIssues = {
	too_few_fields: 'Deze regel heeft te weinig kolommen. De regel is niet ingelezen.',
	too_many_fields: 'Deze regel heeft te veel kolommen. De regel is niet ingelezen.',
	unclosed_quote:
		'Hier begint een aanhalingsteken (") dat niet wordt gesloten. Daarom is de tekst vanaf deze regel tot en met regel {others} niet ingelezen.',
	unreadable_row: 'Deze regel kunnen we niet lezen.',
	footer_line:
		'Deze regel staat onder de tabel, zoals een bronvermelding. Het is geen rij met cijfers: we lezen hem niet in.',
	bad_area_code:
		'Onbekende gebiedscode "{value}". Verwacht: GM, WK of BU met cijfers (zoals WK036300), of NL.',
	area_code_normalised: 'Gebiedscode "{value}" is opgeslagen als {stored}.',
	custom_area_code:
		'"{value}" is geen CBS-code van een wijk of buurt, maar hoort wel bij een gemeente. We bewaren deze rijen als eigen gebied.',
	bad_period:
		'Onbekende periode "{value}". Verwacht bijvoorbeeld 2021, 2021KW01, 2021-03 of 31-03-2021.',
	no_indicator: 'De naam van de indicator is leeg.',
	margin_unknown:
		'In de kolom Marges hoort MW00000 (de waarde), MOG0095 (ondergrens) of MBG0095 (bovengrens), maar hier staat "{value}". De regel is niet ingelezen.',
	margin_without_value:
		'Deze regel geeft een grens ("{value}"), maar de regel met de waarde zelf (MW00000) ontbreekt voor dit gebied, deze periode, groep en meetmoment. De regel is niet ingelezen.',
	margin_twice:
		'Voor dit gebied, deze periode, groep en meetmoment staat al een regel met "{value}" (regel {others}). We gebruiken alleen die eerste. Deze regel is niet ingelezen.',
	bad_bound: 'Geen getal: "{value}". Deze grens is niet opgeslagen; de waarde zelf wel.',
	bad_number: 'Geen getal: "{value}". Deze waarde is niet opgeslagen.',
	bad_n: 'Het aantal (n) "{value}" is geen getal. Het aantal is niet opgeslagen.',
	n_negative: 'Het aantal (n) is negatief ({value}). Het aantal is niet opgeslagen.',
	n_fractional: 'Het aantal (n) is geen geheel getal ({value}). Klopt dat?',
	bounds_reversed:
		'De ondergrens is hoger dan de bovengrens ({value}). De grenzen zijn niet opgeslagen.',
	value_outside_bounds: 'De waarde {value} ligt buiten de eigen onder- en bovengrens.',
	share_out_of_range: 'Dit is een percentage, maar de waarde {value} ligt niet tussen 0 en 100.',
	conflicting_duplicate:
		'Deze rij en regel {others} gaan over hetzelfde gebied, dezelfde indicator, periode, groep en meetmoment, maar hebben een andere waarde.',
	conflict_kept:
		'Deze rij en regel {others} gaan over hetzelfde gebied, dezelfde indicator, periode, groep en meetmoment, maar hebben een andere waarde. Je koos deze waarde: die slaan we op.',
	same_name_columns:
		'Op deze regel geven twee kolommen met dezelfde naam ("{column}") een andere waarde voor hetzelfde gebied en dezelfde periode.',
	same_name_columns_equal:
		'Op deze regel geven twee kolommen met dezelfde naam ("{column}") dezelfde waarde. Die telt één keer.',
	exact_duplicate:
		'Deze rij staat er twee keer in (ook op regel {others}). Hij telt maar één keer.',
	pilot_required:
		'De kolom "{column}" is leeg. Die is verplicht in dit sjabloon. De rij is niet ingelezen.',
	pilot_bad_date:
		'Geen datum: "{value}". Schrijf een datum als 2024-03-31 of 31-03-2024. De rij is niet ingelezen.',
	pilot_bad_choice: 'Onbekende waarde "{value}". Kijk in het sjabloon welke waarden mogen.',
	pilot_exit_date_missing:
		'Er is een soort uitstroom ingevuld, maar geen uitstroomdatum. De rij is niet ingelezen.',
	pilot_dates_reversed: 'De datum "{value}" ligt vóór de startdatum. De rij is niet ingelezen.',
	pilot_score_out_of_range:
		'De score {value} ligt buiten de schaal van deze uitkomst. De rij is niet ingelezen.',
	pilot_duplicate_participant:
		'Deze deelnemer staat er meer dan één keer in (ook op regel {others}). De rij is niet ingelezen.',
	pilot_duplicate_measurement:
		'Deze deelnemer heeft al een meting op dit meetmoment (regel {others}). De rij is niet ingelezen.',
	pilot_unknown_participant:
		'Deelnemer "{value}" staat (nog) niet in een deelnemersbestand van deze pilot. De meting is wel bewaard.'
} as const;

export type RowIssueCode = keyof typeof rowIssues;

/** error: the value is not stored; warning: stored but suspicious; note: for information. */
export const rowIssueSeverity: Record<RowIssueCode, 'error' | 'warning' | 'note'> = {
	too_few_fields: 'error',
	too_many_fields: 'error',
	unclosed_quote: 'error',
	unreadable_row: 'error',
	footer_line: 'note',
	bad_area_code: 'error',
	area_code_normalised: 'note',
	custom_area_code: 'note',
	bad_period: 'error',
	no_indicator: 'error',
	margin_unknown: 'error',
	margin_without_value: 'error',
	margin_twice: 'error',
	bad_bound: 'warning',
	bad_number: 'error',
	bad_n: 'warning',
	n_negative: 'warning',
	n_fractional: 'warning',
	bounds_reversed: 'warning',
	value_outside_bounds: 'warning',
	share_out_of_range: 'warning',
	conflicting_duplicate: 'error',
	conflict_kept: 'note',
	same_name_columns: 'error',
	same_name_columns_equal: 'note',
	exact_duplicate: 'note',
	pilot_required: 'error',
	pilot_bad_date: 'error',
	pilot_bad_choice: 'error',
	pilot_exit_date_missing: 'error',
	pilot_dates_reversed: 'error',
	pilot_score_out_of_range: 'error',
	pilot_duplicate_participant: 'error',
	pilot_duplicate_measurement: 'error',
	pilot_unknown_participant: 'note'
};
