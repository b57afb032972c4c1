import type {
	Design,
	EffectCount,
	GroupChange,
	GroupMoment,
	PilotOutcome
} from '$lib/db/queries/pilot/views';
import {
	claimOf,
	comparedGroups,
	comparesGroups,
	orderGroups,
	orderMoments,
	outcomeInfo,
	type Claim,
	type OutcomeInfo
} from './effect-design';
import { personDids, tableDids, type DidEstimate } from './effect-did';
import { momentEstimates, personChanges, tableChanges, type Estimate } from './effect-estimates';
import { effectSuppression } from './effect-suppression';

/**
 * The Effect view's numbers for one outcome: mean or share per group × meetmoment, change since
 * the nulmeting, and the difference in that change between each pilot group and the control
 * group, all with 95% intervals and small-cell suppression. Pure: the view passes in what the
 * queries in db/queries/pilot/views.ts return.
 */

export interface EffectInput {
	outcome: PilotOutcome;
	design: Design | null;
	/** The wijk shown; null = all wijken. */
	areaCode: string | null;
	threshold: number;
	/** groupMoments for the shown wijk. */
	moments: readonly GroupMoment[];
	/** groupChanges for the shown wijk (person data only). */
	changes: readonly GroupChange[];
	/** effectCounts over all wijken. */
	counts: readonly EffectCount[];
}

export interface EffectModel {
	info: OutcomeInfo;
	claim: Claim;
	groups: string[];
	moments: string[];
	cells: Estimate[];
	changes: Estimate[];
	/** Within-person changes (person data); false for tables. */
	precise: boolean;
	dids: DidEstimate[];
	/** Per compared group, the difference at its latest meetmoment. */
	headlines: DidEstimate[];
}

export function effectModel(input: EffectInput): EffectModel {
	const info = outcomeInfo(input.outcome);
	const groups = orderGroups(input.counts.map((c) => c.grp));
	const moments = orderMoments(input.moments.map((r) => r.moment));
	const claim = claimOf(input.design, groups);
	const hidden = effectSuppression(
		input.counts,
		info.basis,
		groups,
		input.areaCode,
		input.threshold
	);
	const byOrder = (a: { grp: string; moment: string }, b: { grp: string; moment: string }) =>
		groups.indexOf(a.grp) - groups.indexOf(b.grp) ||
		moments.indexOf(a.moment) - moments.indexOf(b.moment);
	const person = info.basis === 'person';
	const cells = momentEstimates(input.moments, info, hidden).sort(byOrder);
	const changes = (
		person ? personChanges(input.changes, info, hidden) : tableChanges(input.moments, info, hidden)
	).sort(byOrder);
	const dids = !comparesGroups(claim)
		? []
		: (person
				? personDids(input.changes, info, groups, hidden)
				: tableDids(input.moments, info, groups, hidden)
			).sort(byOrder);
	const headlines = comparedGroups(groups).flatMap((g) =>
		dids.filter((d) => d.grp === g).slice(-1)
	);
	return { info, claim, groups, moments, cells, changes, precise: person, dids, headlines };
}

export { claimOf, comparedGroups, comparesGroups, orderGroups, orderMoments, outcomeInfo };
export type { Claim, DidEstimate, Estimate, OutcomeInfo };
export { verdictOf, type Verdict } from './effect-did';
