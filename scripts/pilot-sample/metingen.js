/**
 * Metingen of the fictitious pilot: nulmeting at the start, tussenmeting after 12 months,
 * eindmeting after 24 months. Scores share a person effect (within-person correlation 0.5). The
 * deviations are centred among the people who answered, per group and moment, so the sample's
 * means sit on the true values (up to rounding to the scale).
 */
import { EXPORT_DATE, PILOT, groups, isWork, lostAfter } from './participants.js';
import { addMonths, at, clamp, dayOf, isoOf, mean, standardNormals } from './random.js';

/** @typedef {import('./random.js').Rand} Rand */
/** @typedef {import('./participants.js').Participant} Participant */
/** @typedef {import('./participants.js').Group} Group */

export const who5 = { mean: 50, sd: 18, change: { pilot: 7, controle: 2 } };
/** Extra rise in the pilot group by the eindmeting, on the latent scale before rounding. */
const health = { mean: 2.9, sd: 0.9, effect: { pilot: 0.2, controle: 0 } };
const ladder = { mean: 2.3, sd: 0.9, effect: { pilot: 0.2, controle: 0 } };
/** Per follow-up meting: no row at all, or a row with empty cells; per cell: one empty score. */
const nonResponse = { noRow: 0.06, emptyRow: 0.04, cell: 0.02 };

const exportDay = dayOf(EXPORT_DATE);
const moments = [
	{ name: 'nulmeting', months: 0, jitter: [0, 0], share: 0 },
	{ name: 'tussenmeting', months: 12, jitter: [-7, 21], share: 0.5 },
	{ name: 'eindmeting', months: 24, jitter: [-21, 0], share: 1 }
];

/** @typedef {{ p: Participant, t: number, day: number, answered: boolean }} Visit */

/**
 * Who was measured when: no metingen after a censoring exit; at follow-up some give no answer.
 * @param {Participant[]} people
 * @param {Rand} rand
 */
function plan(people, rand) {
	/** @type {Visit[]} */
	const visits = [];
	for (const p of people) {
		moments.forEach((m, t) => {
			const [from, to] = m.jitter;
			const jitter = Number(from) + Math.floor(rand() * (Number(to) - Number(from) + 1));
			const day = Math.min(addMonths(p.start, m.months) + jitter, exportDay);
			if (day > lostAfter(p)) return;
			const r = t === 0 ? 1 : rand();
			if (r < nonResponse.noRow) return;
			visits.push({ p, t, day, answered: r >= nonResponse.noRow + nonResponse.emptyRow });
		});
	}
	return visits;
}

const half = Math.SQRT1_2;

/**
 * Standard-normal deviations [who5, health, ladder] per answered visit: half person effect, half
 * moment noise (correlation 0.5 between moments), centred per group and moment.
 * @param {Visit[]} visits
 * @param {Rand} rand
 */
function deviations(visits, rand) {
	/** @type {Map<Visit, number[]>} */
	const result = new Map();
	for (const group of groups) {
		const n = new Set(visits.filter((v) => v.p.group === group).map((v) => v.p)).size;
		const draw = () => standardNormals(n, rand);
		const person = draw();
		const other = draw().map((x, i) => 0.5 * at(person, i) + Math.sqrt(0.75) * x);
		const noise = moments.map(() => [draw(), draw(), draw()]);
		moments.forEach((_, t) => {
			const answered = visits.filter((v) => v.answered && v.t === t && v.p.group === group);
			const raw = answered.map(({ p: { index: i } }) =>
				[person, other, other].map(
					(base, k) => half * at(base, i) + half * at(at(at(noise, t), k), i)
				)
			);
			const centre = [0, 1, 2].map((k) => mean(raw.map((r) => at(r, k))));
			answered.forEach((v, j) =>
				result.set(
					v,
					at(raw, j).map((x, k) => x - at(centre, k))
				)
			);
		});
	}
	return result;
}

/**
 * The cells of one answered visit; a few single scores are left empty.
 * @param {Visit} visit
 * @param {number[]} z deviations [who5, health, ladder]
 * @param {Rand} rand
 */
function scores({ p, t, day }, z, rand) {
	const share = at(moments, t).share;
	const w = who5.mean + who5.change[p.group] * share + who5.sd * at(z, 0);
	const h = health.mean + health.effect[p.group] * share + health.sd * at(z, 1);
	const l = ladder.mean + ladder.effect[p.group] * share + ladder.sd * at(z, 2);
	const working = p.exit !== null && isWork(p.exit) && p.exit.day <= day;
	// Paid work puts someone on trede 5 (with support) or 6; more than 27 hours means trede 6.
	const werkTrede = p.exit?.type === 'werk_27' || rand() < 0.5 ? 6 : 5;
	const step = working ? werkTrede : clamp(Math.round(l), 1, 4);
	const cell = (/** @type {number} */ value) => (rand() < nonResponse.cell ? '' : String(value));
	return [
		cell(clamp(Math.round(w / 4) * 4, 0, 100)),
		cell(clamp(Math.round(h), 1, 5)),
		cell(step),
		working ? '1' : '0'
	];
}

/**
 * @param {Participant[]} people sorted by id
 * @param {Rand} rand
 */
export function metingenCsv(people, rand) {
	const visits = plan(people, rand);
	const z = deviations(visits, rand);
	const lines = [
		'pilot;deelnemer_id;meetmoment;datum;welbevinden_who5;ervaren_gezondheid;participatieladder;werk_12u'
	];
	for (const visit of visits) {
		const deviation = z.get(visit);
		const cells = deviation ? scores(visit, deviation, rand) : ['', '', '', ''];
		lines.push(
			[PILOT, visit.p.id, at(moments, visit.t).name, isoOf(visit.day), ...cells].join(';')
		);
	}
	return lines;
}
