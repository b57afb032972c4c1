import { replaceState } from '$app/navigation';
import { connect, type Persistence } from '$lib/db/client';
import {
	resolveMeta,
	saveUserMeta,
	userMeta,
	type IndicatorMeta,
	type MetaOverride
} from '$lib/db/queries/meta';
import {
	getSetting,
	listGemeenten,
	listIndicators,
	listSources,
	setSetting,
	trend,
	wipeData,
	type Gemeente,
	type IndicatorInfo,
	type SourceInfo,
	type TrendRow
} from '$lib/db/queries/explore';
import {
	checkFile,
	deleteSource,
	importFile,
	type ImportOptions,
	type ImportReport
} from '$lib/db/queries/import';
import type { Db } from '$lib/db/sql';
import { AppError, toUserMessage } from '$lib/errors/app-error';
import { MAX_WIJK_LINES } from '$lib/charts/line/model';
import { prepareFile, type PreparedFile } from '$lib/ingest/prepare';
import { prepareInWorker } from '$lib/ingest/prepare-client';
import { sniff } from '$lib/ingest/sniff';
import { findProfile, saveProfile } from '$lib/db/queries/profiles';
import { buildTrend } from '$lib/explore/trend';
import sampleUrl from '../../../data-samples/voorbeeldstad-fictief.csv?url';

const SAMPLE_FILE = 'voorbeeldstad-fictief.csv';
const SAMPLE_SETTING = 'sample_dismissed';

type Status = 'starting' | 'ready' | 'failed';
export type View = 'trend' | 'vergelijking';

/** The most recent period in which at least one wijk has a value. */
function latestWithWijken(rows: TrendRow[], periods: string[]): string | null {
	const filled = new Set(
		rows.filter((r) => r.level === 'WK' && r.value !== null).map((r) => r.period)
	);
	return [...periods].reverse().find((p) => filled.has(p)) ?? periods.at(-1) ?? null;
}
type ImportStep =
	| { step: 'idle' }
	| { step: 'reading'; fileName: string }
	| { step: 'review'; file: PreparedFile; report: ImportReport | null; error: string | null }
	| { step: 'importing'; fileName: string }
	| { step: 'done'; report: ImportReport }
	| { step: 'failed'; message: string };

/** The dashboard's state: what is loaded, what is chosen, and the import in progress. */
export class Dashboard {
	status = $state<Status>('starting');
	startError = $state<string | null>(null);
	persistence = $state<Persistence | null>(null);
	gemeenten = $state<Gemeente[]>([]);
	indicators = $state<IndicatorInfo[]>([]);
	sources = $state<SourceInfo[]>([]);
	gemeente = $state<string | null>(null);
	indicator = $state<string | null>(null);
	chosenWijken = $state<string[]>([]);
	period = $state<string | null>(null);
	view = $state<View>('trend');
	meta = $state<IndicatorMeta | null>(null);
	rows = $state<TrendRow[]>([]);
	importStep = $state<ImportStep>({ step: 'idle' });
	notice = $state<string | null>(null);

	readonly trend = $derived(buildTrend(this.rows, this.chosenWijken));
	readonly onlySample = $derived(this.sources.length > 0 && this.sources.every((s) => s.is_sample));
	readonly currentIndicator = $derived(
		this.indicators.find((i) => i.id === this.indicator) ?? null
	);
	readonly currentGemeente = $derived(this.gemeenten.find((g) => g.code === this.gemeente) ?? null);

	#db: Db | null = null;
	#request = 0;
	#wanted: { period: string | null; wijken: string[] } = { period: null, wijken: [] };
	#check = 0;
	#abort: AbortController | null = null;

	async start() {
		try {
			const { db, persistence } = await connect();
			this.#db = db;
			this.persistence = persistence;
			const sources = await listSources(db);
			if (sources.length === 0 && (await getSetting(db, SAMPLE_SETTING)) !== 'true') {
				await this.loadSample();
			}
			this.status = 'ready';
			await this.refresh(this.#readUrl());
		} catch (error) {
			this.startError = toUserMessage(error);
			this.status = 'failed';
		}
	}

	get db(): Db {
		if (!this.#db) throw new AppError('db_not_ready');
		return this.#db;
	}

	async loadSample() {
		const response = await fetch(sampleUrl);
		const bytes = new Uint8Array(await response.arrayBuffer());
		await importFile(this.db, await prepareFile(SAMPLE_FILE, bytes), { isSample: true });
		await setSetting(this.db, SAMPLE_SETTING, 'false');
	}

	/** Reloads lists after data changed; keeps the current choice when it still exists. */
	async refresh(prefer: { gemeente?: string; indicator?: string } = {}) {
		this.sources = await listSources(this.db);
		this.gemeenten = await listGemeenten(this.db);
		const gemeente =
			[prefer.gemeente, this.gemeente].find((c) => this.gemeenten.some((g) => g.code === c)) ??
			this.gemeenten.find((g) => g.wijken > 0)?.code ??
			this.gemeenten[0]?.code ??
			null;
		await this.selectGemeente(gemeente, prefer.indicator);
	}

	async selectGemeente(code: string | null, preferIndicator?: string) {
		this.gemeente = code;
		this.indicators = code ? await listIndicators(this.db, code) : [];
		const keep = [preferIndicator, this.indicator].find((id) =>
			this.indicators.some((i) => i.id === id)
		);
		this.indicator = keep ?? this.indicators[0]?.id ?? null;
		this.chosenWijken = [];
		await this.loadTrend(true);
	}

	async selectIndicator(id: string) {
		this.indicator = id;
		await this.loadTrend(false);
	}

	toggleWijk(code: string) {
		if (this.chosenWijken.includes(code))
			this.chosenWijken = this.chosenWijken.filter((c) => c !== code);
		else if (this.chosenWijken.length < MAX_WIJK_LINES)
			this.chosenWijken = [...this.chosenWijken, code];
		this.syncUrl();
	}

	/** Latest request wins: a slow answer for an earlier choice is dropped. */
	async loadTrend(resetWijken: boolean) {
		const request = ++this.#request;
		const id = this.indicator;
		const rows = this.gemeente && id ? await trend(this.db, this.gemeente, id) : [];
		const override = id ? await userMeta(this.db, id) : null;
		if (request !== this.#request) return;
		this.rows = rows;
		const fileUnit = this.indicators.find((i) => i.id === id)?.unit ?? null;
		this.meta = id ? resolveMeta(id, fileUnit, override) : null;
		const wijken = buildTrend(rows, []).wijken.map((w) => w.code);
		const kept = this.#wanted.wijken.filter((c) => wijken.includes(c));
		this.#wanted.wijken = [];
		if (kept.length > 0) this.chosenWijken = kept.slice(0, MAX_WIJK_LINES);
		else if (resetWijken || this.chosenWijken.length === 0) this.chosenWijken = wijken.slice(0, 5);
		const periods = buildTrend(rows, []).periods;
		const wantedPeriod = this.#wanted.period ?? this.period;
		this.#wanted.period = null;
		this.period =
			wantedPeriod && periods.includes(wantedPeriod)
				? wantedPeriod
				: latestWithWijken(rows, periods);
		this.syncUrl();
	}

	selectPeriod(period: string) {
		this.period = period;
		this.syncUrl();
	}

	selectView(view: View) {
		this.view = view;
		this.syncUrl();
	}

	async saveMeta(override: MetaOverride) {
		if (!this.indicator) return;
		await saveUserMeta(this.db, this.indicator, override);
		await this.loadTrend(false);
	}

	/** The view (never any data) goes into the URL, so it can be bookmarked and reopened. */
	syncUrl() {
		if (typeof window === 'undefined' || this.status !== 'ready') return;
		// A plain URL, read once and written once: not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const url = new URL(window.location.href);
		const params: Record<string, string | null> = {
			g: this.gemeente,
			i: this.indicator,
			p: this.period,
			v: this.view,
			w: this.chosenWijken.join(',') || null
		};
		for (const [key, value] of Object.entries(params)) {
			if (value) url.searchParams.set(key, value);
			else url.searchParams.delete(key);
		}
		// Same page, other query string: nothing to resolve against the base path.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (url.href !== window.location.href) replaceState(url, {});
	}

	/** Reads a bookmarked view from the URL before the first data is loaded. */
	#readUrl(): { gemeente?: string; indicator?: string } {
		if (typeof window === 'undefined') return {};
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once at start-up
		const params = new URLSearchParams(window.location.search);
		const view = params.get('v');
		if (view === 'trend' || view === 'vergelijking') this.view = view;
		this.#wanted = {
			period: params.get('p'),
			wijken: (params.get('w') ?? '').split(',').filter(Boolean)
		};
		return { gemeente: params.get('g') ?? undefined, indicator: params.get('i') ?? undefined };
	}

	async readFile(file: File) {
		this.notice = null;
		this.#abort = new AbortController();
		this.importStep = { step: 'reading', fileName: file.name };
		try {
			const prepared = await prepareInWorker(file, this.#abort.signal);
			await this.review(await this.applySavedProfile(prepared));
		} catch (error) {
			this.importStep = { step: 'failed', message: toUserMessage(error) };
		}
	}

	/** A mapping the user saved for this header is used instead of the detected one. */
	async applySavedProfile(file: PreparedFile): Promise<PreparedFile> {
		const saved = await findProfile(this.db, file.headerKey);
		if (!saved) return file;
		const sniffed =
			saved.delimiter === file.sniffed.delimiter && saved.decimal === file.sniffed.decimal
				? file.sniffed
				: sniff(file.decoded.head, { delimiter: saved.delimiter, decimal: saved.decimal });
		return { ...file, sniffed, mapping: saved.mapping };
	}

	async saveProfile(file: PreparedFile, name: string) {
		const { delimiter, decimal } = file.sniffed;
		await saveProfile(this.db, file.headerKey, name, { mapping: file.mapping, delimiter, decimal });
	}

	/** Checks a file with its (corrected) mapping; the report shows before anything is stored. */
	async review(file: PreparedFile, options: ImportOptions = {}) {
		const request = ++this.#check;
		this.importStep = { step: 'review', file, report: null, error: null };
		try {
			const report = await checkFile(this.db, file, options);
			if (request !== this.#check) return;
			this.importStep = { step: 'review', file, report, error: null };
		} catch (error) {
			if (request !== this.#check) return;
			this.importStep = { step: 'review', file, report: null, error: toUserMessage(error) };
		}
	}

	async confirmImport(file: PreparedFile, options: ImportOptions) {
		this.#check++;
		this.#abort = new AbortController();
		this.importStep = { step: 'importing', fileName: file.fileName };
		try {
			const report = await importFile(this.db, file, { ...options, signal: this.#abort.signal });
			this.importStep = { step: 'done', report };
			if (report.status === 'imported') {
				await this.refresh({ gemeente: report.gemeenten[0], indicator: report.indicators[0] });
			}
		} catch (error) {
			this.importStep = { step: 'failed', message: toUserMessage(error) };
		}
	}

	async deleteSource(id: string) {
		await deleteSource(this.db, id);
		await this.refresh();
	}

	/** Stops reading, checking or storing; the database stays as it was. */
	cancelImport() {
		this.#abort?.abort();
		this.#check++;
		this.importStep = { step: 'idle' };
	}

	async wipe() {
		await wipeData(this.db);
		await setSetting(this.db, SAMPLE_SETTING, 'true');
		this.importStep = { step: 'idle' };
		this.gemeente = null;
		this.indicator = null;
		await this.refresh();
		this.notice = 'wiped';
	}

	async restoreSample() {
		await this.loadSample();
		this.notice = null;
		await this.refresh({ gemeente: 'GM9999' });
	}
}
