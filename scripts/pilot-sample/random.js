/**
 * Seeded draws and day arithmetic for the fictitious pilot sample. Days are whole days since
 * 1970-01-01 (UTC), so no time zone can move a date.
 */

/** @typedef {() => number} Rand */

/**
 * mulberry32: a tiny seeded PRNG, so the sample is the same on every run.
 * @param {number} seed
 * @returns {Rand}
 */
export function random(seed) {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** @param {Rand} rand */
export const normal = (rand) =>
	Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

/**
 * Shuffles in place (Fisher-Yates).
 * @template T
 * @param {T[]} items
 * @param {Rand} rand
 */
export function shuffle(items, rand) {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		const item = /** @type {T} */ (items[i]);
		items[i] = /** @type {T} */ (items[j]);
		items[j] = item;
	}
	return items;
}

/**
 * n uniforms, one in each interval [i/n, (i+1)/n), in random order: a share p of them lies below
 * p (to within 1/n), so a group's realised shares match the true ones.
 * @param {number} n
 * @param {Rand} rand
 */
export function stratifiedUniforms(n, rand) {
	return shuffle(
		Array.from({ length: n }, (_, i) => (i + rand()) / n),
		rand
	);
}

/**
 * n normal draws standardised to mean 0 and sd 1, so a group's mean and sd are what `truth` says.
 * @param {number} n
 * @param {Rand} rand
 */
export function standardNormals(n, rand) {
	const z = Array.from({ length: n }, () => normal(rand));
	const mean = z.reduce((a, b) => a + b, 0) / n;
	const sd = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
	return z.map((x) => (x - mean) / sd);
}

/**
 * xs[i], for arrays the code itself filled.
 * @template T
 * @param {T[]} xs
 * @param {number} i
 */
export function at(xs, i) {
	if (i < 0 || i >= xs.length) throw new Error(`Index ${i} outside 0..${xs.length - 1}`);
	return /** @type {T} */ (xs[i]);
}

/** @param {number} x @param {number} lo @param {number} hi */
export const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/** A number with a decimal comma. @param {number} x @param {number} [decimals] */
export const nl = (x, decimals = 1) => x.toFixed(decimals).replace('.', ',');

const DAY = 86_400_000;

/** @param {string} iso JJJJ-MM-DD */
export const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** @param {number} day */
export const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/** @param {number} day 0 = Sunday, 6 = Saturday */
export const weekday = (day) => new Date(day * DAY).getUTCDay();

/**
 * The same day of the month `months` later, or that month's last day.
 * @param {number} day
 * @param {number} months
 */
export function addMonths(day, months) {
	const d = new Date(day * DAY);
	const year = d.getUTCFullYear();
	const month = d.getUTCMonth() + months;
	const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return Date.UTC(year, month, Math.min(d.getUTCDate(), last)) / DAY;
}

/**
 * First and last day of quarter q (0 = 2024-Q1) counted from `year`.
 * @param {number} year
 * @param {number} q
 */
export function quarter(year, q) {
	return {
		label: `${year + Math.floor(q / 4)}-Q${(q % 4) + 1}`,
		first: Date.UTC(year, 3 * q, 1) / DAY,
		last: Date.UTC(year, 3 * q + 3, 0) / DAY
	};
}

/** @param {number[]} xs */
export function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? at(s, mid) : (at(s, mid - 1) + at(s, mid)) / 2;
}

/** @param {number[]} xs */
export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Sample standard deviation. @param {number[]} xs */
export function sd(xs) {
	const m = mean(xs);
	return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
}
