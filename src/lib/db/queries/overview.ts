/** The Overzicht's query: loaded with that view, not with the page. */
import { oneKindPerIndicator, oneSlicePerIndicator } from '$lib/explore/one-per-indicator';
import type { Db } from '../sql';
import { newestFileOnly, type TrendRow } from './explore';

export interface OverviewRow extends Omit<TrendRow, 'level'> {
	indicator: string;
	level: 'GM' | 'WK' | 'custom';
	/** A model estimate (RIVM small-area estimation), not a direct measurement. */
	model: boolean;
}

/** Every value of every indicator for a gemeente and its wijken: the Overzicht's input. */
export function gemeenteOverview(db: Db, gemeente: string): Promise<OverviewRow[]> {
	return db.all<OverviewRow>(
		`SELECT o.indicator_id AS indicator, o.area_code AS code, o.area_level AS level,
			coalesce(a.name, o.area_code) AS name, o.period_label AS period, o.period_start AS start,
			o.value, o.missing_reason AS missing, o.ci_low, o.ci_high, o.n, o.subgroup, o.moment,
			o.granularity, coalesce(o.estimate_type = 'model_estimate', false) AS model
		FROM observation o JOIN source s ON s.id = o.source_id
		LEFT JOIN (SELECT code, any_value(name) AS name FROM area GROUP BY code) a ON a.code = o.area_code
		WHERE o.gemeente_code = ? AND o.area_level IN ('GM', 'WK', 'custom')
		${newestFileOnly('o.indicator_id, o.area_code, o.period_label, o.subgroup, o.moment')}
		ORDER BY o.indicator_id, o.area_level, name, o.period_start`,
		[gemeente]
	);
}

/**
 * What the Overzicht shows of a gemeente: per indicator one group and meetmoment (`slice`, the
 * one chosen for the current indicator where an indicator has it) and one kind of period
 * (`kind`, likewise); `sliced` lists the indicators that had more than one group or meetmoment.
 */
export async function overviewRows(
	db: Db,
	gemeente: string,
	slice: string | null,
	kind: string | null
): Promise<{ rows: OverviewRow[]; sliced: string[] }> {
	const sliced = oneSlicePerIndicator(await gemeenteOverview(db, gemeente), slice);
	return { ...sliced, rows: oneKindPerIndicator(sliced.rows, kind) };
}
