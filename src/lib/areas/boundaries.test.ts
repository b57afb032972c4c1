import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parseBoundaries, RD_NEW } from './boundaries';
import proj4 from 'proj4';

const real = (relative: string) =>
	readFileSync(path.resolve(import.meta.dirname, '../../../../shared/data/real', relative), 'utf8');

describe('parseBoundaries', () => {
	it('reads the ELAN GeoJSON (WGS84): 72 wijken keyed on WK_CODE', () => {
		const parsed = parseBoundaries(
			real('elan-wijkprofielen-den-haag/wijkgeo_file.json'),
			'wijkgeo_file.json'
		);
		expect(parsed.crs).toBe('wgs84');
		expect(parsed.codeProperty).toBe('WK_CODE');
		expect(parsed.boundaries).toHaveLength(72);
		const first = parsed.boundaries.find((b) => b.code === 'WK051801')!;
		expect(first.name).toBe('Wijk 01 Oostduinen');
		// Wound for d3: a wijk covers a tiny part of the sphere, not all of it.
		expect(geoArea({ type: 'Feature', properties: {}, geometry: first.geometry })).toBeLessThan(
			0.001
		);
	});

	it('reads the CBS TopoJSON of 2014 with statcode and statnaam, and takes 2014 as the indelingsjaar', () => {
		const parsed = parseBoundaries(
			real('cbs-wijkgrenzen-2014/Wijk_2014_layer_q1e3.json'),
			'Wijk_2014_layer_q1e3.json'
		);
		expect(parsed.codeProperty).toBe('statcode');
		expect(parsed.boundaries).toHaveLength(2738);
		expect(parsed.vintage).toBe(2014);
	});

	it('reprojects RD New (EPSG:28992) to WGS84: a square around Amersfoort lands on Amersfoort', () => {
		// The RD origin (155000, 463000) is the Onze Lieve Vrouwetoren in Amersfoort: 52.1552 N, 5.3872 E.
		const square = [
			[154000, 462000],
			[156000, 462000],
			[156000, 464000],
			[154000, 464000],
			[154000, 462000]
		];
		const geojson = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { wijkcode: 'WK030700', wijknaam: 'Binnenstad' },
					geometry: { type: 'Polygon', coordinates: [square] }
				}
			]
		};
		const parsed = parseBoundaries(JSON.stringify(geojson), 'wijken_rd.geojson');
		expect(parsed.crs).toBe('rd');
		const shape = {
			type: 'Feature' as const,
			properties: {},
			geometry: parsed.boundaries[0]!.geometry
		};
		expect(geoContains(shape, [5.3872, 52.1552])).toBe(true);
		expect(geoContains(shape, [5.5, 52.2])).toBe(false);
		const [lon, lat] = proj4(RD_NEW, 'WGS84').forward([155000, 463000]);
		expect(lon).toBeCloseTo(5.3872, 3);
		expect(lat).toBeCloseTo(52.1552, 3);
	});

	it.each([
		{ name: 'not JSON', text: 'WKC;naam', code: 'boundaries_unreadable' },
		{ name: 'JSON without features', text: '{"a": 1}', code: 'boundaries_unreadable' },
		{
			name: 'features without area codes',
			text: JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { naam: 'x' },
						geometry: { type: 'Point', coordinates: [5, 52] }
					}
				]
			}),
			code: 'boundaries_no_code'
		}
	])('refuses $name with a Dutch message code', ({ text, code }) => {
		expect(() => parseBoundaries(text, 'x.json')).toThrowError(expect.objectContaining({ code }));
	});
});
