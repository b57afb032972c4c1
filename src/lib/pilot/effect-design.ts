import type { Design, PilotOutcome } from '$lib/db/queries/pilot/views';
import { knownOutcomes, moments as knownMoments } from './templates';

/** Groups, meetmomenten and outcomes of the Effect view, and what the pilot's design lets it say. */

/** What the design lets the numbers say. `kies`: the design is not stated yet. */
export type Claim = 'causaal' | 'aanwijzing' | 'beschrijving' | 'kies';

export const CONTROL = 'controle';
export const NULMETING = 'nulmeting';

/** pilot first, other arms by name, controle last. */
export function orderGroups(groups: readonly string[]): string[] {
	const rank = (g: string) => (g === 'pilot' ? 0 : g === CONTROL ? 2 : 1);
	return [...new Set(groups)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nl'));
}

/** The groups compared with the control group; none when there is no control group. */
export function comparedGroups(groups: readonly string[]): string[] {
	return groups.includes(CONTROL) ? groups.filter((g) => g !== CONTROL) : [];
}

export function claimOf(design: Design | null, groups: readonly string[]): Claim {
	if (comparedGroups(groups).length === 0) return 'beschrijving';
	if (design === null) return 'kies';
	if (design === 'gerandomiseerd') return 'causaal';
	return design === 'vergelijkingsgroep' ? 'aanwijzing' : 'beschrijving';
}

/** Differences between groups are shown only when the design has a comparison group. */
export const comparesGroups = (claim: Claim) => claim === 'causaal' || claim === 'aanwijzing';

export function orderMoments(moments: readonly string[]): string[] {
	const rank = (m: string) => {
		const i = (knownMoments as readonly string[]).indexOf(m);
		return i < 0 ? knownMoments.length : i;
	};
	return [...new Set(moments)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nl'));
}

export interface OutcomeInfo {
	id: string;
	label: string;
	unit: string | null;
	kind: 'mean' | 'share';
	basis: 'person' | 'table';
	/** Known outcomes all run from worse to better; for a custom column we do not know. */
	higherIsBetter: boolean;
}

/** Tables name outcomes by their column id; a known id gets its Dutch label and unit. */
export function outcomeInfo(o: PilotOutcome): OutcomeInfo {
	const known = knownOutcomes.find((k) => k.id === o.outcome);
	const label = o.basis === 'table' && known ? known.label : o.label;
	return {
		id: o.outcome,
		label,
		unit: o.unit ?? known?.unit ?? null,
		kind: o.kind,
		basis: o.basis,
		higherIsBetter: known !== undefined
	};
}
