import { givesAway, type HiddenReason } from './stats';

/**
 * Small-cell suppression for counts that are linked by any additive identities, not only the
 * rows and columns of one table. The process registration needs this: besides "alle wijken =
 * sum of the wijken" a wijk's `gestart` is `actief + afgerond + uitgevallen`, and `uitgevallen`
 * is the sum of the `uitval_*` reasons. stats/suppress.ts handles one table with its totals; this
 * applies the very same rules to a list of identities (a 2-D table with all totals shown gives
 * exactly the same pattern as `suppress`, which process-suppress.test.ts checks).
 */

/** An identity anyone can use: values[total] = sum of values[members]. Indices into the values. */
export interface Relation {
	total: number;
	members: number[];
}

export type CountState = 'shown' | HiddenReason;

const isHidden = (s: CountState | undefined) => s === 'klein' || s === 'aanvullend';

/**
 * 1. Primary: every count with 0 < n < threshold is hidden as `klein` (a 0 stays: it says nothing
 *    about anyone).
 * 2. Complementary, until stable: an identity with a shown total and exactly one hidden member
 *    would give that member away, and several hidden members adding up to a small group give that
 *    group away (stats/suppress.ts, givesAway); so its cheapest other shown member is hidden
 *    (`aanvullend`): non-zero first, then the smallest, then the first.
 * 3. Audit: combinations of identities can still give a hidden count away. A hidden count is given
 *    away exactly when its unit vector lies in the row space of the identities restricted to the
 *    hidden counts; then the cheapest shown count whose hiding protects it is hidden, and 2 runs
 *    again.
 */
export function suppressLinked(
	values: readonly number[],
	relations: readonly Relation[],
	threshold: number
): CountState[] {
	if (!Number.isInteger(threshold) || threshold < 1)
		throw new RangeError(`threshold must be a whole number ≥ 1, got ${threshold}`);
	for (const v of values) if (!(v >= 0)) throw new RangeError(`count must be ≥ 0, got ${v}`);
	const states: CountState[] = values.map((v) => (v > 0 && v < threshold ? 'klein' : 'shown'));
	do complete(values, states, relations, threshold);
	while (protectDisclosed(values, states, relations));
	return states;
}

/** Shown indices in the order complements are taken: non-zero first, then smallest, then first. */
function byCost(values: readonly number[], states: CountState[], indices: number[]): number[] {
	return indices
		.filter((i) => states[i] === 'shown')
		.sort(
			(a, b) =>
				Number(values[a] === 0) - Number(values[b] === 0) || values[a]! - values[b]! || a - b
		);
}

function complete(
	values: readonly number[],
	states: CountState[],
	relations: readonly Relation[],
	threshold: number
) {
	for (let changed = true; changed;) {
		changed = false;
		for (const { total, members } of relations) {
			if (states[total] !== 'shown') continue;
			const hidden = members.filter((m) => isHidden(states[m])).map((m) => values[m]!);
			if (!givesAway(hidden, threshold)) continue;
			states[byCost(values, states, members)[0] ?? total] = 'aanvullend';
			changed = true;
		}
	}
}

function protectDisclosed(
	values: readonly number[],
	states: CountState[],
	relations: readonly Relation[]
): boolean {
	const disclosed = states.findIndex((s, i) => isHidden(s) && isDetermined(states, relations, i));
	if (disclosed < 0) return false;
	const candidates = byCost(values, states, [...states.keys()]);
	if (candidates.length === 0) return false;
	const protecting = candidates.find((c) => {
		states[c] = 'aanvullend';
		const safe = !isDetermined(states, relations, disclosed);
		states[c] = 'shown';
		return safe;
	});
	states[protecting ?? candidates[0]!] = 'aanvullend';
	return true;
}

/** Reduces the unit vector e_v against the echelon form of the identities on hidden counts. */
function isDetermined(states: CountState[], relations: readonly Relation[], v: number): boolean {
	const width = states.length;
	const unknown = (i: number) => states[i] !== 'shown';
	let remaining = relations.map(({ total, members }) => {
		const row = new Array<number>(width).fill(0);
		for (const m of members) if (unknown(m)) row[m]! += 1;
		if (unknown(total)) row[total]! -= 1;
		return row;
	});
	const target = new Array<number>(width).fill(0);
	target[v] = 1;
	for (let column = 0; column < width && remaining.length > 0; column++) {
		const at = remaining.findIndex((r) => Math.abs(r[column]!) > 1e-9);
		if (at < 0) continue;
		const pivot = remaining[at]!;
		remaining = remaining.filter((_, i) => i !== at);
		for (const r of [...remaining, target]) {
			const factor = r[column]! / pivot[column]!;
			if (factor !== 0) for (let k = column; k < width; k++) r[k]! -= factor * pivot[k]!;
		}
	}
	return target.every((x) => Math.abs(x) < 1e-9);
}
