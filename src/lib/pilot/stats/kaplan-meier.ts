import { normalQuantile } from './distributions';
import { checkCount, checkLevel, type Interval } from './types';

/** One participant's follow-up. Dates are ISO strings `JJJJ-MM-DD`. */
export interface ExitRecord {
	start: string;
	exitDate: string | null;
	/** uitstroom_type: `werk_12`, `werk_27`, `opleiding`, `verhuisd`, `gestopt`, `anders`; null = none. */
	exitType: string | null;
	/** End of follow-up without an exit: the einddatum, or the export date when that is empty. */
	censorDate: string;
}

/** The curve at the end of one month since start. Shares are percentages (0–100). */
export interface SurvivalRow {
	/** Months since start; month 0 is the start itself. */
	month: number;
	/** Participants still followed and without the event at the start of this month. */
	atRisk: number;
	events: number;
	censored: number;
	/** S(t): share without the event; null after the last follow-up when S(t) > 0 (unknown). */
	survival: number | null;
	/** Greenwood standard error of S(t), in percentage points. */
	standardError: number | null;
	survivalInterval: Interval | null;
	/** 1 − S(t): share that had the event by the end of this month. */
	cumulative: number | null;
	cumulativeInterval: Interval | null;
}

export interface SurvivalCurve {
	/** Records used. */
	n: number;
	/** Records left out: an exit type without a date (or the reverse), or a date before the start. */
	excluded: number;
	/** Months 0 to horizonMonths. */
	rows: SurvivalRow[];
}

/**
 * Kaplan–Meier estimate of the time to an exit of one of `eventTypes` (Kaplan & Meier 1958, JASA
 * 53:457–481): S(t) = Π_{tᵢ ≤ t} (1 − dᵢ/nᵢ), with dᵢ events among nᵢ at risk in month tᵢ.
 *
 * Time is counted in months since start: a date falls in month k when k − 1 whole months have
 * passed since the start date (so the first month is month 1). Participants without an exit are
 * censored in the month of their censorDate; exits of another type (e.g. `verhuisd` when the event
 * is `werk_12`) are censored in the month of their exit date. As usual, someone censored in the same
 * month as an event still counts as at risk for that event.
 *
 * Variance: Greenwood (1926), Var Ŝ(t) = Ŝ(t)² Σ dᵢ / (nᵢ(nᵢ − dᵢ)). Interval: on the log(−log)
 * scale, which keeps it inside (0, 1) (Kalbfleisch & Prentice, The Statistical Analysis of Failure
 * Time Data, 1980; Collett, Modelling Survival Data in Medical Research): Ŝ(t)^exp(±z·σ) with
 * σ = √(Σ dᵢ / (nᵢ(nᵢ − dᵢ))) / |log Ŝ(t)|; this is R's survfit(conf.type = "log-log"). There
 * is no interval while Ŝ(t) is 1 (no events yet) or 0.
 */
export function kaplanMeier(
	records: readonly ExitRecord[],
	eventTypes: readonly string[],
	horizonMonths: number,
	level = 0.95
): SurvivalCurve {
	checkCount('horizonMonths', horizonMonths);
	checkLevel(level);
	const times = records.map((r) => timeOf(r, eventTypes));
	const used = times.filter((t) => t !== null);
	const z = normalQuantile(1 - (1 - level) / 2);
	const start = used.length > 0 ? { survival: 1, greenwood: 0 } : null;
	const rows: SurvivalRow[] = [
		row({ month: 0, atRisk: used.length, events: 0, censored: 0 }, start, z, level)
	];
	let survival = 1;
	let greenwood = 0;
	for (let month = 1; month <= horizonMonths; month++) {
		const atRisk = used.filter((t) => t.month >= month).length;
		const events = used.filter((t) => t.month === month && t.event).length;
		const censored = used.filter((t) => t.month === month && !t.event).length;
		if (atRisk > 0) {
			survival *= 1 - events / atRisk;
			greenwood += atRisk > events ? events / (atRisk * (atRisk - events)) : Infinity;
		}
		// After the last follow-up S(t) is unknown, unless it already reached 0.
		const known = atRisk > 0 || survival === 0 ? { survival, greenwood } : null;
		rows.push(row({ month, atRisk, events, censored }, known, z, level));
	}
	return { n: used.length, excluded: records.length - used.length, rows };
}

type Counts = Pick<SurvivalRow, 'month' | 'atRisk' | 'events' | 'censored'>;

/** Ŝ(t) as a proportion and the Greenwood sum Σ dᵢ / (nᵢ(nᵢ − dᵢ)) (Infinity once Ŝ hits 0). */
interface Estimate {
	survival: number;
	greenwood: number;
}

function row(counts: Counts, estimate: Estimate | null, z: number, level: number): SurvivalRow {
	if (estimate === null) {
		const none = { survival: null, standardError: null, survivalInterval: null };
		return { ...counts, ...none, cumulative: null, cumulativeInterval: null };
	}
	const { survival, greenwood } = estimate;
	const se = Number.isFinite(greenwood) ? survival * Math.sqrt(greenwood) : null;
	const interval = logLogInterval(survival, greenwood, z);
	const percent = (low: number, high: number) => ({ low: 100 * low, high: 100 * high, level });
	return {
		...counts,
		survival: 100 * survival,
		standardError: se === null ? null : 100 * se,
		survivalInterval: interval && percent(interval[0], interval[1]),
		cumulative: 100 * (1 - survival),
		cumulativeInterval: interval && percent(1 - interval[1], 1 - interval[0])
	};
}

function logLogInterval(s: number, greenwood: number, z: number): [number, number] | null {
	if (!(s > 0 && s < 1) || !Number.isFinite(greenwood)) return null;
	const sigma = Math.sqrt(greenwood) / Math.abs(Math.log(s));
	return [s ** Math.exp(z * sigma), s ** Math.exp(-z * sigma)];
}

interface EventTime {
	month: number;
	event: boolean;
}

function timeOf(r: ExitRecord, eventTypes: readonly string[]): EventTime | null {
	if ((r.exitType === null) !== (r.exitDate === null)) return null;
	const month = monthOf(r.start, r.exitDate ?? r.censorDate);
	if (month === null) return null;
	return { month, event: r.exitType !== null && eventTypes.includes(r.exitType) };
}

/** The month (1, 2, …) since `start` in which `date` falls; null when date is before start. */
export function monthOf(start: string, date: string): number | null {
	const [y1, m1, d1] = parseDate(start);
	const [y2, m2, d2] = parseDate(date);
	const whole = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
	if (whole < 0) return null;
	return whole + 1;
}

function parseDate(iso: string): [number, number, number] {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new TypeError(`expected a JJJJ-MM-DD date, got ${JSON.stringify(iso)}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}
