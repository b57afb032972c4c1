import type { Direction } from '$lib/catalog/indicators';
import { isPercent } from '$lib/catalog/units';

/** Two-sided 95%: the normal quantile 1.959964 (Φ⁻¹(0.975)). */
const Z95 = 1.959964;

export interface CompareInput {
	value: number | null;
	low: number | null;
	high: number | null;
	n: number | null;
}

export interface Interval {
	low: number;
	high: number;
	/** 'bron': bounds given by the source; 'wilson': computed from n for a percentage. */
	origin: 'bron' | 'wilson';
}

/**
 * The 95% interval of a value: the source's bounds when it gives them, otherwise — for a
 * percentage with a known number of respondents — the Wilson score interval
 * (p̂ + z²/2n ± z·√(p̂(1-p̂)/n + z²/4n²)) / (1 + z²/n). Otherwise none: then nothing is tested.
 */
export function intervalOf(row: CompareInput, unit: string | null): Interval | null {
	if (row.low !== null && row.high !== null && row.low <= row.high)
		return { low: row.low, high: row.high, origin: 'bron' };
	if (!isPercent(unit) || row.value === null || row.n === null || row.n <= 0) return null;
	const p = row.value / 100;
	if (p < 0 || p > 1) return null;
	const n = row.n;
	const z2 = Z95 * Z95;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
	return { low: (centre - half) * 100, high: (centre + half) * 100, origin: 'wilson' };
}

export type Difference = 'hoger' | 'lager' | 'geen_verschil' | 'niet_getoetst';

/**
 * Differs a wijk from the reference (its gemeente)? Only when the wijk's 95% interval lies wholly
 * above or below the reference value. Without an interval the difference is not tested.
 */
export function differenceFrom(interval: Interval | null, reference: number | null): Difference {
	if (interval === null || reference === null) return 'niet_getoetst';
	if (interval.low > reference) return 'hoger';
	if (interval.high < reference) return 'lager';
	return 'geen_verschil';
}

export type Judgement = 'gunstiger' | 'ongunstiger' | Difference;

/** Better or worse only when the indicator says which direction is better; else just higher/lower. */
export function judge(difference: Difference, direction: Direction): Judgement {
	if (difference !== 'hoger' && difference !== 'lager') return difference;
	if (direction === 'neutraal') return difference;
	const better = (difference === 'hoger') === (direction === 'hoger_is_beter');
	return better ? 'gunstiger' : 'ongunstiger';
}
