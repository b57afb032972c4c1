/**
 * The map's own text (B1 Dutch), apart from text.nl.ts: it loads with the map, not with the first
 * page.
 */
import { count, many } from '$lib/text.nl';

export const mapText = {
	title: (indicator: string, gemeente: string, period: string) =>
		`Kaart: ${indicator} in ${gemeente}, ${period}`,
	description: (indicator: string, period: string, shown: number) =>
		`Kaart van ${many(shown, 'wijk', 'wijken')} met ${indicator} in ${period}. Donkerder is een hogere waarde. De cijfers staan ook in de tabel onder de kaart.`,
	addBoundaries: 'Kaartgrenzen toevoegen (GeoJSON of TopoJSON)',
	keysHint:
		'Met Tab kom je bij de wijken op de kaart. Met de pijltjestoetsen ga je naar de wijk die in die richting het dichtstbij ligt. Home en End gaan naar de eerste en laatste wijk.',
	boundariesHelp:
		'Bijvoorbeeld de wijk- en buurtkaart van CBS of PDOK. Coördinaten in graden (WGS84) of in RD (EPSG:28992) worden allebei herkend.',
	noBoundaries:
		'Er zijn nog geen kaartgrenzen voor de wijken van deze gemeente. Voeg een bestand met kaartgrenzen toe.',
	added: (n: number, file: string, crs: string, skipped = 0) =>
		`${count(n)} ${n === 1 ? 'kaartvlak' : 'kaartvlakken'} toegevoegd uit "${file}" (${crs === 'rd' ? 'RD-coördinaten, omgerekend' : 'WGS84'}).${
			skipped > 0
				? ` ${count(skipped)} ${skipped === 1 ? 'kaartvlak hebben' : 'kaartvlakken hebben'} we overgeslagen: daarbij staat geen gebiedscode die we kennen.`
				: ''
		}`,
	legend: 'Legenda',
	noData: 'geen gegevens',
	suppressed: 'niet gepubliceerd (te weinig gegevens)',
	area: (name: string, value: string) => `${name}: ${value}`,
	otherArea: (shape: string, data: string) =>
		`${shape}: de cijfers met deze code gaan over ${data}, een ander gebied. Daarom kleuren we dit vlak niet.`,
	vintageMismatch: (map: number, figures: string) =>
		`Let op: de kaart is van ${map} en de cijfers zijn van ${figures}. Wijken kunnen in die tijd een andere code of grens hebben gekregen. Dan hoort een kleur bij een ander gebied. Kijk of de namen in de tabel kloppen, of voeg kaartgrenzen van hetzelfde jaar toe.`,
	otherAreas: (n: number) =>
		`${many(n, 'kaartvlak heeft', 'kaartvlakken hebben')} een code die in de cijfers bij een ander gebied hoort (een andere wijkindeling?). Die kleuren we niet:`,
	otherAreaItem: (code: string, shape: string, data: string) =>
		`${code} (kaart: ${shape}; cijfers: ${data})`,
	dataWithoutShape: (n: number) =>
		`${count(n)} ${n === 1 ? 'gebied' : 'gebieden'} met cijfers maar zonder kaartvlak:`,
	shapesWithoutData: (n: number) =>
		`${count(n)} ${n === 1 ? 'kaartvlak' : 'kaartvlakken'} zonder cijfers:`,
	tableCaption: (indicator: string, gemeente: string, period: string) =>
		`${indicator} per wijk in ${gemeente}, ${period}`,
	vintageNote:
		'Wijkcodes veranderen soms als een gemeente haar wijken opnieuw indeelt. Past de kaart niet bij het jaar van de cijfers, dan zie je dat hier.',
	allMatch: 'Alle gebieden met cijfers hebben een kaartvlak.'
} as const;
