/**
 * Geaggregeerde uitkomsten of a second fictitious pilot, "Regelluwe bijstand Voorbeeldstad",
 * that only has tables. The table is computed from simulated people, so n, mean and sd agree.
 * Westerkwartier gets its own WHO-5 rows; its controle eindmeting has fewer than 10 people.
 */
import { at, clamp, mean, nl, sd, standardNormals, stratifiedUniforms } from './random.js';

/** @typedef {import('./random.js').Rand} Rand */
/** @typedef {'pilot' | 'controle'} Group */

export const TABLE_PILOT = 'Regelluwe bijstand Voorbeeldstad';
export const tableTruth = {
	who5: { mean: 47, sd: 19, change: { pilot: 4, controle: 1 } },
	werk12: { nulmeting: 0.04, eindmeting: { pilot: 0.18, controle: 0.12 } }
};

/** Group sizes, and the Westerkwartier members among them with their eindmeting response. */
const design = {
	pilot: { n: 152, westerkwartier: 14, westerkwartierResponding: 12 },
	controle: { n: 149, westerkwartier: 11, westerkwartierResponding: 8 }
};
const nonResponse = 0.12;

/**
 * @typedef {object} Person
 * @property {boolean} westerkwartier
 * @property {boolean} responds answered the eindmeting
 * @property {number[]} who5 per moment
 * @property {number[]} work per moment, 0/1
 */

/** @param {Group} group @param {Rand} rand @returns {Person[]} */
function simulate(group, rand) {
	const { n, westerkwartier, westerkwartierResponding } = design[group];
	const { who5, werk12 } = tableTruth;
	const person = standardNormals(n, rand);
	const noise = [standardNormals(n, rand), standardNormals(n, rand)];
	const work = [stratifiedUniforms(n, rand), stratifiedUniforms(n, rand)];
	const shares = [werk12.nulmeting, werk12.eindmeting[group]];
	return Array.from({ length: n }, (_, i) => {
		const score = (/** @type {number} */ t) => {
			const spread = who5.sd * Math.SQRT1_2 * (at(person, i) + at(at(noise, t), i));
			const value = who5.mean + who5.change[group] * t + spread;
			return clamp(Math.round(value / 4) * 4, 0, 100);
		};
		const inWijk = i < westerkwartier;
		return {
			westerkwartier: inWijk,
			responds: inWijk ? i < westerkwartierResponding : rand() >= nonResponse,
			who5: [score(0), score(1)],
			work: [0, 1].map((t) => (at(at(work, t), i) < at(shares, t) ? 1 : 0))
		};
	});
}

/**
 * @param {Group} group
 * @param {number} t 0 = nulmeting, 1 = eindmeting
 * @param {string} wijk '' = all wijken
 * @param {'welbevinden_who5' | 'werk_12u'} outcome
 * @param {Person[]} people
 */
function row(group, t, wijk, outcome, people) {
	const measured = people.filter((p) => (t === 0 || p.responds) && (!wijk || p.westerkwartier));
	const values = measured.map((p) => at(outcome === 'werk_12u' ? p.work : p.who5, t));
	const moment = t === 0 ? 'nulmeting' : 'eindmeting';
	const stats =
		outcome === 'werk_12u'
			? ['', '', nl(100 * mean(values))]
			: [nl(mean(values)), nl(sd(values)), ''];
	return [TABLE_PILOT, group, moment, wijk, outcome, values.length, ...stats, '', ''].join(';');
}

/** @param {Rand} rand */
export function geaggregeerdCsv(rand) {
	const lines = [
		'pilot;groep;meetmoment;wijkcode;uitkomst;n;gemiddelde;sd;aandeel;ondergrens;bovengrens'
	];
	const groups = /** @type {Group[]} */ (['pilot', 'controle']);
	const people = new Map(groups.map((g) => [g, simulate(g, rand)]));
	const of = (/** @type {Group} */ g) => /** @type {Person[]} */ (people.get(g));
	for (const outcome of /** @type {const} */ (['welbevinden_who5', 'werk_12u'])) {
		for (const g of groups) for (const t of [0, 1]) lines.push(row(g, t, '', outcome, of(g)));
	}
	for (const g of groups) {
		for (const t of [0, 1]) lines.push(row(g, t, 'WK999908', 'welbevinden_who5', of(g)));
	}
	return lines;
}
