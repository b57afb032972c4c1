import {
	effectCounts,
	groupChanges,
	groupMoments,
	participantsByArea,
	pilotAreas,
	pilotOutcomes,
	survivalRecords,
	type EffectCount,
	type GroupChange,
	type GroupMoment,
	type PilotOutcome,
	type SurvivalRecord
} from '$lib/db/queries/pilot/views';
import type { Db } from '$lib/db/sql';

export const outcomeKey = (o: PilotOutcome) => `${o.basis}|${o.outcome}`;

/** The numbers of one outcome in one wijk, with what they are of. */
export interface OutcomeData {
	outcome: PilotOutcome;
	areaCode: string | null;
	moments: GroupMoment[];
	changes: GroupChange[];
	counts: EffectCount[];
}

/**
 * What the Effect view has loaded for one pilot: its outcomes and wijken, the chosen outcome's
 * numbers, and the per-person dates behind the outflow curves (kept here, never shown).
 * The latest choice wins: a slow answer for an earlier outcome or wijk is dropped.
 */
export class EffectData {
	outcomes = $state<PilotOutcome[]>([]);
	areas = $state<{ areaCode: string; areaName: string | null }[]>([]);
	participants = $state<{ areaCode: string | null; grp: string; n: number }[]>([]);
	/** `basis|outcome` of the chosen outcome. */
	chosen = $state('');
	/** The chosen wijk; '' = all wijken. */
	area = $state('');
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	data = $state<OutcomeData | null>(null);
	/** Per-person dates of one wijk (null = all), for the curves only. */
	records = $state<{ areaCode: string | null; rows: SurvivalRecord[] }>({
		areaCode: null,
		rows: []
	});
	readonly outcome = $derived(this.outcomes.find((o) => outcomeKey(o) === this.chosen) ?? null);
	readonly areaCode = $derived(this.area === '' ? null : this.area);
	#request = 0;
	#curveRequest = 0;

	constructor(private readonly getDb: () => Db) {}

	private get db() {
		return this.getDb();
	}

	async loadPilot(pilotId: string) {
		try {
			const [outcomes, areas, participants] = await Promise.all([
				pilotOutcomes(this.db, pilotId),
				pilotAreas(this.db, pilotId),
				participantsByArea(this.db, pilotId)
			]);
			[this.outcomes, this.areas, this.participants] = [outcomes, areas, participants];
			if (!outcomes.some((o) => outcomeKey(o) === this.chosen))
				this.chosen = outcomes[0] ? outcomeKey(outcomes[0]) : '';
			if (outcomes.length === 0) this.status = 'ready';
		} catch (error) {
			this.#fail(error);
		}
	}

	async loadOutcome(pilotId: string, outcome: PilotOutcome, areaCode: string | null) {
		const request = ++this.#request;
		this.status = 'loading';
		try {
			const { outcome: id, basis } = outcome;
			const [moments, changes, counts] = await Promise.all([
				groupMoments(this.db, pilotId, id, basis, areaCode),
				basis === 'person' ? groupChanges(this.db, pilotId, id, areaCode) : [],
				effectCounts(this.db, pilotId, id, basis)
			]);
			if (request !== this.#request) return;
			this.data = { outcome, areaCode, moments, changes, counts };
			this.status = 'ready';
		} catch (error) {
			this.#fail(error);
		}
	}

	async loadRecords(pilotId: string, areaCode: string | null) {
		const request = ++this.#curveRequest;
		try {
			const rows = await survivalRecords(this.db, pilotId, areaCode);
			if (request === this.#curveRequest) this.records = { areaCode, rows };
		} catch (error) {
			this.#fail(error);
		}
	}

	#fail(error: unknown) {
		console.error(error);
		this.status = 'failed';
	}
}
