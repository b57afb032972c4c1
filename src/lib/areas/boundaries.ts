import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
// proj4's core with only the projection RD New uses: the whole package, with its forty other
// projections, is twice the size (43 against 21 kB gzip) for the same coordinates.
import proj4 from 'proj4/lib/core.js';
import Proj from 'proj4/lib/Proj.js';
import sterea from 'proj4/lib/projections/sterea.js';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { AppError } from '$lib/errors/app-error';
import { normalizeAreaCode } from '$lib/ingest/area-code';

/** RD New (Amersfoort / RD New), how CBS and PDOK publish wijk- en buurtkaarten. */
export const RD_NEW =
	'+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

Proj.projections.add(sterea);

export interface Boundary {
	code: string;
	name: string | null;
	geometry: Geometry;
}

export interface ParsedBoundaries {
	boundaries: Boundary[];
	crs: 'wgs84' | 'rd';
	codeProperty: string;
	/** Features whose code property is not a CBS area code. */
	skipped: number;
	vintage: number | null;
}

function mapPositions(geometry: Geometry, f: (p: Position) => Position): Geometry {
	const deep = (c: unknown): unknown =>
		typeof (c as number[])[0] === 'number' ? f(c as Position) : (c as unknown[]).map(deep);
	if (geometry.type === 'GeometryCollection')
		return { ...geometry, geometries: geometry.geometries.map((g) => mapPositions(g, f)) };
	return { ...geometry, coordinates: deep(geometry.coordinates) } as Geometry;
}

function firstPosition(geometry: Geometry): Position | null {
	if (geometry.type === 'GeometryCollection')
		return geometry.geometries.map(firstPosition)[0] ?? null;
	let c: unknown = geometry.coordinates;
	while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
	return Array.isArray(c) ? (c as Position) : null;
}

/**
 * d3-geo wants polygons wound clockwise (RFC 7946 GeoJSON is the other way round); a polygon
 * wound the other way would cover the whole globe. Reverse rings when the area says so.
 */
function rewind(f: Feature): Feature {
	if (geoArea(f) <= 2 * Math.PI) return f;
	const reverse = (g: Geometry): Geometry =>
		g.type === 'Polygon'
			? { ...g, coordinates: g.coordinates.map((ring) => [...ring].reverse()) }
			: g.type === 'MultiPolygon'
				? { ...g, coordinates: g.coordinates.map((p) => p.map((ring) => [...ring].reverse())) }
				: g;
	return { ...f, geometry: reverse(f.geometry) };
}

function features(json: unknown): Feature[] {
	const value = json as { type?: string; objects?: Record<string, unknown> };
	if (value?.type === 'Topology' && value.objects) {
		const name = Object.keys(value.objects)[0];
		if (!name) return [];
		const result = feature(json as Topology, name as never) as unknown as
			FeatureCollection | Feature;
		return 'features' in result ? result.features : [result];
	}
	if (value?.type === 'FeatureCollection') return (json as FeatureCollection).features;
	if (value?.type === 'Feature') return [json as Feature];
	return [];
}

/** Reads GeoJSON or TopoJSON boundaries in WGS84 or RD New and keys them on the area code. */
export function parseBoundaries(textContent: string, fileName: string): ParsedBoundaries {
	let json: unknown;
	try {
		json = JSON.parse(textContent);
	} catch {
		throw new AppError('boundaries_unreadable', { file: fileName });
	}
	const all = features(json).filter((f) => f.geometry);
	if (all.length === 0) throw new AppError('boundaries_unreadable', { file: fileName });
	const properties = Object.keys(all[0]!.properties ?? {});
	const codeProperty = properties.find(
		(key) =>
			all.filter((f) => normalizeAreaCode(String(f.properties?.[key] ?? ''))).length >=
			all.length * 0.8
	);
	if (!codeProperty) throw new AppError('boundaries_no_code', { file: fileName });
	const nameProperty = properties.find((key) =>
		/^(wk_naam|bu_naam|gm_naam|statnaam|wijknaam|buurtnaam|naam|name)$/i.test(key)
	);
	const start = firstPosition(all[0]!.geometry);
	const rd = start !== null && (Math.abs(start[0]!) > 180 || Math.abs(start[1]!) > 90);
	const toWgs84 = proj4(RD_NEW, 'WGS84');
	let skipped = 0;
	const boundaries = all.flatMap((f) => {
		const area = normalizeAreaCode(String(f.properties?.[codeProperty] ?? ''));
		if (!area) {
			skipped++;
			return [];
		}
		const geometry = rd
			? mapPositions(f.geometry, (p) => toWgs84.forward([p[0]!, p[1]!]))
			: f.geometry;
		const name = nameProperty ? String(f.properties?.[nameProperty] ?? '').trim() || null : null;
		return [
			{
				code: area.code,
				name,
				geometry: rewind({ type: 'Feature', properties: {}, geometry }).geometry
			}
		];
	});
	const vintage = Number(/(?:19|20)\d{2}/.exec(fileName)?.[0]) || null;
	return { boundaries, crs: rd ? 'rd' : 'wgs84', codeProperty, skipped, vintage };
}
