import { geoMercator, geoPath } from 'd3-geo';
import { scaleQuantile } from 'd3-scale';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { tickFormatter } from '../format';

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
	dataCodes: Set<string> = new Set(values.keys())
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
	const format = tickFormatter(step / 10);
	const classes = mapPalette.map((color, i) => ({
		color,
		from: breaks[i] === undefined ? '' : format(breaks[i]!),
		to: breaks[i + 1] === undefined ? '' : format(breaks[i + 1]!)
	}));
	const shapeCodes = new Set(shapes.map((s) => s.code));
	return {
		...size,
		classes: present.length > 0 ? classes : [],
		/** Whether any shape is drawn as not published: only then does the legend explain it. */
		anySuppressed: shapes.some((s) => {
			const v = values.get(s.code);
			return v?.value === null && v.missing === 'suppressed';
		}),
		areas: shapes.map((s) => {
			const v = values.get(s.code) ?? { value: null, missing: null };
			return {
				code: s.code,
				name: s.name,
				d: path(s.geometry) ?? '',
				value: v.value,
				missing: v.value === null ? (v.missing ?? 'not_available') : null,
				fill: v.value !== null ? scale(v.value) : v.missing === 'suppressed' ? SUPPRESSED : NO_DATA
			};
		}),
		dataWithoutShape: [...dataCodes].filter((code) => !shapeCodes.has(code)).sort(),
		shapesWithoutData: shapes.filter((s) => !dataCodes.has(s.code)).map((s) => s.code)
	};
}

export type MapModel = ReturnType<typeof mapModel>;
