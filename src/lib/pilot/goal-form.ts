import { z } from 'zod/mini';
import { goalLevel, parseRef, targetTypes, type IndicatorOption, type TargetFields } from './goals';
import { goalsText } from './text/goals.nl';

/**
 * The forms of the doelenboom: what a person typed (strings), checked with zod, with one Dutch
 * message per field. Pure.
 */

const e = goalsText.errors;

/** A number as people type it: `12,5`, `-3`, `0.25`. null for empty, undefined when unreadable. */
export function parseDecimal(text: string): number | null | undefined {
	const s = text.trim().replace(/^\+/, '');
	if (s === '') return null;
	if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
	return Number(s.replace(',', '.'));
}

/** A day as JJJJ-MM-DD or DD-MM-JJJJ, returned as JJJJ-MM-DD; null for empty, undefined when wrong. */
export function parseDay(text: string): string | null | undefined {
	const s = text.trim();
	if (s === '') return null;
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
	const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
	if (!y || !m || !d) return undefined;
	const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
	const parsed = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : undefined;
}

/** The target form as typed: every field a string, '' for empty. */
export interface TargetDraft {
	indicatorRef: string;
	areaCode: string;
	grp: string;
	baseline: string;
	baselineDate: string;
	targetType: string;
	targetValue: string;
	targetDate: string;
}

export type DraftErrors = Partial<Record<keyof TargetDraft, string>>;

export const emptyDraft: TargetDraft = {
	indicatorRef: '',
	areaCode: '',
	grp: '',
	baseline: '',
	baselineDate: '',
	targetType: 'absolute',
	targetValue: '',
	targetDate: ''
};

const typed = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function draftOf(target: TargetFields): TargetDraft {
	return {
		indicatorRef: target.indicatorRef,
		areaCode: target.areaCode ?? '',
		grp: target.grp ?? '',
		baseline: typed(target.baseline),
		baselineDate: target.baselineDate ?? '',
		targetType: target.targetType,
		targetValue: typed(target.targetValue),
		targetDate: target.targetDate ?? ''
	};
}

/** What the form may offer: the indicators, the pilot's wijken and its groups. */
export interface TargetChoices {
	options: readonly IndicatorOption[];
	areas: readonly string[];
	groups: readonly string[];
}

/**
 * Typed text read as a number (empty: none). Text that is not a number is refused, and reads as
 * none for the checks across fields, so they do not add errors about a field already wrong.
 */
const decimal = z.pipe(
	z.string(),
	z.transform((s: string, ctx) => {
		const n = parseDecimal(s);
		if (n === undefined) ctx.issues.push({ code: 'custom', message: e.number, input: s });
		return n ?? null;
	})
);

/** Typed text read as a day (empty: none); as `decimal`, text that is not a date reads as none. */
const day = z.pipe(
	z.string(),
	z.transform((s: string, ctx) => {
		const d = parseDay(s);
		if (d === undefined) ctx.issues.push({ code: 'custom', message: e.date, input: s });
		return d ?? null;
	})
);

function targetSchema(choices: TargetChoices) {
	const refs = choices.options.map((o) => o.ref);
	const fields = z.object({
		indicatorRef: z.string().check(z.refine((r) => refs.includes(r), e.indicator)),
		areaCode: z.string().check(z.refine((a) => a === '' || choices.areas.includes(a), e.area)),
		grp: z.string().check(z.refine((g) => g === '' || choices.groups.includes(g), e.group)),
		baseline: decimal,
		baselineDate: day,
		targetType: z.enum(targetTypes, { error: e.type }),
		targetValue: decimal.check(z.refine((n) => n !== null, e.required)),
		targetDate: day.check(z.refine((d) => d !== null, e.required))
	});
	return z.pipe(
		fields.check(
			z.superRefine((t: z.infer<typeof fields>, ctx) => {
				const problem = (path: keyof TargetDraft, message: string) =>
					ctx.addIssue({ code: 'custom', path: [path], message });
				const option = choices.options.find((o) => o.ref === t.indicatorRef);
				if (!option) return;
				checkTarget(t as TargetFields, option, problem);
			})
		),
		z.transform((t: z.infer<typeof fields>): TargetFields => ({
			...t,
			areaCode: t.areaCode || null,
			grp: parseRef(t.indicatorRef)?.kind === 'effect' && t.grp ? t.grp : null,
			targetValue: t.targetValue!
		}))
	);
}

/** The rules that tie fields together: which type fits which indicator, dates in order. */
function checkTarget(
	t: TargetFields,
	option: IndicatorOption,
	problem: (path: keyof TargetDraft, message: string) => void
) {
	const hasBaseline = t.baseline !== null;
	if (hasBaseline !== (t.baselineDate !== null))
		problem(hasBaseline ? 'baselineDate' : 'baseline', e.baselinePair);
	const percent = option.unit === '%';
	const type = t.targetType;
	if ((type === 'pp_change' || type === 'min_reach') && !percent)
		problem('targetType', e.percentOnly);
	if ((type === 'pp_change' || type === 'relative_change') && !hasBaseline)
		problem('baseline', e.baselineNeeded);
	if (type === 'relative_change' && t.baseline === 0) return problem('baseline', e.baselineZero);
	if (type === 'min_reach' && (t.targetValue < 0 || t.targetValue > 100))
		problem('targetValue', e.percentRange);
	const level = goalLevel(t);
	if (hasBaseline && level !== null && level === t.baseline) problem('targetValue', e.noChange);
	if (type === 'min_reach' && hasBaseline && t.baseline! > t.targetValue)
		problem('targetValue', e.reachBelow);
	if (t.baselineDate && t.targetDate && t.targetDate <= t.baselineDate)
		problem('targetDate', e.dateOrder);
}

/** Checks the form; on failure one Dutch message per field, on success the values to store. */
export function validateTarget(
	draft: TargetDraft,
	choices: TargetChoices
): { ok: true; value: TargetFields } | { ok: false; errors: DraftErrors } {
	const result = targetSchema(choices).safeParse(draft);
	if (result.success) return { ok: true, value: result.data };
	const errors: DraftErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path[0] as keyof TargetDraft;
		errors[field] ??= issue.message;
	}
	return { ok: false, errors };
}

const goalSchema = z.object({
	text: z.string().check(z.trim(), z.minLength(1, e.goalText), z.maxLength(300, e.goalTooLong)),
	owner: z.pipe(
		z.string().check(z.trim(), z.maxLength(120, e.ownerTooLong)),
		z.transform((s: string) => s || null)
	)
});

export interface GoalDraft {
	text: string;
	owner: string;
}

/** Checks the goal form; on failure one Dutch message per field. */
export function validateGoal(
	draft: GoalDraft
):
	| { ok: true; value: { text: string; owner: string | null } }
	| { ok: false; errors: Partial<Record<keyof GoalDraft, string>> } {
	const result = goalSchema.safeParse(draft);
	if (result.success) return { ok: true, value: result.data };
	const errors: Partial<Record<keyof GoalDraft, string>> = {};
	for (const issue of result.error.issues)
		errors[issue.path[0] as keyof GoalDraft] ??= issue.message;
	return { ok: false, errors };
}

/** A number as the form shows it: Dutch decimal comma, rounded to `decimals`. */
export function typedNumber(value: number, decimals: number): string {
	return String(Number(value.toFixed(decimals))).replace('.', ',');
}
