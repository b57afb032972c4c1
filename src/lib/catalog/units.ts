/**
 * What an indicator's unit means for how its numbers are written and compared. Units come from
 * the catalogue, from a file's header ("(%)") or from the user, so the same unit arrives in
 * several spellings: "%", "procent", "percentage".
 */
export type UnitKind =
	'procent' | 'euro' | 'duizend_euro' | 'aantal' | 'schaal' | 'anders' | 'geen';

export function unitKind(unit: string | null): UnitKind {
	const u = unit?.trim().toLowerCase() ?? '';
	// StatLine's "(Getal)" only says it is a number.
	if (u === '' || u === 'getal') return 'geen';
	if (/^(%|procent|percentage|perc\.?)$/.test(u)) return 'procent';
	if (/^(€|euro|eur|euro's)$/.test(u)) return 'euro';
	if (/^(x\s*)?(1[. ]?000|duizend)\s*(euro|€)$/.test(u)) return 'duizend_euro';
	if (/^(aantal|aantallen|absoluut|absolute aantallen)$/.test(u)) return 'aantal';
	// A scale or score says what the number is, not a unit to write after it ("3 klasse 1-5").
	if (/^(klasse|schaal|score|index|cijfer|rapportcijfer)\b/.test(u)) return 'schaal';
	return 'anders';
}

/**
 * Is this a count (inhabitants, households)? A wijk always has fewer than its gemeente, and far
 * fewer than Nederland: a count is not compared with them, and they are not drawn beside it.
 */
export function isCount(unit: string | null): boolean {
	return unitKind(unit) === 'aantal';
}

/** A percentage, however it is spelled: only percentages get an interval from n (Wilson). */
export function isPercent(unit: string | null): boolean {
	return unitKind(unit) === 'procent';
}
