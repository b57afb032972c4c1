/** The unit written in brackets at the end of a column name: "Rondkomen (%)" → "%". */
export function unitFromName(name: string): string | null {
	return /\(([^()]+)\)\s*$/.exec(name)?.[1]?.trim() ?? null;
}
