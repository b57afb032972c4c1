/**
 * The FICTITIOUS pilot sample as pure functions that return CSV text. The data and their true
 * effects are described at the top of scripts/generate-pilot-sample.js, which writes the files.
 */
import { geaggregeerdCsv, tableTruth } from './aggregate.js';
import { metingenCsv, who5 } from './metingen.js';
import { deelnemersCsv, makeParticipants, work } from './participants.js';
import { procesregistratieCsv } from './process.js';
import { random } from './random.js';

export { EXPORT_DATE, PILOT, wijken } from './participants.js';
export { TABLE_PILOT } from './aggregate.js';

export const truth = {
	workBy24Months: work,
	who5: { ...who5, differenceInDifferences: who5.change.pilot - who5.change.controle, rho: 0.5 },
	table: tableTruth
};

/** @typedef {'deelnemers' | 'metingen' | 'procesregistratie' | 'geaggregeerd'} SampleId */

/** File name per template; the names say that the data are fictitious. */
export const sampleFiles = {
	deelnemers: 'basisbaan-voorbeeldstad-fictief-deelnemers.csv',
	metingen: 'basisbaan-voorbeeldstad-fictief-metingen.csv',
	procesregistratie: 'basisbaan-voorbeeldstad-fictief-procesregistratie.csv',
	geaggregeerd: 'regelluwe-bijstand-voorbeeldstad-fictief-geaggregeerd.csv'
};

/** @param {string[]} lines */
const csv = (lines) => lines.join('\r\n') + '\r\n';

/**
 * The four files as text (`;`, decimal comma, CRLF, header on line 1).
 * @param {number} [seed]
 * @returns {Record<SampleId, string>}
 */
export function generatePilotSample(seed = 48) {
	const rand = random(seed);
	const people = makeParticipants(rand);
	return {
		deelnemers: csv(deelnemersCsv(people)),
		metingen: csv(metingenCsv(people, rand)),
		procesregistratie: csv(procesregistratieCsv(people, rand)),
		geaggregeerd: csv(geaggregeerdCsv(rand))
	};
}
