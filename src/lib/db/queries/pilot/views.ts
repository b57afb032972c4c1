import { transaction, type Db } from '../../sql';

/**
 * Reads for the pilot views. Everything here returns aggregates (counts, means, sd per group and
 * meetmoment) except `survivalRecords`, whose per-person dates stay inside the pilot module: the
 * Effect view turns them into Kaplan–Meier curves and never shows or exports them.
 */

export type Design = 'gerandomiseerd' | 'vergelijkingsgroep' | 'voor_na';
export const designs: Design[] = ['gerandomiseerd', 'vergelijkingsgroep', 'voor_na'];

export interface PilotSummary {
	id: string;
	name: string;
	design: Design | null;
	participants: number;
	measurements: number;
	processRows: number;
	aggregates: number;
	groups: string[];
}

export async function listPilots(db: Db): Promise<PilotSummary[]> {
	const rows = await db.all<Omit<PilotSummary, 'groups'> & { groups: string | null }>(
		`SELECT p.id, any_value(p.name) AS name, any_value(p.design) AS design,
			(SELECT count(*) FROM participant WHERE pilot_id = p.id)::INTEGER AS participants,
			(SELECT count(*) FROM measurement WHERE pilot_id = p.id)::INTEGER AS measurements,
			(SELECT count(*) FROM process_record WHERE pilot_id = p.id)::INTEGER AS processRows,
			(SELECT count(*) FROM pilot_aggregate WHERE pilot_id = p.id)::INTEGER AS aggregates,
			(SELECT string_agg(DISTINCT grp, '|' ORDER BY grp) FROM (
				SELECT grp FROM participant WHERE pilot_id = p.id
				UNION SELECT grp FROM pilot_aggregate WHERE pilot_id = p.id)) AS groups
		FROM pilot p GROUP BY p.id ORDER BY name`
	);
	return rows
		.map((r) => ({ ...r, groups: r.groups ? r.groups.split('|') : [] }))
		.filter((r) => r.participants + r.measurements + r.processRows + r.aggregates > 0);
}

export async function setPilotDesign(db: Db, pilotId: string, design: Design | null) {
	await db.run('UPDATE pilot SET design = ? WHERE id = ?', [design, pilotId]);
	await db.run('CHECKPOINT');
}

const THRESHOLD_KEY = 'suppression_threshold';
export const DEFAULT_THRESHOLD = 10;

/** Cells with fewer people than this are hidden in every pilot aggregate (per workspace). */
export async function suppressionThreshold(db: Db): Promise<number> {
	const rows = await db.all<{ value: string }>('SELECT value FROM app_setting WHERE key = ?', [
		THRESHOLD_KEY
	]);
	const value = Number(rows[0]?.value);
	return Number.isInteger(value) && value >= 1 ? value : DEFAULT_THRESHOLD;
}

export async function setSuppressionThreshold(db: Db, threshold: number) {
	if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError('threshold');
	await transaction(db, async () => {
		await db.run('DELETE FROM app_setting WHERE key = ?', [THRESHOLD_KEY]);
		await db.run('INSERT INTO app_setting VALUES (?, ?)', [THRESHOLD_KEY, String(threshold)]);
	});
	await db.run('CHECKPOINT');
}

export interface ProcessRow {
	periodLabel: string;
	periodStart: string;
	/** null: the row is for the whole pilot, not one wijk. */
	areaCode: string | null;
	areaName: string | null;
	measure: string;
	value: number;
}

/** Process registration as stored: one value per period, wijk and measure. */
export async function processRows(db: Db, pilotId: string): Promise<ProcessRow[]> {
	return db.all<ProcessRow>(
		`SELECT r.period_label AS periodLabel, strftime(r.period_start, '%Y-%m-%d') AS periodStart,
			r.area_code AS areaCode, a.name AS areaName, r.measure, r.value
		FROM process_record r
		LEFT JOIN (SELECT code, any_value(name) AS name FROM area GROUP BY code) a ON a.code = r.area_code
		WHERE r.pilot_id = ?
		ORDER BY r.period_start, r.area_code NULLS FIRST, r.measure`,
		[pilotId]
	);
}

export interface PilotOutcome {
	outcome: string;
	label: string;
	unit: string | null;
	kind: 'mean' | 'share';
	/** person: from participant-level measurements; table: from aggregated outcome tables. */
	basis: 'person' | 'table';
}

export async function pilotOutcomes(db: Db, pilotId: string): Promise<PilotOutcome[]> {
	const rows = await db.all<PilotOutcome>(
		`SELECT outcome, any_value(label) AS label, any_value(unit) AS unit, any_value(kind) AS kind,
			'person' AS basis
		FROM pilot_outcome WHERE pilot_id = ? AND outcome IN (SELECT DISTINCT outcome FROM measurement WHERE pilot_id = ?)
		GROUP BY outcome
		UNION ALL
		SELECT outcome, outcome AS label, NULL AS unit,
			CASE WHEN bool_and(share IS NOT NULL) THEN 'share' ELSE 'mean' END AS kind, 'table' AS basis
		FROM pilot_aggregate WHERE pilot_id = ? GROUP BY outcome
		ORDER BY basis, label`,
		[pilotId, pilotId, pilotId]
	);
	return rows;
}

export interface GroupMoment {
	grp: string;
	moment: string;
	n: number;
	mean: number | null;
	sd: number | null;
	/** Shares: people with score 1 (person data) or the share in % (tables). */
	successes: number | null;
	/** Tables only: the share in % and interval as delivered. */
	share: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

const momentOrder = `CASE moment WHEN 'nulmeting' THEN 0 WHEN 'tussenmeting' THEN 1
	WHEN 'eindmeting' THEN 2 WHEN 'follow-up' THEN 3 ELSE 4 END`;

/** n, mean and sd (and successes for 0/1 outcomes) per group and meetmoment. */
export async function groupMoments(
	db: Db,
	pilotId: string,
	outcome: string,
	basis: PilotOutcome['basis'],
	areaCode: string | null = null
): Promise<GroupMoment[]> {
	if (basis === 'table') {
		return db.all<GroupMoment>(
			`SELECT grp, moment, n, mean, sd, NULL AS successes, share, ci_low AS ciLow, ci_high AS ciHigh
			FROM pilot_aggregate
			WHERE pilot_id = ? AND outcome = ? AND area_code IS NOT DISTINCT FROM ?
			ORDER BY grp, ${momentOrder}`,
			[pilotId, outcome, areaCode]
		);
	}
	return db.all<GroupMoment>(
		`SELECT p.grp, m.moment, count(*)::INTEGER AS n, avg(m.score) AS mean, stddev_samp(m.score) AS sd,
			sum(CASE WHEN m.score = 1 THEN 1 ELSE 0 END)::INTEGER AS successes,
			NULL AS share, NULL AS ciLow, NULL AS ciHigh
		FROM measurement m JOIN participant p USING (pilot_id, participant_id)
		WHERE m.pilot_id = ? AND m.outcome = ? AND (? IS NULL OR p.area_code = ?)
		GROUP BY p.grp, m.moment
		ORDER BY p.grp, ${momentOrder.replaceAll('moment', 'm.moment')}`,
		[pilotId, outcome, areaCode, areaCode]
	);
}

export interface GroupChange {
	grp: string;
	moment: string;
	/** People measured at nulmeting and at this moment. */
	n: number;
	meanChange: number | null;
	sdChange: number | null;
	/** Score at nulmeting of the same people, for standardised effect sizes. */
	baselineMean: number | null;
	baselineSd: number | null;
}

/** Within-person change since nulmeting, per group and later meetmoment. */
export async function groupChanges(
	db: Db,
	pilotId: string,
	outcome: string,
	areaCode: string | null = null
): Promise<GroupChange[]> {
	return db.all<GroupChange>(
		`WITH scored AS (
			SELECT p.grp, m.participant_id, m.moment, m.score
			FROM measurement m JOIN participant p USING (pilot_id, participant_id)
			WHERE m.pilot_id = ? AND m.outcome = ? AND (? IS NULL OR p.area_code = ?)
		)
		SELECT f.grp, f.moment, count(*)::INTEGER AS n, avg(f.score - b.score) AS meanChange,
			stddev_samp(f.score - b.score) AS sdChange, avg(b.score) AS baselineMean,
			stddev_samp(b.score) AS baselineSd
		FROM scored f JOIN scored b ON b.participant_id = f.participant_id AND b.moment = 'nulmeting'
		WHERE f.moment <> 'nulmeting'
		GROUP BY f.grp, f.moment
		ORDER BY f.grp, ${momentOrder.replaceAll('moment', 'f.moment')}`,
		[pilotId, outcome, areaCode, areaCode]
	);
}

export interface SurvivalRecord {
	grp: string;
	start: string;
	exitDate: string | null;
	exitType: string | null;
	/** Last date the person's situation is known: einddatum, else the latest date in the data. */
	censorDate: string;
}

/** Per participant: start, outflow and censoring date. Stays inside the pilot module. */
export async function survivalRecords(
	db: Db,
	pilotId: string,
	areaCode: string | null = null
): Promise<SurvivalRecord[]> {
	return db.all<SurvivalRecord>(
		`WITH latest AS (
			SELECT greatest(max(start_date), max(coalesce(end_date, start_date)),
				max(coalesce(exit_date, start_date))) AS d
			FROM participant WHERE pilot_id = ?
		)
		SELECT grp, strftime(start_date, '%Y-%m-%d') AS start,
			strftime(exit_date, '%Y-%m-%d') AS exitDate, exit_type AS exitType,
			strftime(coalesce(end_date, (SELECT d FROM latest)), '%Y-%m-%d') AS censorDate
		FROM participant WHERE pilot_id = ? AND (? IS NULL OR area_code = ?)
		ORDER BY grp, start_date`,
		[pilotId, pilotId, areaCode, areaCode]
	);
}

/** Participants per wijk and group, for the reach table (suppressed before it is shown). */
export async function participantsByArea(db: Db, pilotId: string) {
	return db.all<{ areaCode: string | null; areaName: string | null; grp: string; n: number }>(
		`SELECT p.area_code AS areaCode, any_value(a.name) AS areaName, p.grp, count(*)::INTEGER AS n
		FROM participant p
		LEFT JOIN (SELECT code, any_value(name) AS name FROM area GROUP BY code) a ON a.code = p.area_code
		WHERE p.pilot_id = ?
		GROUP BY p.area_code, p.grp ORDER BY p.area_code, p.grp`,
		[pilotId]
	);
}

/** Wijken with participants or aggregated outcomes in this pilot, for the Effect view's wijk choice. */
export async function pilotAreas(db: Db, pilotId: string) {
	return db.all<{ areaCode: string; areaName: string | null }>(
		`SELECT x.area_code AS areaCode, any_value(a.name) AS areaName
		FROM (SELECT area_code FROM participant WHERE pilot_id = ?
			UNION SELECT area_code FROM pilot_aggregate WHERE pilot_id = ?) x
		LEFT JOIN (SELECT code, any_value(name) AS name FROM area GROUP BY code) a ON a.code = x.area_code
		WHERE x.area_code IS NOT NULL
		GROUP BY x.area_code ORDER BY x.area_code`,
		[pilotId, pilotId]
	);
}

export interface EffectCount {
	/**
	 * Person data: the participant's wijk (null = no wijk given). Tables: the row's wijk, where null
	 * is the row for all wijken together.
	 */
	areaCode: string | null;
	grp: string;
	moment: string;
	/** People measured at this moment. */
	n: number;
	/** Person data: people measured at this moment and at the nulmeting; null for tables. */
	pairs: number | null;
}

/**
 * How many people stand behind each group × meetmoment number, per wijk: the Effect view hides
 * small cells across all wijken at once, so a hidden wijk cannot be computed back from the total.
 */
export async function effectCounts(
	db: Db,
	pilotId: string,
	outcome: string,
	basis: PilotOutcome['basis']
): Promise<EffectCount[]> {
	if (basis === 'table') {
		return db.all<EffectCount>(
			`SELECT area_code AS areaCode, grp, moment, n::INTEGER AS n, NULL::INTEGER AS pairs
			FROM pilot_aggregate WHERE pilot_id = ? AND outcome = ?
			ORDER BY area_code NULLS FIRST, grp, moment`,
			[pilotId, outcome]
		);
	}
	return db.all<EffectCount>(
		`WITH scored AS (
			SELECT p.area_code, p.grp, m.participant_id, m.moment
			FROM measurement m JOIN participant p USING (pilot_id, participant_id)
			WHERE m.pilot_id = ? AND m.outcome = ?
		)
		SELECT s.area_code AS areaCode, s.grp, s.moment, count(*)::INTEGER AS n,
			count(b.participant_id)::INTEGER AS pairs
		FROM scored s LEFT JOIN scored b
			ON b.participant_id = s.participant_id AND b.moment = 'nulmeting' AND s.moment <> 'nulmeting'
		GROUP BY s.area_code, s.grp, s.moment
		ORDER BY s.area_code NULLS FIRST, s.grp, s.moment`,
		[pilotId, outcome]
	);
}
