/**
 * Procesregistratie of the fictitious pilot, per quarter (2024-Q1..2025-Q4) and wijk, for the
 * pilot group only (the controle group gets the usual support). Derived from the same
 * participants: counts are totals up to the end of each quarter, so the funnel
 * benaderd ≥ aangemeld ≥ gestart ≥ afgerond holds in every row and never goes down over time.
 */
import { PILOT, wijken } from './participants.js';
import { addMonths, clamp, dayOf, median, nl, normal, quarter } from './random.js';

/** @typedef {import('./random.js').Rand} Rand */
/** @typedef {import('./participants.js').Participant} Participant */

export const reasons = ['werk', 'gezondheid', 'motivatie', 'verhuisd', 'anders'];
/** @type {Record<string, string>} */
const reasonOfExit = {
	werk_12: 'werk',
	werk_27: 'werk',
	verhuisd: 'verhuisd',
	gestopt: 'motivatie',
	opleiding: 'anders',
	anders: 'anders'
};

/**
 * @typedef {object} Traject
 * @property {number | null} approached
 * @property {number | null} signedUp
 * @property {number | null} start
 * @property {number | null} left day the traject ended (afgerond or uitgevallen)
 * @property {string | null} reason uitval reason; null = afgerond
 */

/**
 * One traject per pilot participant: 15-21 months; it ends early at an exit during the traject,
 * or (7% health, 4% motivation) when someone stops while still in the study.
 * @param {Participant} p
 * @param {Rand} rand
 * @returns {Traject}
 */
function traject(p, rand) {
	const signedUp = p.start - 5 - Math.floor(rand() * 36);
	const end = addMonths(p.start, 15 + Math.floor(rand() * 7));
	const base = { approached: signedUp, signedUp, start: p.start };
	if (p.exit && p.exit.day < end) {
		return { ...base, left: p.exit.day, reason: reasonOfExit[p.exit.type] ?? 'anders' };
	}
	const r = rand();
	const stopDay = p.start + 1 + Math.floor(rand() * (end - p.start - 1));
	if (r < 0.07) return { ...base, left: stopDay, reason: 'gezondheid' };
	if (r < 0.11) return { ...base, left: stopDay, reason: 'motivatie' };
	return { ...base, left: end, reason: null };
}

/**
 * People signed up who never started (10%), and people approached who did not sign up.
 * @param {number} started
 * @param {Rand} rand
 * @returns {Traject[]}
 */
function others(started, rand) {
	const recruit = (/** @type {string} */ from, /** @type {string} */ to) =>
		dayOf(from) + Math.floor(rand() * (dayOf(to) - dayOf(from) + 1));
	const none = { start: null, left: null, reason: null };
	const dropped = Array.from({ length: Math.round(started * 0.1) }, () => {
		const signedUp = recruit('2023-12-01', '2024-06-21');
		return { ...none, approached: signedUp, signedUp };
	});
	const signed = started + dropped.length;
	const approached = Array.from({ length: Math.round(signed * (1.1 + 0.4 * rand())) }, () => ({
		...none,
		approached: recruit('2023-11-15', '2024-06-14'),
		signedUp: null
	}));
	return [...dropped, ...approached];
}

/**
 * One row: counts up to the last day of the quarter; activities, doorlooptijd and tevredenheid
 * for the quarter itself (empty when nobody took part in it).
 * @param {Traject[]} people
 * @param {{ first: number, last: number }} q
 * @param {Rand} rand
 */
function measures(people, q, rand) {
	const by = (/** @type {number | null} */ day) => day !== null && day <= q.last;
	const count = (/** @type {(t: Traject) => boolean} */ f) => people.filter(f).length;
	const gestart = count((t) => by(t.start));
	const afgerond = count((t) => by(t.left) && t.reason === null);
	const uitval = reasons.map((r) => count((t) => by(t.left) && t.reason === r));
	const uitgevallen = uitval.reduce((a, b) => a + b, 0);
	const active = people.filter((t) => by(t.start) && t.left !== null && t.left >= q.first);
	const planned = 3 * active.length;
	const done = Math.round(planned * (0.78 + 0.17 * rand()));
	const waits = people
		.filter((t) => t.start !== null && t.signedUp !== null && t.start >= q.first && by(t.start))
		.map((t) => Number(t.start) - Number(t.signedUp));
	const ratings = active
		.filter(() => rand() < 0.7)
		.map(() => clamp(Math.round(7.3 + 1.2 * normal(rand)), 1, 10));
	const satisfaction = ratings.length
		? nl(ratings.reduce((a, b) => a + b, 0) / ratings.length)
		: '';
	return [
		count((t) => by(t.approached)),
		count((t) => by(t.signedUp)),
		gestart,
		gestart - afgerond - uitgevallen,
		afgerond,
		uitgevallen,
		...uitval,
		planned,
		done,
		waits.length ? Math.round(median(waits)) : '',
		satisfaction
	];
}

/**
 * @param {Participant[]} people
 * @param {Rand} rand
 */
export function procesregistratieCsv(people, rand) {
	const header = [
		'pilot;periode;wijkcode;doelgroep;benaderd;aangemeld;gestart;actief;afgerond;uitgevallen',
		...reasons.map((r) => `uitval_${r}`),
		'activiteiten_gepland;activiteiten_gerealiseerd;doorlooptijd_dagen;tevredenheid'
	];
	const lines = [header.join(';')];
	for (const [wijk, , , , doelgroep] of wijken) {
		const pilot = people.filter((p) => p.wijk === wijk && p.group === 'pilot');
		const all = [...pilot.map((p) => traject(p, rand)), ...others(pilot.length, rand)];
		for (let i = 0; i < 8; i++) {
			const q = quarter(2024, i);
			// The doelgroep shrinks a little over time and moves a few people per quarter.
			const size = Math.round(doelgroep * (1 - 0.01 * i) + 4 * normal(rand));
			lines.push([PILOT, q.label, wijk, size, ...measures(all, q, rand)].join(';'));
		}
	}
	return lines;
}
