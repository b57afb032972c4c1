import type { GroupChange, GroupMoment } from '$lib/db/queries/pilot/views';
import {
	CONTROL,
	NULMETING,
	comparedGroups,
	orderMoments,
	type OutcomeInfo
} from './effect-design';
import { changeSummary, linearCombination, spread } from './effect-estimates';
import type { Suppression } from './effect-suppression';
import {
	cohensD,
	differenceInDifferences,
	differenceInDifferencesFromAggregates,
	ppDifferenceInDifferences,
	type DifferenceInDifferences,
	type HiddenReason,
	type Interval,
	type SampleSummary
} from './stats';

/** hoger/lager only when the 95% interval excludes 0; onzeker without an interval. */
export type Verdict = 'hoger' | 'lager' | 'geen_verschil' | 'onzeker';

export function verdictOf(interval: Interval | null): Verdict {
	if (!interval) return 'onzeker';
	if (interval.low > 0) return 'hoger';
	if (interval.high < 0) return 'lager';
	return 'geen_verschil';
}

/** Change in `grp` minus change in the control group (difference in differences). */
export interface DidEstimate {
	grp: string;
	moment: string;
	hidden: HiddenReason | null;
	estimate: number | null;
	interval: Interval | null;
	p: number | null;
	/** Means: Cohen's d, the difference over the pooled sd at the nulmeting; null for shares. */
	cohensD: number | null;
	/** Tables: moments taken as independent samples, so the interval is wider than needed. */
	independentSamples: boolean;
	verdict: Verdict;
}

function didEstimate(
	grp: string,
	moment: string,
	did: Pick<DifferenceInDifferences, 'estimate' | 'interval' | 'p'> | null,
	d: number | null,
	hidden: HiddenReason | null,
	independentSamples: boolean
): DidEstimate {
	const interval = did?.interval ?? null;
	const estimate = did?.estimate ?? null;
	return {
		grp,
		moment,
		hidden,
		estimate,
		interval,
		p: did?.p ?? null,
		cohensD: d,
		independentSamples,
		verdict: hidden ? 'onzeker' : verdictOf(interval)
	};
}

/** Person data: Welch difference of the mean within-person changes. */
export function personDids(
	changes: readonly GroupChange[],
	info: OutcomeInfo,
	groups: readonly string[],
	hidden: Suppression
): DidEstimate[] {
	const scale = info.kind === 'share' ? 100 : 1;
	const baseline = (r: GroupChange) => ({ n: r.n, mean: r.baselineMean, sd: r.baselineSd });
	const why = (g: string, m: string) =>
		hidden.cell(g, NULMETING) ?? hidden.cell(g, m) ?? hidden.pair(g, m);
	return comparedGroups(groups).flatMap((grp) =>
		changes
			.filter((row) => row.grp === grp)
			.flatMap((row) => {
				const control = changes.find((c) => c.grp === CONTROL && c.moment === row.moment);
				if (!control) return [];
				const reason = why(grp, row.moment) ?? why(CONTROL, row.moment);
				if (reason) return [didEstimate(grp, row.moment, null, null, reason, false)];
				const did = differenceInDifferences(
					changeSummary(row, scale),
					changeSummary(control, scale)
				);
				const d =
					info.kind === 'mean' ? cohensD(did.estimate, baseline(row), baseline(control)) : null;
				return [didEstimate(grp, row.moment, did, d, null, false)];
			})
	);
}

/** Tables: the four group × moment cells as independent samples. */
export function tableDids(
	rows: readonly GroupMoment[],
	info: OutcomeInfo,
	groups: readonly string[],
	hidden: Suppression
): DidEstimate[] {
	const cell = (g: string, m: string) => rows.find((r) => r.grp === g && r.moment === m);
	return comparedGroups(groups).flatMap((grp) =>
		orderMoments(
			rows.filter((r) => r.grp === grp && r.moment !== NULMETING).map((r) => r.moment)
		).flatMap((moment) => {
			const [gn, gm, cn, cm] = [
				cell(grp, NULMETING),
				cell(grp, moment),
				cell(CONTROL, NULMETING),
				cell(CONTROL, moment)
			];
			if (!gn || !gm || !cn || !cm) return [];
			const reason = [gn, gm, cn, cm].map((c) => hidden.cell(c.grp, c.moment)).find(Boolean);
			if (reason) return [didEstimate(grp, moment, null, null, reason, true)];
			return tableDid(
				grp,
				moment,
				info,
				{ nulmeting: gn, followUp: gm },
				{ nulmeting: cn, followUp: cm }
			);
		})
	);
}

interface Cells {
	nulmeting: GroupMoment;
	followUp: GroupMoment;
}

function tableDid(grp: string, moment: string, info: OutcomeInfo, pilot: Cells, control: Cells) {
	if (info.kind === 'share') {
		const share = (r: GroupMoment) => ({ n: r.n, percentage: r.share! });
		const all = [pilot.nulmeting, pilot.followUp, control.nulmeting, control.followUp];
		if (all.some((c) => c.share === null)) return [];
		const did = ppDifferenceInDifferences(
			{ nulmeting: share(pilot.nulmeting), followUp: share(pilot.followUp) },
			{ nulmeting: share(control.nulmeting), followUp: share(control.followUp) }
		);
		return [didEstimate(grp, moment, did, null, null, true)];
	}
	const cells = [pilot.followUp, pilot.nulmeting, control.followUp, control.nulmeting];
	if (cells.some((r) => r.sd === null || r.n < 2)) {
		// A table with bounds but no sd: each mean's standard error from its interval, as the
		// change per group does (effect-estimates), so the difference gets a margin too.
		const did = linearCombination(
			cells.map((r, i) => spread(r, info, i === 0 || i === 3 ? 1 : -1))
		);
		return [didEstimate(grp, moment, did, null, null, true)];
	}
	const summary = (r: GroupMoment): SampleSummary => ({ n: r.n, mean: r.mean, sd: r.sd });
	const did = differenceInDifferencesFromAggregates(
		{ nulmeting: summary(pilot.nulmeting), followUp: summary(pilot.followUp) },
		{ nulmeting: summary(control.nulmeting), followUp: summary(control.followUp) }
	);
	const d = cohensD(did.estimate, summary(pilot.nulmeting), summary(control.nulmeting));
	return [didEstimate(grp, moment, did, d, null, true)];
}
