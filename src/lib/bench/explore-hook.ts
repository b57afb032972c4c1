/**
 * Benchmark hook for `npm run bench:explore` (scripts/bench/explore.js), only active when the page
 * URL has `?bench=explore`. With performance marks on the page's own clock it records:
 * - `explore:input` for every `change` event (indicator picker, wijk checkboxes), at the event's
 *   own timeStamp;
 * - `explore:paint` after every DOM update of a chart (`.chart`): in the first task after the
 *   animation frame that renders the update, so after it was painted;
 * - `explore:db-ready` when the database is connected.
 * It also counts the database requests in flight and keeps their SQL and parameters, so the
 * benchmark knows when the app is idle and can run the same SQL bare through `query`.
 */
import { connect } from '$lib/db/client';

export interface DbCall {
	sql: string;
	/** Null for large parameter lists (bulk inserts), which are not kept. */
	params: unknown[] | null;
	start: number;
	end: number | null;
}

export interface WijkpeilExplore {
	/** Database requests sent and not answered yet. */
	pending(): number;
	/** The requests that started at or after `since` (performance.now()). */
	calls(since: number): DbCall[];
	/** performance.now() of the latest DOM change in a chart, or -1. */
	lastChartChange(): number;
	/** Runs SQL through the database handle itself, outside the app: elapsed ms and row count. */
	query(sql: string, params: unknown[]): Promise<{ ms: number; rows: number }>;
}

declare global {
	interface Window {
		__wijkpeilExplore?: WijkpeilExplore;
	}
}

const KEPT_CALLS = 500;
const KEPT_PARAMS = 20;

const inChart = (node: Node) => {
	const element = node instanceof Element ? node : node.parentElement;
	return element?.closest('.chart') != null;
};
const addsChart = (record: MutationRecord) =>
	[...record.addedNodes].some(
		(n) => n instanceof Element && (n.matches('.chart') || n.querySelector('.chart') !== null)
	);

function watchPaints(onChange: () => void) {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => performance.mark('explore:paint');
	let scheduled = false;
	new MutationObserver((records) => {
		if (!records.some((r) => inChart(r.target) || addsChart(r))) return;
		onChange();
		if (scheduled) return;
		scheduled = true;
		requestAnimationFrame(() => {
			scheduled = false;
			// This frame renders the change after its animation-frame callbacks; a message posted
			// now is handled in the first task after that.
			channel.port2.postMessage(null);
		});
	}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

export function watchExplore() {
	const calls: DbCall[] = [];
	let pending = 0;
	let lastChartChange = -1;
	document.addEventListener(
		'change',
		(event) => performance.mark('explore:input', { startTime: event.timeStamp }),
		true
	);
	watchPaints(() => (lastChartChange = performance.now()));

	const ready = connect().then(({ db }) => {
		performance.mark('explore:db-ready');
		const original = db.all;
		const all = <T>(sql: string, params: unknown[] = []) =>
			original.call(db, sql, params) as Promise<T[]>;
		// The same object the app queries through: wrap it to see every request.
		db.all = async <T>(sql: string, params: unknown[] = []) => {
			const call: DbCall = {
				sql,
				params: params.length <= KEPT_PARAMS ? params : null,
				start: performance.now(),
				end: null
			};
			calls.push(call);
			if (calls.length > KEPT_CALLS) calls.shift();
			pending++;
			try {
				return await all<T>(sql, params);
			} finally {
				pending--;
				call.end = performance.now();
			}
		};
		return all;
	});

	window.__wijkpeilExplore = {
		pending: () => pending,
		calls: (since) => calls.filter((c) => c.start >= since),
		lastChartChange: () => lastChartChange,
		async query(sql, params) {
			const all = await ready;
			const start = performance.now();
			const rows = await all(sql, params);
			return { ms: performance.now() - start, rows: rows.length };
		}
	};
}
