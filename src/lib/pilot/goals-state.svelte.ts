import {
	addGoal,
	addTarget,
	contextIndicators,
	contextRows,
	deleteGoal,
	deleteTarget,
	listGoals,
	listTargets,
	outcomeMoments,
	pilotAreas,
	processRecords,
	updateGoal,
	updateTarget,
	type ProcessRecordRow
} from '$lib/db/queries/pilot/goals';
import { pilotOutcomes, type PilotOutcome, type PilotSummary } from '$lib/db/queries/pilot/views';
import { processData, type ProcessData } from './process';
import { hideAsProcess } from './process-goals';
import type { Db } from '$lib/db/sql';
import {
	contextSeries,
	effectSeries,
	latestRows,
	processSeries,
	progressOf,
	scopeRow,
	earliestRow,
	suppressSeries,
	type Progress,
	type ShownRow
} from './goal-progress';
import {
	DEFAULT_GROUP,
	effectOptions,
	goalTree,
	processOptions,
	parseRef,
	type Goal,
	type GoalLevel,
	type IndicatorOption,
	type Target,
	type TargetFields
} from './goals';

/** One target with what the view shows about it. */
export interface TargetView {
	target: Target;
	option: IndicatorOption | null;
	/** Latest value per wijk: the target's own wijk, or all wijken plus their total. */
	rows: ShownRow[];
	progress: Progress;
}

/** The doelenboom of one pilot, the indicators it can use and the progress of every target. */
export class GoalsState {
	goals = $state<Goal[]>([]);
	targets = $state<Target[]>([]);
	options = $state<IndicatorOption[]>([]);
	areas = $state<{ code: string; name: string | null }[]>([]);
	views = $state<Record<string, TargetView>>({});
	loaded = $state(false);
	readonly tree = $derived(goalTree(this.goals, this.targets));

	#outcomes: PilotOutcome[] = [];
	#records: ProcessRecordRow[] = [];
	/** The registration as the Proces view reads it, to hide the same counts (process-goals). */
	#process: ProcessData | null = null;
	#names = $state<Record<string, string>>({});

	constructor(
		private readonly db: Db,
		private readonly pilot: PilotSummary,
		private readonly threshold: number
	) {}

	get groups(): string[] {
		return this.pilot.groups;
	}

	areaName(code: string | null): string | null {
		return code === null ? null : (this.#names[code] ?? null);
	}

	async load() {
		const id = this.pilot.id;
		this.#records = await processRecords(this.db, id);
		// The same rows, in the same order, as the Proces view reads (processRows): its suppression
		// pattern is rebuilt exactly, without reading the registration a second time. Names are
		// not needed for that.
		this.#process = processData(
			this.#records.map((r) => ({ ...r, areaName: null, value: r.value as number }))
		);
		this.#outcomes = await pilotOutcomes(this.db, id);
		const context = await contextIndicators(this.db, id);
		this.areas = await pilotAreas(this.db, id);
		for (const a of this.areas) if (a.name) this.#names[a.code] = a.name;
		this.options = [
			...processOptions(this.#records),
			...effectOptions(this.#outcomes),
			...context.map((c): IndicatorOption => ({
				ref: `context:${c.id}`,
				kind: 'context',
				label: c.name,
				unit: c.unit
			}))
		];
		await this.reload();
		this.loaded = true;
	}

	/** Reads the tree again and recomputes every target's progress. */
	async reload() {
		this.goals = (await listGoals(this.db, this.pilot.id)) as Goal[];
		this.targets = await listTargets(this.db, this.pilot.id);
		// One read per indicator and group; local to this call, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const cache = new Map<string, Promise<ShownRow[]>>();
		const views: Record<string, TargetView> = {};
		for (const target of this.targets) {
			const key = `${target.indicatorRef}|${target.grp ?? ''}`;
			if (!cache.has(key)) cache.set(key, this.series(target.indicatorRef, target.grp));
			const latest = latestRows(await cache.get(key)!);
			const scope = scopeRow(latest, target.areaCode);
			views[target.id] = {
				target,
				option: this.options.find((o) => o.ref === target.indicatorRef) ?? null,
				rows: target.areaCode === null ? latest : scope ? [scope] : [],
				progress: progressOf(target, scope)
			};
		}
		this.views = views;
	}

	/** Every value of an indicator (per wijk and period), after small-cell suppression. */
	async series(ref: string, grp: string | null): Promise<ShownRow[]> {
		const parsed = parseRef(ref);
		if (!parsed) return [];
		if (parsed.kind === 'proces') {
			const own = suppressSeries(processSeries(this.#records, parsed.id), this.threshold, 'pilot');
			return this.#process ? hideAsProcess(own, this.#process, parsed.id, this.threshold) : own;
		}
		if (parsed.kind === 'effect') {
			const outcome = this.#outcomes.find((o) => o.outcome === parsed.id);
			if (!outcome) return [];
			const group = grp ?? DEFAULT_GROUP;
			const rows = await outcomeMoments(this.db, this.pilot.id, parsed.id, outcome.basis, group);
			return suppressSeries(effectSeries(rows, outcome.kind), this.threshold, 'pilot');
		}
		const rows = await contextRows(this.db, this.pilot.id, parsed.id);
		for (const r of rows) if (r.total && r.areaName) this.#names[r.areaCode] = r.areaName;
		return suppressSeries(contextSeries(rows), this.threshold, 'public');
	}

	/** The first value that may be shown for an indicator, wijk and group: a beginwaarde to start from. */
	async firstValue(ref: string, areaCode: string | null, grp: string | null) {
		return earliestRow(await this.series(ref, grp), areaCode);
	}

	async addGoal(parentId: string | null, level: GoalLevel, text: string, owner: string | null) {
		await addGoal(this.db, this.pilot.id, { parentId, level, text, owner });
		await this.reload();
	}

	async updateGoal(id: string, text: string, owner: string | null) {
		await updateGoal(this.db, id, { text, owner });
		await this.reload();
	}

	async removeGoal(id: string) {
		await deleteGoal(this.db, id);
		await this.reload();
	}

	async saveTarget(goalId: string, id: string | null, fields: TargetFields) {
		if (id) await updateTarget(this.db, { ...fields, id, goalId });
		else await addTarget(this.db, { ...fields, goalId });
		await this.reload();
	}

	async removeTarget(id: string) {
		await deleteTarget(this.db, id);
		await this.reload();
	}
}
