/** A two-sided confidence interval around an estimate; `level` is its coverage, e.g. 0.95. */
export interface Interval {
	low: number;
	high: number;
	level: number;
}

/**
 * The summary of one sample: number of observations, mean and sample standard deviation (divisor
 * n − 1). `mean` is null when n = 0, `sd` when n < 2 or when the source did not give it.
 */
export interface SampleSummary {
	n: number;
	mean: number | null;
	sd: number | null;
}

/** Throws on a coverage that is not strictly between 0 and 1 (a programmer error). */
export function checkLevel(level: number): void {
	if (!(level > 0 && level < 1)) throw new RangeError(`level must lie in (0, 1), got ${level}`);
}

/** Throws on a count that is not a whole number ≥ 0 (a programmer error). */
export function checkCount(name: string, n: number): void {
	if (!Number.isInteger(n) || n < 0)
		throw new RangeError(`${name} must be a whole number ≥ 0, got ${n}`);
}
