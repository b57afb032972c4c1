/**
 * Subgroups (the population a value is about: an age group, a target group). StatLine writes
 * them as codes; the known codes get their Dutch label, any other text is kept as it is.
 */
export const subgroupLabels: Record<string, string> = {
	'20300': '18 jaar of ouder',
	'80200': '65 jaar of ouder',
	'53105': '18 tot 65 jaar',
	T001038: 'totaal',
	T009002: 'totaal'
};

/** The subgroup stored for the (trimmed) cells of a row's group columns; null when all are empty. */
export function subgroupOf(cells: string[]): string | null {
	const parts = cells.map((cell) => subgroupLabels[cell.trim()] ?? cell.trim());
	return parts.every((p) => p === '') ? null : parts.join('; ');
}
