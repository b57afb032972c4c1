/**
 * Participants of the fictitious pilot "Basisbaan Voorbeeldstad": randomised per wijk, started
 * 2024-01-02..2024-06-28, followed 24 months. Each exit type has its own latent time; the first
 * one within 24 months is the participant's uitstroom. Work exits keep the participant in
 * follow-up; the other exits end it (censored).
 */
import { addMonths, at, dayOf, isoOf, shuffle, stratifiedUniforms, weekday } from './random.js';

/** @typedef {import('./random.js').Rand} Rand */
/** @typedef {'pilot' | 'controle'} Group */
/** @typedef {{ type: string, day: number }} Exit */
/**
 * @typedef {object} Participant
 * @property {string} id
 * @property {Group} group
 * @property {string} wijk
 * @property {number} start
 * @property {Exit | null} exit
 * @property {number | null} end last day followed; null = still followed at the export date
 * @property {number} index position within its group, for the group's standardised draws
 */

export const PILOT = 'Basisbaan Voorbeeldstad';
export const EXPORT_DATE = '2026-06-30';
export const groups = /** @type {Group[]} */ (['pilot', 'controle']);

/**
 * Per wijk: code, name, pilot and controle participants, and the doelgroep (people the pilot is
 * for). Westerkwartier has fewer than 10 controle participants, so per-wijk tables suppress it.
 * @type {[string, string, number, number, number][]}
 */
export const wijken = [
	['WK999901', 'Centrum', 40, 41, 310],
	['WK999902', 'Oude Haven', 55, 56, 420],
	['WK999903', 'Noorderpark', 30, 30, 205],
	['WK999904', 'De Akkers', 50, 50, 380],
	['WK999905', 'Zuiderhout', 25, 26, 170],
	['WK999906', 'Molenwijk', 45, 45, 330],
	['WK999907', 'Oosterweide', 44, 44, 300],
	['WK999908', 'Westerkwartier', 11, 8, 150]
];

/** True cumulative shares by month 24: more than 12 and more than 27 hours of paid work a week. */
export const work = {
	moreThan12h: { pilot: 0.24, controle: 0.15 },
	moreThan27h: { pilot: 0.07, controle: 0.07 }
};

/**
 * werk_12 here means 12-27 hours. With latent chances q (werk_12) and r (werk_27), working more
 * than 12 hours has chance 1 - (1 - q)(1 - r), so q = 1 - (1 - moreThan12h) / (1 - r).
 * @param {Group} g
 */
const work12to27 = (g) => 1 - (1 - work.moreThan12h[g]) / (1 - work.moreThan27h[g]);

/**
 * Chance of each latent exit within 24 months. Work takes a few months to get going (`ramp`).
 * @type {{ type: string, chance: Record<Group, number>, ramp: boolean }[]}
 */
export const latentExits = [
	{ type: 'werk_27', chance: work.moreThan27h, ramp: true },
	{
		type: 'werk_12',
		chance: { pilot: work12to27('pilot'), controle: work12to27('controle') },
		ramp: true
	},
	{ type: 'verhuisd', chance: { pilot: 0.06, controle: 0.06 }, ramp: false },
	{ type: 'gestopt', chance: { pilot: 0.05, controle: 0.05 }, ramp: false },
	{ type: 'opleiding', chance: { pilot: 0.03, controle: 0.03 }, ramp: false },
	{ type: 'anders', chance: { pilot: 0.02, controle: 0.02 }, ramp: false }
];

/**
 * Month 1..24 for a uniform u: weights min(m, 6) when ramped, otherwise even.
 * @param {number} u
 * @param {boolean} ramp
 */
function monthFor(u, ramp) {
	const weights = Array.from({ length: 24 }, (_, i) => (ramp ? Math.min(i + 1, 6) : 1));
	const total = weights.reduce((a, b) => a + b, 0);
	let sum = 0;
	for (let m = 0; m < 24; m++) {
		sum += at(weights, m) / total;
		if (u < sum) return m + 1;
	}
	return 24;
}

/** @param {Rand} rand @returns {Participant[]} */
function enrol(rand) {
	/** @type {{ group: Group, wijk: string }[]} */
	const slots = [];
	for (const [wijk, , pilot, controle] of wijken) {
		for (let i = 0; i < pilot; i++) slots.push({ group: 'pilot', wijk });
		for (let i = 0; i < controle; i++) slots.push({ group: 'controle', wijk });
	}
	const first = dayOf('2024-01-02');
	const span = dayOf('2024-06-28') - first + 1;
	const people = shuffle(slots, rand).map((slot) => {
		const day = first + Math.floor(rand() * span);
		// Nobody starts at the weekend: Saturday and Sunday move back to Friday.
		const start = day - (weekday(day) === 6 ? 1 : weekday(day) === 0 ? 2 : 0);
		return { ...slot, start };
	});
	people.sort((a, b) => a.start - b.start);
	const counters = { pilot: 0, controle: 0 };
	return people.map((p, i) => ({
		id: `BV${String(i + 1).padStart(4, '0')}`,
		...p,
		exit: null,
		end: null,
		index: counters[p.group]++
	}));
}

/**
 * The first latent exit within 24 months, on a day in that month after the start.
 * @param {Participant} p
 * @param {number[][]} draws one stratified uniform per latent exit type, per group member
 * @param {Rand} rand
 */
function firstExit(p, draws, rand) {
	/** @type {Exit | null} */
	let first = null;
	latentExits.forEach((latent, k) => {
		const chance = latent.chance[p.group];
		const u = at(at(draws, k), p.index);
		if (u >= chance) return;
		const month = monthFor(u / chance, latent.ramp);
		const day = addMonths(p.start, month - 1) + 1 + Math.floor(rand() * 27);
		if (first === null || day < first.day) first = { type: latent.type, day };
	});
	return /** @type {Exit | null} */ (first);
}

/**
 * Everyone who took part, with uitstroom and end of follow-up. Those who started in June 2024 and
 * did not leave early are still followed on the export date (empty einddatum).
 * @param {Rand} rand
 */
export function makeParticipants(rand) {
	const people = enrol(rand);
	for (const group of groups) {
		const members = people.filter((p) => p.group === group);
		const draws = latentExits.map(() => stratifiedUniforms(members.length, rand));
		for (const p of members) {
			p.exit = firstExit(p, draws, rand);
			if (p.exit && !isWork(p.exit)) p.end = p.exit.day;
			else p.end = p.start >= dayOf('2024-06-01') ? null : addMonths(p.start, 24);
		}
	}
	return people;
}

/** @param {Exit} exit */
export const isWork = (exit) => exit.type === 'werk_12' || exit.type === 'werk_27';

/** The day follow-up ended early (a non-work exit), or Infinity. @param {Participant} p */
export const lostAfter = (p) => (p.exit && !isWork(p.exit) ? p.exit.day : Infinity);

/** @param {Participant[]} people */
export function deelnemersCsv(people) {
	const lines = [
		'pilot;deelnemer_id;groep;wijkcode;startdatum;einddatum;uitstroom_type;uitstroom_datum'
	];
	for (const p of people) {
		const exit = p.exit ? [p.exit.type, isoOf(p.exit.day)] : ['', ''];
		const end = p.end === null ? '' : isoOf(p.end);
		lines.push([PILOT, p.id, p.group, p.wijk, isoOf(p.start), end, ...exit].join(';'));
	}
	return lines;
}
