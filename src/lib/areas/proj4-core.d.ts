// Types for the parts of proj4 that boundaries.ts imports on their own (see there).
declare module 'proj4/lib/core.js' {
	const proj4: (from: string, to: string) => { forward(point: [number, number]): [number, number] };
	export default proj4;
}

declare module 'proj4/lib/Proj.js' {
	const Proj: { projections: { add(projection: unknown): void } };
	export default Proj;
}

declare module 'proj4/lib/projections/sterea.js' {
	const sterea: unknown;
	export default sterea;
}
