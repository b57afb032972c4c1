import { decimalsFor, formatSigned, formatValue, nl } from '$lib/charts/format';
import { pilotText } from '$lib/pilot/text.nl';
import type { Claim, DidEstimate, EffectModel, Estimate, OutcomeInfo } from './effect';
import type { CurveCell, CurveHidden, CurveModel } from './effect-curves';
import type { Interval } from './stats';

/**
 * Words and downloads of the Effect view: numbers in Dutch notation, the sentences a policy
 * officer reads, and the CSV rows of what is shown (aggregates only, hidden cells empty).
 */

const t = pilotText.effect;

/** Decimals for one outcome: enough to tell its values apart. */
export function decimalsOf(model: EffectModel): number {
	return decimalsFor(model.cells.map((c) => c.value));
}

const unitOf = (info: OutcomeInfo) => (info.kind === 'share' ? '%' : null);

export function formatEstimate(value: number | null, info: OutcomeInfo, decimals: number) {
	return formatValue(value, unitOf(info), decimals);
}

export function formatInterval(interval: Interval, unit: string | null, decimals: number) {
	return `${formatValue(interval.low, unit, decimals)} tot ${formatValue(interval.high, unit, decimals)}`;
}

/** "4,9 punten" or "6,0 procentpunt"; without a sign unless `signed`. */
export function formatAmount(value: number, info: OutcomeInfo, decimals: number, signed = false) {
	const unit = info.kind === 'share' ? t.changes.pp : t.changes.points;
	const number = signed
		? formatSigned(value, decimals)
		: nl.format(`,.${decimals}f`)(Math.abs(value));
	return `${number} ${unit}`;
}

export function formatP(p: number): string {
	return p < 0.001 ? 'kleiner dan 0,001' : nl.format(',.3f')(p);
}

/** Why a number is hidden, in words. */
export function hiddenText(reason: CurveHidden, threshold: number): string {
	if (reason === 'kort') return t.curves.short(threshold);
	if (reason === 'klein') return pilotText.suppressedReason.klein(threshold);
	return pilotText.suppressedReason.aanvullend;
}

/** The sentence about one difference in differences, with what the design lets it mean. */
export function didSentence(
	d: DidEstimate,
	info: OutcomeInfo,
	decimals: number,
	claim: Claim,
	threshold: number
): string {
	if (d.hidden) return t.did.hidden(d.moment, hiddenText(d.hidden, threshold));
	const signed = (x: number) => nl.format(`,.${decimals}f`)(x);
	const sentence = t.did.sentence({
		grp: d.grp,
		moment: d.moment,
		verdict: d.verdict,
		amount: formatAmount(d.estimate ?? 0, info, decimals),
		signed: formatAmount(d.estimate ?? 0, info, decimals, true),
		low: d.interval ? signed(d.interval.low) : '',
		high: d.interval ? signed(d.interval.high) : '',
		share: info.kind === 'share',
		higherIsBetter: info.higherIsBetter
	});
	const claimed = d.verdict === 'hoger' || d.verdict === 'lager';
	if (!claimed || (claim !== 'causaal' && claim !== 'aanwijzing')) return sentence;
	return `${sentence} ${t.did.conclusion[claim]}`;
}

/** "p-waarde 0,004. Effectgrootte (Cohen's d): 0,28 (klein)." */
export function didDetails(d: DidEstimate): string | null {
	if (d.hidden || d.p === null) return null;
	const size =
		d.cohensD === null ? null : `${nl.format(',.2f')(d.cohensD)} (${t.did.sizeWord(d.cohensD)})`;
	return t.did.details(formatP(d.p), size);
}

type CsvRow = (string | number | null)[];
const round = (x: number | null | undefined) =>
	x === null || x === undefined ? null : Math.round(x * 1e4) / 1e4;

function estimateRow(e: Estimate, threshold: number): CsvRow {
	const note = e.hidden ? hiddenText(e.hidden, threshold) : null;
	return [
		t.groupName(e.grp),
		t.momentName(e.moment),
		e.n,
		round(e.value),
		round(e.interval?.low),
		round(e.interval?.high),
		note
	];
}

/** The numbers of the meetmomenten chart and the change table. */
export function momentsCsv(model: EffectModel, threshold: number): CsvRow[] {
	const value = model.info.kind === 'share' ? `${t.moments.share} (%)` : t.moments.mean;
	const head = [t.moments.group, t.moments.moment, t.moments.n];
	const bounds = [t.downloads.low, t.downloads.high, t.moments.note];
	return [
		[...head, value, ...bounds],
		...model.cells.map((e) => estimateRow(e, threshold)),
		[],
		[
			...head,
			`${t.changes.change} (${model.info.kind === 'share' ? t.changes.pp : t.changes.points})`,
			...bounds
		],
		...model.changes.map((e) => estimateRow(e, threshold))
	];
}

/** The curves month by month, per group, as shown (stopped parts left out). */
export function curvesCsv(curve: CurveModel, threshold: number): CsvRow[] {
	const rows: CsvRow[] = [
		[
			t.moments.group,
			t.downloads.month,
			`${t.curves.kinds[curve.kind.id]} (%)`,
			t.downloads.low,
			t.downloads.high,
			t.curves.followed,
			t.moments.note
		]
	];
	for (const s of curve.series) {
		if (s.hidden)
			rows.push([
				t.groupName(s.grp),
				null,
				null,
				null,
				null,
				null,
				hiddenText(s.hidden, threshold)
			]);
		for (const p of s.points)
			rows.push([
				t.groupName(s.grp),
				p.month,
				round(p.value),
				round(p.low),
				round(p.high),
				p.atRisk,
				null
			]);
		if (s.stoppedAt !== null)
			rows.push([
				t.groupName(s.grp),
				s.stoppedAt,
				null,
				null,
				null,
				null,
				t.curves.short(threshold)
			]);
	}
	return rows;
}

/** "24,3% (19,7 tot 29,9)" or the reason it is hidden. */
export function curveCellText(cell: CurveCell, threshold: number): string {
	if (cell.hidden) return hiddenText(cell.hidden, threshold);
	const value = formatValue(cell.value, '%', 1);
	return cell.interval ? `${value} (${formatInterval(cell.interval, '%', 1)})` : value;
}

/** The sentence under the curves: the last milestone where a group and the control can be compared. */
export function curveSentence(curve: CurveModel): string | null {
	const milestone = curve.milestones.findLast((m) => m.differences.length > 0);
	const d = milestone?.differences[0];
	if (!milestone || !d) return null;
	const cellOf = (grp: string) => milestone.cells.find((c) => c.grp === grp)!;
	const number = (x: number) => nl.format(',.1f')(x);
	return t.curves.sentence({
		kind: t.curves.kinds[curve.kind.id],
		month: milestone.month,
		grp: d.grp,
		value: formatValue(cellOf(d.grp).value, '%', 1),
		control: formatValue(cellOf('controle').value, '%', 1),
		verdict: d.verdict,
		amount: `${number(Math.abs(d.estimate))} procentpunt`,
		low: d.interval ? number(d.interval.low) : '',
		high: d.interval ? number(d.interval.high) : ''
	});
}
