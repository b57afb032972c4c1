import type { DotReference, DotRow } from '$lib/charts/dots/model';
import type { TrendRow } from '$lib/db/queries/explore';
import type { IndicatorMeta } from '$lib/db/queries/meta';
import { differenceFrom, intervalOf, judge } from './compare';
import { isCount } from '$lib/catalog/units';

export interface Comparison {
	rows: DotRow[];
	references: DotReference[];
	/** At least one wijk could be tested against the gemeente. */
	tested: boolean;
	/**
	 * Why nothing was tested: the values are counts (not compared, no references), no gemeente
	 * value in this period, or no interval for any wijk.
	 */
	untested: 'aantallen' | 'geen_gemeente' | 'geen_marge' | null;
}

/**
 * The wijken of one period against their gemeente (and Nederland as context). A wijk is flagged
 * only when its 95% interval excludes the gemeente's value; better/worse follows the direction.
 */
export function buildComparison(
	rows: TrendRow[],
	period: string,
	meta: Pick<IndicatorMeta, 'unit' | 'direction'>,
	names: { gemeente: string; nederland: string }
): Comparison {
	const inPeriod = rows.filter((r) => r.period === period);
	const counts = isCount(meta.unit);
	const reference = (level: TrendRow['level']) =>
		counts ? null : (inPeriod.find((r) => r.level === level && r.value !== null) ?? null);
	const gemeente = reference('GM');
	const nederland = reference('NL');
	let tested = false;
	let withInterval = false;
	const dotRows = inPeriod
		.filter((r) => r.level === 'WK' || r.level === 'custom')
		.map((r) => {
			const interval =
				r.value === null
					? null
					: intervalOf({ value: r.value, low: r.ci_low, high: r.ci_high, n: r.n }, meta.unit);
			if (interval) withInterval = true;
			const difference = differenceFrom(interval, gemeente?.value ?? null);
			if (difference !== 'niet_getoetst') tested = true;
			return {
				key: r.code,
				label: r.name,
				value: r.value,
				low: interval?.low ?? null,
				high: interval?.high ?? null,
				judgement: judge(difference, meta.direction),
				difference,
				missing: r.missing
			};
		});
	const references: DotReference[] = [];
	if (gemeente)
		references.push({ key: gemeente.code, label: names.gemeente, value: gemeente.value! });
	if (nederland)
		references.push({ key: nederland.code, label: names.nederland, value: nederland.value! });
	const untested = tested
		? null
		: counts
			? 'aantallen'
			: withInterval && !gemeente
				? 'geen_gemeente'
				: 'geen_marge';
	return { rows: dotRows, references, tested, untested };
}
