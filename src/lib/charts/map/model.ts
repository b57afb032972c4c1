import { geoMercator, geoPath } from 'd3-geo';
import { scaleQuantile } from 'd3-scale';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { formatValue, stepDecimals } from '../format';

/** Five light-to-dark classes (ColorBrewer PuBu): ordered by lightness, safe for colour blindness. */
export const mapPalette = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'];
/** Hatched: no figure for this wijk. */
export const NO_DATA = 'url(#geen-gegevens)';
/** Dotted: the source has a figure but did not publish it (too few people), not the same thing. */
export const SUPPRESSED = 'url(#niet-gepubliceerd)';

export interface MapShape {
	code: string;
	name: string;
	geometry: Geometry;
	/** The shape's own name in the boundary file, and the area's name in the figures, if known. */
	shapeName?: string | null;
	dataName?: string | null;
}

/** A name as compared across files: lower case, no accents, no "Wijk 01" or "Stadsdeel" prefix. */
function comparable(name: string) {
	return (
		name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim()
			// "Wijk 06 …", and as the ELAN files have it "Wijk Wijk 06 …".
			.replace(/^(?:(?:wijk|buurt)\s+)+\d+\s+/, '')
	);
}

/**
 * Whether a shape and the figures with its code are about the same area. Wijk codes are reused
 * between indelingsjaren (WK036300 was Stadsdeel Centrum in 2014 and Burgwallen-Oude Zijde in
 * 2020): when both names are known and neither contains the other, they are not the same area.
 */
export function sameArea(
	shapeName: string | null | undefined,
	dataName: string | null | undefined,
	code: string
) {
	if (!shapeName || !dataName || dataName === code || shapeName === code) return true;
	const [a, b] = [comparable(shapeName), comparable(dataName)];
	return a === '' || b === '' || a.includes(b) || b.includes(a);
}

export interface MapValue {
	value: number | null;
	missing: 'suppressed' | 'not_available' | null;
}

/**
 * The wijken with figures in any period, also when the source did not publish them (too few
 * people): what the report compares with the shapes. A wijk with only unpublished figures has a
 * shape that belongs to the data; calling it a shape without figures would look like a bad join.
 */
export function codesWithData(
	rows: readonly { code: string; level: string; value: number | null; missing: string | null }[]
): Set<string> {
	return new Set(
		rows
			.filter(
				(r) =>
					(r.level === 'WK' || r.level === 'custom') &&
					(r.value !== null || r.missing === 'suppressed')
			)
			.map((r) => r.code)
	);
}

/**
 * A choropleth: the shapes fitted to the box, five quantile classes of the values, a hatched
 * pattern for shapes without a value and a dotted one for a value the source did not publish. Also reports what does not match: codes with data but no
 * shape, and shapes without data (wijk codes change between indelingsjaren).
 */
export function mapModel(
	shapes: MapShape[],
	values: Map<string, MapValue>,
	size: { width: number; height: number },
	/** Codes with data in any period (default: those with a value here), for the report. */
	dataCodes: Set<string> = new Set(values.keys()),
	/** The values' unit: the legend's class bounds carry it ("41,3%", "1,4 km"). */
	unit: string | null = null
) {
	const collection: FeatureCollection = {
		type: 'FeatureCollection',
		features: shapes.map((s): Feature => ({
			type: 'Feature',
			properties: {},
			geometry: s.geometry
		}))
	};
	const projection = geoMercator().fitExtent(
		[
			[8, 8],
			[size.width - 8, size.height - 8]
		],
		collection
	);
	const path = geoPath(projection);
	const present = [...values.values()].map((v) => v.value).filter((v): v is number => v !== null);
	const scale = scaleQuantile<string>().domain(present).range(mapPalette);
	const breaks =
		present.length > 0 ? [Math.min(...present), ...scale.quantiles(), Math.max(...present)] : [];
	const step = breaks.length > 1 ? (breaks.at(-1)! - breaks[0]!) / 5 : 1;
	const format = (value: number) => formatValue(value, unit, stepDecimals(step / 10));
	const classes = mapPalette.map((color, i) => ({
		color,
		from: breaks[i] === undefined ? '' : format(breaks[i]!),
		to: breaks[i + 1] === undefined ? '' : format(breaks[i + 1]!)
	}));
	const shapeCodes = new Set(shapes.map((s) => s.code));
	const areas = shapes.map((s) => {
		const other = !sameArea(s.shapeName, s.dataName, s.code);
		// Another area under the same code: its figure is not drawn on this shape.
		const v = (other ? null : values.get(s.code)) ?? { value: null, missing: null };
		return {
			code: s.code,
			name: s.name,
			/** The shape's and the figures' names when they are different areas; else null. */
			otherArea: other ? { shape: s.shapeName!, data: s.dataName! } : null,
			d: path(s.geometry) ?? '',
			/** Where the shape lies on the map, for moving between shapes with the arrow keys. */
			center: path.centroid(s.geometry) as [number, number],
			value: v.value,
			missing: v.value === null ? (v.missing ?? 'not_available') : null,
			fill: v.value !== null ? scale(v.value) : v.missing === 'suppressed' ? SUPPRESSED : NO_DATA
		};
	});
	return {
		...size,
		classes: present.length > 0 ? classes : [],
		areas,
		/** Whether any shape is drawn as not published: only then does the legend explain it. */
		anySuppressed: areas.some((a) => a.fill === SUPPRESSED),
		dataWithoutShape: [...dataCodes].filter((code) => !shapeCodes.has(code)).sort(),
		/** Shapes whose code the figures use for another area (another wijkindeling). */
		otherAreas: areas.flatMap((a) =>
			a.otherArea && dataCodes.has(a.code) ? [{ code: a.code, ...a.otherArea }] : []
		),
		shapesWithoutData: shapes.filter((s) => !dataCodes.has(s.code)).map((s) => s.code)
	};
}

export type MapModel = ReturnType<typeof mapModel>;
