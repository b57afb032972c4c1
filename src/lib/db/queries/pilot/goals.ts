import { resolveMeta } from '../meta';
import { indicatorOverrides } from '../explore';
import { transaction, type Db } from '../../sql';

/**
 * The doelenboom of a pilot (tables goal and target) and the numbers its targets are measured
 * with: process registration, outcomes per meetmoment (aggregated here, in SQL: person rows never
 * leave the database) and context indicators of the explorer. Every write is one transaction,
 * followed by CHECKPOINT so it survives a reload (OPFS).
 */

export interface GoalRecord {
	id: string;
	parentId: string | null;
	level: 'hoofddoel' | 'subdoel';
	text: string;
	owner: string | null;
}

export interface TargetRecord {
	id: string;
	goalId: string;
	indicatorRef: string;
	areaCode: string | null;
	grp: string | null;
	baseline: number | null;
	baselineDate: string | null;
	targetValue: number;
	targetType: 'absolute' | 'pp_change' | 'relative_change' | 'min_reach';
	targetDate: string | null;
}

async function write(db: Db, work: () => Promise<void>) {
	await transaction(db, work);
	await db.run('CHECKPOINT');
}

/** Goals in the order they were added (DuckDB keeps a row's rowid when it is updated). */
export function listGoals(db: Db, pilotId: string): Promise<GoalRecord[]> {
	return db.all<GoalRecord>(
		`SELECT id, parent_id AS parentId, level, text, owner FROM goal WHERE pilot_id = ? ORDER BY rowid`,
		[pilotId]
	);
}

export function listTargets(db: Db, pilotId: string): Promise<TargetRecord[]> {
	return db.all<TargetRecord>(
		`SELECT t.id, t.goal_id AS goalId, t.indicator_ref AS indicatorRef, t.area_code AS areaCode,
			t.grp, t.baseline, strftime(t.baseline_date, '%Y-%m-%d') AS baselineDate,
			t.target_value AS targetValue, t.target_type AS targetType,
			strftime(t.target_date, '%Y-%m-%d') AS targetDate
		FROM target t JOIN goal g ON g.id = t.goal_id
		WHERE g.pilot_id = ? ORDER BY t.rowid`,
		[pilotId]
	);
}

export async function addGoal(
	db: Db,
	pilotId: string,
	goal: Omit<GoalRecord, 'id'>
): Promise<string> {
	const id = crypto.randomUUID();
	await write(db, () =>
		db.run('INSERT INTO goal VALUES (?, ?, ?, ?, ?, ?)', [
			id,
			pilotId,
			goal.parentId,
			goal.level,
			goal.text,
			goal.owner
		])
	);
	return id;
}

export async function updateGoal(
	db: Db,
	id: string,
	fields: { text: string; owner: string | null }
) {
	await write(db, () =>
		db.run('UPDATE goal SET text = ?, owner = ? WHERE id = ?', [fields.text, fields.owner, id])
	);
}

const subtree = `WITH RECURSIVE tree(id) AS (
	SELECT id FROM goal WHERE id = ?
	UNION ALL SELECT g.id FROM goal g JOIN tree ON g.parent_id = tree.id
) SELECT id FROM tree`;

/** Deletes a goal with everything under it: its subdoelen and all their targets. */
export async function deleteGoal(db: Db, id: string) {
	await write(db, async () => {
		await db.run(`DELETE FROM target WHERE goal_id IN (${subtree})`, [id]);
		await db.run(`DELETE FROM goal WHERE id IN (${subtree})`, [id]);
	});
}

const targetValues = (t: Omit<TargetRecord, 'id'>) => [
	t.goalId,
	t.indicatorRef,
	t.areaCode,
	t.grp,
	t.baseline,
	t.baselineDate,
	t.targetValue,
	t.targetType,
	t.targetDate
];

export async function addTarget(db: Db, target: Omit<TargetRecord, 'id'>): Promise<string> {
	const id = crypto.randomUUID();
	await write(db, () =>
		db.run('INSERT INTO target VALUES (?, ?, ?, ?, ?, ?, ?::DATE, ?, ?, ?::DATE)', [
			id,
			...targetValues(target)
		])
	);
	return id;
}

export async function updateTarget(db: Db, target: TargetRecord) {
	await write(db, () =>
		db.run(
			`UPDATE target SET goal_id = ?, indicator_ref = ?, area_code = ?, grp = ?, baseline = ?,
				baseline_date = ?::DATE, target_value = ?, target_type = ?, target_date = ?::DATE
			WHERE id = ?`,
			[...targetValues(target), target.id]
		)
	);
}

export async function deleteTarget(db: Db, id: string) {
	await write(db, () => db.run('DELETE FROM target WHERE id = ?', [id]));
}

export interface PilotArea {
	code: string;
	name: string | null;
}

const pilotAreaCodes = `SELECT area_code FROM participant WHERE pilot_id = ?
	UNION SELECT area_code FROM process_record WHERE pilot_id = ?
	UNION SELECT area_code FROM pilot_aggregate WHERE pilot_id = ?`;

/** The wijken a pilot has data for, with their names when the area register knows them. */
export function pilotAreas(db: Db, pilotId: string): Promise<PilotArea[]> {
	return db.all<PilotArea>(
		`SELECT c.area_code AS code, any_value(a.name) AS name
		FROM (${pilotAreaCodes}) c LEFT JOIN area a ON a.code = c.area_code
		WHERE c.area_code IS NOT NULL GROUP BY c.area_code ORDER BY c.area_code`,
		[pilotId, pilotId, pilotId]
	);
}

export interface ProcessRecordRow {
	periodLabel: string;
	periodStart: string;
	periodEnd: string;
	areaCode: string | null;
	measure: string;
	value: number | null;
}

/** All process registration of a pilot (one row per period, wijk and measure). */
export function processRecords(db: Db, pilotId: string): Promise<ProcessRecordRow[]> {
	return db.all<ProcessRecordRow>(
		`SELECT period_label AS periodLabel, strftime(period_start, '%Y-%m-%d') AS periodStart,
			strftime(period_end, '%Y-%m-%d') AS periodEnd, area_code AS areaCode, measure, value
		FROM process_record WHERE pilot_id = ?
		ORDER BY period_start, area_code NULLS FIRST, measure`,
		[pilotId]
	);
}

export interface OutcomeMomentRow {
	moment: string;
	areaCode: string | null;
	total: boolean;
	n: number;
	mean: number | null;
	sd: number | null;
	successes: number | null;
	share: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	date: string | null;
}

/**
 * One outcome of one group per meetmoment: for all wijken together (total) and per wijk. Person
 * data are aggregated here; `date` is the middle measurement date (lower median). Tables give
 * their own rows (a row without wijk is the total) and have no dates.
 */
export function outcomeMoments(
	db: Db,
	pilotId: string,
	outcome: string,
	basis: 'person' | 'table',
	grp: string
): Promise<OutcomeMomentRow[]> {
	if (basis === 'table') {
		return db.all<OutcomeMomentRow>(
			`SELECT moment, area_code AS areaCode, area_code IS NULL AS total, n, mean, sd,
				NULL::INTEGER AS successes, share, ci_low AS ciLow, ci_high AS ciHigh,
				NULL::VARCHAR AS date
			FROM pilot_aggregate WHERE pilot_id = ? AND outcome = ? AND grp = ? AND n IS NOT NULL
			ORDER BY moment, area_code NULLS FIRST`,
			[pilotId, outcome, grp]
		);
	}
	return db.all<OutcomeMomentRow>(
		`SELECT m.moment, p.area_code AS areaCode, GROUPING(p.area_code) = 1 AS total,
			count(*)::INTEGER AS n, avg(m.score) AS mean, stddev_samp(m.score) AS sd,
			sum(CASE WHEN m.score = 1 THEN 1 ELSE 0 END)::INTEGER AS successes,
			NULL::DOUBLE AS share, NULL::DOUBLE AS ciLow, NULL::DOUBLE AS ciHigh,
			strftime(quantile_disc(m.measured_on, 0.5), '%Y-%m-%d') AS date
		FROM measurement m JOIN participant p USING (pilot_id, participant_id)
		WHERE m.pilot_id = ? AND m.outcome = ? AND p.grp = ?
		GROUP BY GROUPING SETS ((m.moment), (m.moment, p.area_code))
		ORDER BY m.moment, total DESC, p.area_code NULLS FIRST`,
		[pilotId, outcome, grp]
	);
}

export interface ContextIndicator {
	id: string;
	name: string;
	unit: string | null;
}

/** The gemeente of the pilot's wijken in the explorer's data, when they lie in exactly one. */
const pilotGemeente = `SELECT CASE WHEN count(DISTINCT gemeente_code) = 1 THEN any_value(gemeente_code) END
	FROM observation WHERE area_level = 'WK' AND area_code IN (${pilotAreaCodes})`;

/** Explorer indicators with values for the pilot's wijken, named as the explorer names them. */
export async function contextIndicators(db: Db, pilotId: string): Promise<ContextIndicator[]> {
	const rows = await db.all<{ id: string; unit: string | null }>(
		`SELECT i.id, any_value(i.unit) AS unit FROM indicator i
		WHERE i.id IN (SELECT indicator_id FROM observation
			WHERE area_level = 'WK' AND area_code IN (${pilotAreaCodes}))
		GROUP BY i.id`,
		[pilotId, pilotId, pilotId]
	);
	const overrides = await indicatorOverrides(db);
	return rows
		.map((r) => {
			const meta = resolveMeta(r.id, r.unit, overrides[r.id] ?? null);
			return { id: r.id, name: meta.name, unit: meta.unit };
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export interface ContextRow {
	areaCode: string;
	total: boolean;
	areaName: string | null;
	periodLabel: string;
	periodStart: string;
	periodEnd: string;
	value: number | null;
	n: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

/**
 * One explorer indicator for the pilot's wijken and their gemeente (the total row), every period.
 */
export function contextRows(db: Db, pilotId: string, indicatorId: string): Promise<ContextRow[]> {
	return db.all<ContextRow>(
		`SELECT o.area_code AS areaCode, o.area_level = 'GM' AS total, a.name AS areaName,
			o.period_label AS periodLabel, o.period_start AS periodStart, o.period_end AS periodEnd,
			o.value, o.n, o.ci_low AS ciLow, o.ci_high AS ciHigh
		FROM observation o JOIN source s ON s.id = o.source_id
		LEFT JOIN (SELECT code, any_value(name) AS name FROM area GROUP BY code) a ON a.code = o.area_code
		WHERE o.indicator_id = ?
			AND ((o.area_level = 'WK' AND o.area_code IN (${pilotAreaCodes}))
				OR (o.area_level = 'GM' AND o.area_code = (${pilotGemeente})))
		-- One value per wijk and period: the whole population when a file also splits it up, and
		-- of the file added last when files overlap (as in the explorer, newestFileOnly).
		QUALIFY row_number() OVER (PARTITION BY o.area_code, o.period_label
			ORDER BY o.grp = 'totaal' DESC, o.subgroup IS NULL DESC, o.subgroup = 'totaal' DESC,
				o.subgroup, s.imported_at DESC, s.id DESC) = 1
		ORDER BY o.period_start, total DESC, o.area_code`,
		[indicatorId, pilotId, pilotId, pilotId, pilotId, pilotId, pilotId]
	);
}
