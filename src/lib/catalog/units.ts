/**
 * Is this a count (inhabitants, households)? A wijk always has fewer than its gemeente, and far
 * fewer than Nederland: a count is not compared with them, and they are not drawn beside it.
 */
export function isCount(unit: string | null): boolean {
	return unit !== null && /^(aantal|aantallen|absoluut|absolute aantallen)$/i.test(unit.trim());
}
