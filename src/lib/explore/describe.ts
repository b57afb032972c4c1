import { formatValue } from '$lib/charts/format';
import type { LineSeries } from '$lib/charts/line/model';
import { text } from '$lib/text.nl';

/**
 * The text alternative of a trend chart: what is shown, and per line its first and last value
 * and the periods without a value.
 */
export function describeTrend(
	series: LineSeries[],
	context: { indicator: string; gemeente: string; unit: string | null; decimals: number }
): string {
	const periods = series[0]?.points.map((p) => p.period) ?? [];
	const parts = [
		text.altText.summary(
			context.indicator,
			context.gemeente,
			periods[0] ?? '',
			periods.at(-1) ?? '',
			series.length
		)
	];
	for (const s of series) {
		const present = s.points.filter((p) => p.value !== null);
		const first = present[0];
		const last = present.at(-1);
		if (!first || !last) {
			parts.push(text.altText.seriesEmpty(s.label));
			continue;
		}
		const fmt = (v: number | null) => formatValue(v, context.unit, context.decimals);
		parts.push(
			first === last
				? text.altText.seriesOne(s.label, first.period, fmt(first.value))
				: text.altText.series(s.label, first.period, fmt(first.value), last.period, fmt(last.value))
		);
		const gaps = s.points.filter((p) => p.value === null).map((p) => p.period);
		if (gaps.length > 0) parts.push(text.altText.gaps(s.label, gaps.join(', ')));
	}
	return parts.join(' ');
}
