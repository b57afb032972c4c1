/** A safe, readable file name from a chart title: "Eenzaamheid (%) in Voorbeeldstad" → "eenzaamheid-in-voorbeeldstad". */
export function fileName(title: string): string {
	const slug = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80);
	return slug || 'wijkpeil-grafiek';
}
