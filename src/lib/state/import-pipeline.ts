/**
 * What reading, checking and storing files needs: zod mappings, papaparse, the pilot templates,
 * and proj4/topojson for map boundaries. The Dashboard loads this module the first time it
 * imports something, so opening the app does not wait for it.
 */
export { parseBoundaries } from '$lib/areas/boundaries';
export { saveBoundaries } from '$lib/db/queries/boundaries-store';
export { checkFile, deleteSource, discardCheck, importFile } from '$lib/db/queries/import';
export { checkPack, dropPack, importPack } from '$lib/db/queries/pack';
export { findProfile, saveProfile } from '$lib/db/queries/profiles';
export { checkPilotFile, importPilotFile, pilotId } from '$lib/db/queries/pilot/import';
export { setPilotDesign } from '$lib/db/queries/pilot/views';
export { mapping as mappingSchema } from '$lib/ingest/mapping';
export { prepareFile } from '$lib/ingest/prepare';
export { sniff } from '$lib/ingest/sniff';
