import { knownOutcomes, outcomeFromHeader, templates } from './templates';
import { goalsText } from './text/goals.nl';

/**
 * The doelenboom of a pilot: hoofddoelen, their subdoelen, and per subdoel the indicators with a
 * streefwaarde (targets). Pure: building the tree, reading indicator references and checking what
 * a user typed in the target form. Progress against a target lives in goal-progress.ts.
 */

export const goalLevels = ['hoofddoel', 'subdoel'] as const;
export type GoalLevel = (typeof goalLevels)[number];

export interface Goal {
	id: string;
	parentId: string | null;
	level: GoalLevel;
	text: string;
	owner: string | null;
}

export const targetTypes = ['absolute', 'pp_change', 'relative_change', 'min_reach'] as const;
export type TargetType = (typeof targetTypes)[number];

/** What the user sets for one target; dates are ISO days (JJJJ-MM-DD). */
export interface TargetFields {
	indicatorRef: string;
	/** null: all wijken of the pilot together. */
	areaCode: string | null;
	/** Effect indicators only; null means the default group `pilot`. */
	grp: string | null;
	baseline: number | null;
	baselineDate: string | null;
	targetValue: number;
	targetType: TargetType;
	targetDate: string | null;
}

export interface Target extends TargetFields {
	id: string;
	goalId: string;
}

export const DEFAULT_GROUP = 'pilot';

export const refKinds = ['proces', 'effect', 'context'] as const;
export type RefKind = (typeof refKinds)[number];

/** `proces:gestart`, `effect:welbevinden_who5`, `context:<indicator id>`. */
export interface IndicatorRef {
	kind: RefKind;
	id: string;
}

export function parseRef(ref: string): IndicatorRef | null {
	const at = ref.indexOf(':');
	const kind = refKinds.find((k) => k === ref.slice(0, at));
	const id = ref.slice(at + 1);
	return kind && id ? { kind, id } : null;
}

export const formatRef = (ref: IndicatorRef) => `${ref.kind}:${ref.id}`;

/** An indicator a target can point at, as offered in the form. */
export interface IndicatorOption {
	ref: string;
	kind: RefKind;
	label: string;
	/** '%' for percentages: only those fit pp_change and min_reach targets. */
	unit: string | null;
}

const processOrder = ['bereik', ...templates.find((t) => t.id === 'procesregistratie')!.measures];
const processUnits: Record<string, string> = {
	bereik: '%',
	doorlooptijd_dagen: 'dagen',
	tevredenheid: 'cijfer'
};

/** Process measures a pilot registered, plus bereik when gestart and doelgroep are there. */
export function processOptions(records: readonly { measure: string }[]): IndicatorOption[] {
	const measures = new Set(records.map((r) => r.measure));
	if (measures.has('gestart') && measures.has('doelgroep')) measures.add('bereik');
	const rank = (m: string) => (processOrder.includes(m) ? processOrder.indexOf(m) : 999);
	return [...measures]
		.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
		.map((m) => ({
			ref: `proces:${m}`,
			kind: 'proces',
			label: goalsText.processMeasure(m),
			unit: processUnits[m] ?? null
		}));
}

/** An outcome as the pilot module lists it (views.ts pilotOutcomes). */
export interface OutcomeInfo {
	outcome: string;
	label: string;
	unit: string | null;
	kind: 'mean' | 'share';
	basis: 'person' | 'table';
}

/** Outcomes of a pilot, with the labels of templates.ts; person data win over a table. */
export function effectOptions(outcomes: readonly OutcomeInfo[]): IndicatorOption[] {
	const seen = new Set<string>();
	return outcomes
		.filter((o) => !seen.has(o.outcome) && seen.add(o.outcome))
		.map((o) => {
			const known = knownOutcomes.find((k) => k.id === o.outcome);
			const label =
				known?.label ?? (o.basis === 'table' ? outcomeFromHeader(o.outcome).label : o.label);
			const share = o.kind === 'share';
			return {
				ref: `effect:${o.outcome}`,
				kind: 'effect',
				label: goalsText.effectOption(label, share),
				unit: share ? '%' : (o.unit ?? known?.unit ?? null)
			};
		});
}

export interface GoalNode extends Goal {
	children: GoalNode[];
	targets: Target[];
}

/**
 * Nests goals under their parents, keeping the order given (the order they were added). A goal
 * whose parent is gone is shown at the top rather than lost.
 */
export function goalTree(goals: readonly Goal[], targets: readonly Target[]): GoalNode[] {
	const nodes = new Map<string, GoalNode>(
		goals.map((g) => [g.id, { ...g, children: [], targets: [] }])
	);
	const roots: GoalNode[] = [];
	for (const goal of goals) {
		const node = nodes.get(goal.id)!;
		const parent = goal.parentId === null ? undefined : nodes.get(goal.parentId);
		if (parent && parent !== node) parent.children.push(node);
		else roots.push(node);
	}
	for (const target of targets) nodes.get(target.goalId)?.targets.push(target);
	return roots;
}

/** How many goals and targets under a node go when the node is deleted. */
export function contents(node: GoalNode): { goals: number; targets: number } {
	return node.children.reduce(
		(sum, child) => {
			const inner = contents(child);
			return { goals: sum.goals + 1 + inner.goals, targets: sum.targets + inner.targets };
		},
		{ goals: 0, targets: node.targets.length }
	);
}

/**
 * The level a target aims for: the streefwaarde itself (absolute, min_reach), the beginwaarde plus
 * that many percentage points (pp_change) or plus that percentage of itself (relative_change).
 * null when the type needs a beginwaarde and there is none.
 */
export function goalLevel(t: Pick<TargetFields, 'targetType' | 'targetValue' | 'baseline'>) {
	switch (t.targetType) {
		case 'absolute':
		case 'min_reach':
			return t.targetValue;
		case 'pp_change':
			return t.baseline === null ? null : t.baseline + t.targetValue;
		case 'relative_change':
			return t.baseline === null ? null : t.baseline * (1 + t.targetValue / 100);
	}
}

/**
 * +1 when higher is better for this target, -1 when lower is: a streefwaarde below the beginwaarde
 * means the pilot wants the number to go down. A minimal bereik always points up. null when that
 * cannot be told (no beginwaarde).
 */
export function direction(t: Pick<TargetFields, 'targetType' | 'targetValue' | 'baseline'>) {
	if (t.targetType === 'min_reach') return 1;
	const level = goalLevel(t);
	if (level === null || t.baseline === null || level === t.baseline) return null;
	return level > t.baseline ? 1 : -1;
}

/** Decimals to show: whole numbers for counts and days, one decimal for percentages and means. */
export function decimalsOf(option: Pick<IndicatorOption, 'kind' | 'unit'> | null): number {
	if (option?.kind === 'proces' && (option.unit === null || option.unit === 'dagen')) return 0;
	return 1;
}

const longDay = new Intl.DateTimeFormat('nl-NL', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** `2025-12-31` → `31 december 2025`. */
export function formatDay(day: string): string {
	return longDay.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}
