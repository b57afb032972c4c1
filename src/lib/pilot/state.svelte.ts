import {
	DEFAULT_THRESHOLD,
	listPilots,
	setPilotDesign,
	setSuppressionThreshold,
	suppressionThreshold,
	type Design,
	type PilotSummary
} from '$lib/db/queries/pilot/views';
import type { Db } from '$lib/db/sql';

export type PilotTab = 'proces' | 'effect' | 'doelen';
export const PILOT_TABS: PilotTab[] = ['proces', 'effect', 'doelen'];

/** Which pilot is open, how it was designed and the workspace's suppression threshold. */
export class PilotState {
	pilots = $state<PilotSummary[]>([]);
	pilotId = $state<string | null>(null);
	threshold = $state(DEFAULT_THRESHOLD);
	tab = $state<PilotTab>('proces');
	loaded = $state(false);
	readonly current = $derived(this.pilots.find((p) => p.id === this.pilotId) ?? null);

	constructor(private readonly db: () => Db) {}

	async load() {
		const db = this.db();
		this.pilots = await listPilots(db);
		this.threshold = await suppressionThreshold(db);
		if (!this.pilots.some((p) => p.id === this.pilotId)) this.pilotId = this.pilots[0]?.id ?? null;
		this.loaded = true;
	}

	async setDesign(design: Design | null) {
		if (!this.pilotId) return;
		await setPilotDesign(this.db(), this.pilotId, design);
		await this.load();
	}

	async setThreshold(threshold: number) {
		await setSuppressionThreshold(this.db(), threshold);
		this.threshold = threshold;
	}
}
