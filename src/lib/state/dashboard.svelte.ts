import { replaceState } from '$app/navigation';
import { wijkBoundaries, type StoredBoundary } from '$lib/db/queries/boundaries';
import { connect, tabLock, type Persistence } from '$lib/db/client';
import type { IndicatorMeta, MetaOverride } from '$lib/db/queries/meta';
import {
	getSetting,
	indicatorOverrides,
	listGemeenten,
	listIndicators,
	listSources,
	setSetting,
	trend,
	type Gemeente,
	type IndicatorInfo,
	type SourceInfo,
	type TrendRow
} from '$lib/db/queries/explore';
import type { ImportOptions, ImportReport } from '$lib/db/queries/import';
import type { OverviewRow } from '$lib/db/queries/overview';
import { isPackName } from '$lib/db/pack/format';
import type { PackReport } from '$lib/db/queries/pack';
import type { Db } from '$lib/db/sql';
import { AppError, toUserMessage } from '$lib/errors/app-error';
import { MAX_WIJK_LINES } from '$lib/charts/line/palette';
import type { PreparedFile } from '$lib/ingest/prepare';
import { prepareInWorker } from '$lib/ingest/prepare-client';
import { buildTrend } from '$lib/explore/trend';
import { isCount } from '$lib/catalog/units';
import { noteUrl, urlAtStart, wasReloaded } from './tab-url';
import { areaSlices, chooseSlice, rowsInSlice, sliceKey, sliceLabel } from '$lib/explore/slices';
import { chooseKind, periodKinds, rowsOfKind } from '$lib/explore/period-kinds';
import {
	chooseRange,
	orderedPeriods,
	periodStarts,
	periodsInRange,
	rowsInPeriods,
	startWindow
} from '$lib/explore/period-range';
import sampleUrl from '../../../data-samples/voorbeeldstad-fictief.csv?url';
import pilotDeelnemersUrl from '../../../data-samples/pilot/basisbaan-voorbeeldstad-fictief-deelnemers.csv?url';
import pilotMetingenUrl from '../../../data-samples/pilot/basisbaan-voorbeeldstad-fictief-metingen.csv?url';
import pilotProcesUrl from '../../../data-samples/pilot/basisbaan-voorbeeldstad-fictief-procesregistratie.csv?url';
import pilotTabelUrl from '../../../data-samples/pilot/regelluwe-bijstand-voorbeeldstad-fictief-geaggregeerd.csv?url';

/** Importing code (zod, papaparse, proj4, pilot templates) loads on first use: see the module. */
const pipeline = () => import('./import-pipeline');
/**
 * Indicator descriptions with the built-in catalogue: fetched while the engine starts. The promise
 * is kept: a new import() of a loaded module still waits a task, on every indicator switch.
 */
let metaLoading: Promise<typeof import('$lib/db/queries/meta')> | undefined;
/** The last view kept in this browser (last-view.ts): not needed for the page's first paint. */
const lastView = () => import('./last-view');
const metaModule = () =>
	(metaLoading ??= import('$lib/db/queries/meta').catch((error: unknown) => {
		metaLoading = undefined; // a failed fetch may be retried
		throw error;
	}));

const SAMPLE_FILE = 'voorbeeldstad-fictief.csv';
const SAMPLE_SETTING = 'sample_dismissed';
/** 'true' while the fictitious pilots still wait to be loaded: on the first visit to the pilot section. */
const PILOT_SAMPLE_SETTING = 'pilot_sample_pending';
const PILOT_SAMPLE: [string, string][] = [
	['basisbaan-voorbeeldstad-fictief-deelnemers.csv', pilotDeelnemersUrl],
	['basisbaan-voorbeeldstad-fictief-metingen.csv', pilotMetingenUrl],
	['basisbaan-voorbeeldstad-fictief-procesregistratie.csv', pilotProcesUrl],
	['regelluwe-bijstand-voorbeeldstad-fictief-geaggregeerd.csv', pilotTabelUrl]
];

/** 'preview': the last view kept in this browser is shown while the database starts. */
type Status = 'starting' | 'preview' | 'ready' | 'failed';
export const VIEWS = ['trend', 'vergelijking', 'kaart', 'overzicht', 'kleine-grafieken'] as const;
export type View = (typeof VIEWS)[number];

/** Runs `work` when the main thread is idle, and after a second at the latest. */
function whenIdle(work: () => void) {
	if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1000 });
	else setTimeout(work, 50);
}

async function fetchBytes(url: string): Promise<Uint8Array> {
	return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

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
	| {
			step: 'review';
			file: PreparedFile;
			report: ImportReport | null;
			error: string | null;
			/** The mapping still misses a choice: nothing is being checked, the user is asked. */
			incomplete?: boolean;
	  }
	| { step: 'review-pack'; pack: PackFile; report: PackReport }
	| { step: 'importing'; fileName: string }
	| { step: 'done'; report: ImportReport | PackReport }
	| { step: 'failed'; message: string };

/** A data pack the user chose (npx wijkpeil import --out): its bytes are read as they are. */
export interface PackFile {
	fileName: string;
	bytes: Uint8Array;
}

/** The dashboard's state: what is loaded, what is chosen, and the import in progress. */
export class Dashboard {
	status = $state<Status>('starting');
	startError = $state<string | null>(null);
	persistence = $state<Persistence | null>(null);
	// Query results are replaced whole, never changed in place: $state.raw spares Svelte from
	// wrapping every row in a proxy (slow for the thousands of rows of a large gemeente).
	gemeenten = $state.raw<Gemeente[]>([]);
	indicators = $state.raw<IndicatorInfo[]>([]);
	sources = $state.raw<SourceInfo[]>([]);
	gemeente = $state<string | null>(null);
	indicator = $state<string | null>(null);
	chosenWijken = $state<string[]>([]);
	period = $state<string | null>(null);
	/** The period range as the user chose it (labels; null is an open end). Default: all periods. */
	periodFrom = $state<string | null>(null);
	periodTo = $state<string | null>(null);
	view = $state<View>('trend');
	/** The part of the app on screen: the wijk explorer or the pilot evaluation. */
	section = $state<'wijken' | 'pilot'>('wijken');
	/** The last view kept in this browser was shown while the database started, then replaced. */
	lastView = $state<'shown' | 'replaced' | null>(null);
	/** Goes up whenever imported data changed, so views that read it themselves reload. */
	dataVersion = $state(0);
	meta = $state<IndicatorMeta | null>(null);
	boundaries = $state.raw<StoredBoundary[]>([]);
	boundaryNotice = $state<string | null>(null);
	/** Every row of the indicator, all groups and meetmomenten. */
	#allRows = $state.raw<TrendRow[]>([]);
	/** The chosen group and meetmoment (sliceKey); null is the first. */
	slice = $state<string | null>(null);
	/** The groups and meetmomenten of this indicator; a choice appears when there is more than one. */
	readonly slices = $derived(areaSlices(this.#allRows));
	readonly currentSlice = $derived(chooseSlice(this.slices, this.slice));
	/**
	 * The chosen group and meetmoment in words, for subtitles: also when it is the only one (a
	 * file of 65-plussers reads "65 jaar of ouder", so it is not taken for everyone); null when
	 * the figures have no group or meetmoment.
	 */
	readonly sliceName = $derived(
		this.currentSlice &&
			(this.slices.length > 1 ||
				this.currentSlice.subgroup !== null ||
				this.currentSlice.moment !== null)
			? sliceLabel(this.currentSlice, this.slices)
			: null
	);
	readonly #sliceRows = $derived(rowsInSlice(this.#allRows, this.currentSlice));
	/** The chosen kind of period (jaar, kwartaal …); null is the one with the most periods. */
	periodKind = $state<string | null>(null);
	/** The kind the user last chose (or the URL named), for the next indicator that has it. */
	#kindWanted: string | null = null;
	/** The kinds of period of this indicator; a choice appears when there is more than one. */
	readonly periodKinds = $derived(periodKinds(this.#sliceRows));
	readonly currentKind = $derived(chooseKind(this.periodKinds, this.periodKind));
	/** The rows of the chosen group, meetmoment and kind of period: every view draws these. */
	readonly rows = $derived(rowsOfKind(this.#sliceRows, this.currentKind));
	/** Nederland has figures, but none of the kind shown: the views say why it is missing. */
	readonly nederlandOtherKind = $derived(
		this.rows !== this.#sliceRows &&
			!this.rows.some((r) => r.level === 'NL') &&
			this.#sliceRows.some((r) => r.level === 'NL')
	);
	/** All indicators of one gemeente, for the Overzicht; loaded only when that view is open. */
	overview = $state.raw<{
		gemeente: string;
		rows: OverviewRow[];
		overrides: Record<string, MetaOverride>;
		/** Indicators with more than one group or meetmoment: the Overzicht shows one of them. */
		sliced: string[];
	} | null>(null);
	importStep = $state<ImportStep>({ step: 'idle' });
	/** The fictitious pilots are being stored (first visit to the pilot section), or failed to. */
	pilotSample = $state<{ loading: boolean; error: string | null }>({ loading: false, error: null });
	notice = $state<string | null>(null);

	/** Every period of the indicator for this gemeente; the range pickers choose from these. */
	readonly allPeriods = $derived(orderedPeriods(this.rows));
	readonly rangePeriods = $derived(
		periodsInRange(this.allPeriods, { from: this.periodFrom, to: this.periodTo })
	);
	/** The Overzicht's other indicators are cut to the same dates; null when the range is all. */
	readonly periodWindow = $derived(startWindow(this.rows, this.rangePeriods, this.allPeriods));
	readonly #rangeRows = $derived(rowsInPeriods(this.rows, this.rangePeriods));
	readonly currentIndicator = $derived(
		this.indicators.find((i) => i.id === this.indicator) ?? null
	);
	/** The unit as in every view: the user's correction, else the catalogue, else the file's. */
	readonly unit = $derived(this.meta?.unit ?? this.currentIndicator?.unit ?? null);
	/** Counts are not drawn or compared beside the gemeente and Nederland (see isCount). */
	readonly counts = $derived(isCount(this.unit));
	readonly trend = $derived(buildTrend(this.#rangeRows, this.chosenWijken, !this.counts));
	/**
	 * The table of all numbers lists every wijk, so it does not follow the chosen wijken: ticking a
	 * wijk leaves its 1,000+ cells alone. Computed only while something reads it (the open table).
	 */
	readonly trendTable = $derived(buildTrend(this.#rangeRows, []));
	readonly onlySample = $derived(this.sources.length > 0 && this.sources.every((s) => s.is_sample));
	readonly currentGemeente = $derived(this.gemeenten.find((g) => g.code === this.gemeente) ?? null);

	#db: Db | null = null;
	#request = 0;
	#wanted: { period: string | null; wijken: string[] } = { period: null, wijken: [] };
	#check = 0;
	#overviewRequest = 0;
	/** The user's corrections of every indicator, read with the indicator list: no request per switch. */
	#overrides = $state.raw<Record<string, MetaOverride>>({});
	/** The names the user gave indicators (Over deze indicator), for the indicator picker. */
	readonly indicatorNames = $derived(
		Object.fromEntries(
			Object.entries(this.#overrides).flatMap(([id, o]) => (o.name ? [[id, o.name]] : []))
		)
	);
	/** The B1 labels the user gave indicators, which the picker's search also finds. */
	readonly indicatorLabels = $derived(
		Object.fromEntries(
			Object.entries(this.#overrides).flatMap(([id, o]) => (o.label ? [[id, o.label]] : []))
		)
	);
	#abort: AbortController | null = null;
	#pilotSample: Promise<void> | null = null;

	async start() {
		window.addEventListener('pagehide', () => this.#flushUrl());
		// A reload right after a change asks for the URL from before it (see tab-url).
		const search = urlAtStart(window.location.search, wasReloaded());
		metaModule().catch(() => undefined); // reported where it is awaited
		void this.#showLastView(search);
		try {
			const { db, persistence } = await connect();
			this.#db = db;
			this.persistence = persistence;
			// Kept views only describe data that stays: in memory it is gone after a reload.
			if (persistence !== 'opfs') void lastView().then((m) => m.forgetLastView());
			let sources: SourceInfo[] | undefined = await listSources(db);
			if (sources.length === 0 && (await getSetting(db, SAMPLE_SETTING)) !== 'true') {
				await this.loadSample();
				sources = undefined;
			}
			// The database decides: every list and the chart are read again, for the view shown,
			// and only then can anything be chosen (a kept view stays marked until here).
			await this.refresh(this.#readUrl(this.#shown ?? search), sources);
			this.status = 'ready';
			if (this.lastView === 'shown') this.lastView = 'replaced';
			this.syncUrl();
			if (this.section === 'pilot') await this.ensurePilotSample();
		} catch (error) {
			this.startError = toUserMessage(error);
			this.status = 'failed';
			this.lastView = null;
		}
	}

	/** The URL parameters of the kept view on screen while the database starts, if any. */
	#shown: string | undefined;

	/** Shows the last view kept in this browser, if it fits the URL and the engine is not ready yet. */
	async #showLastView(search: string) {
		try {
			const [{ readLastView }, { resolveMeta }, held] = await Promise.all([
				lastView(),
				metaModule(),
				tabLock()
			]);
			const last = readLastView(search);
			// Another tab has the database: this one only says so. And too late once the database
			// runs: its answers are being read and must not be covered.
			if (!held || !last || this.status !== 'starting' || this.#db) return;
			this.sources = last.sources;
			this.gemeenten = last.gemeenten;
			this.indicators = last.indicators;
			this.#overrides = last.overrides;
			const { gemeente, indicator } = this.#readUrl(last.params);
			this.gemeente = gemeente ?? null;
			this.#showTrend(last.rows, indicator ?? null, true, resolveMeta);
			this.#shown = last.params;
			this.status = 'preview';
			this.lastView = 'shown';
		} catch (error) {
			console.error('The last view could not be shown', error);
		}
	}

	get db(): Db {
		if (!this.#db) throw new AppError('db_not_ready');
		return this.#db;
	}

	/**
	 * The fictitious wijk data. The fictitious pilots are only marked as wanted: storing them takes
	 * a while and is not needed for the first chart, so that waits for the pilot section.
	 */
	async loadSample() {
		const { importFile, prepareFile } = await pipeline();
		await importFile(this.db, await prepareFile(SAMPLE_FILE, await fetchBytes(sampleUrl)), {
			isSample: true
		});
		await setSetting(this.db, PILOT_SAMPLE_SETTING, 'true');
		this.#pilotSample = null;
		await setSetting(this.db, SAMPLE_SETTING, 'false');
	}

	/** Stores the fictitious pilots once, if they are still wanted; later calls share the work. */
	ensurePilotSample(): Promise<void> {
		this.#pilotSample ??= this.#loadPilotSample().catch((error: unknown) => {
			console.error('The sample pilots could not be stored', error);
			this.#pilotSample = null;
			this.pilotSample = { loading: false, error: toUserMessage(error) };
		});
		return this.#pilotSample;
	}

	async #loadPilotSample() {
		if ((await getSetting(this.db, PILOT_SAMPLE_SETTING)) !== 'true') return;
		this.pilotSample = { loading: true, error: null };
		const { importPilotFile, pilotId, prepareFile, setPilotDesign } = await pipeline();
		// Participants before their measurements.
		for (const [name, url] of PILOT_SAMPLE) {
			const file = await prepareFile(name, await fetchBytes(url));
			if (file.template) await importPilotFile(this.db, file, file.template, { isSample: true });
		}
		await setPilotDesign(this.db, pilotId('Basisbaan Voorbeeldstad'), 'gerandomiseerd');
		await setPilotDesign(
			this.db,
			pilotId('Regelluwe bijstand Voorbeeldstad'),
			'vergelijkingsgroep'
		);
		await setSetting(this.db, PILOT_SAMPLE_SETTING, 'false');
		this.pilotSample = { loading: false, error: null };
		await this.refresh();
	}

	/**
	 * Reloads lists after data changed; keeps the current choice when it still exists. `known`:
	 * the files, when they were just read.
	 */
	async refresh(prefer: { gemeente?: string; indicator?: string } = {}, known?: SourceInfo[]) {
		this.dataVersion++;
		const [sources, gemeenten] = await Promise.all([
			known ?? listSources(this.db),
			listGemeenten(this.db)
		]);
		this.sources = sources;
		this.gemeenten = gemeenten;
		const gemeente =
			[prefer.gemeente, this.gemeente].find((c) => this.gemeenten.some((g) => g.code === c)) ??
			this.gemeenten.find((g) => g.wijken > 0)?.code ??
			this.gemeenten[0]?.code ??
			null;
		await this.selectGemeente(gemeente, prefer.indicator);
	}

	async selectGemeente(code: string | null, preferIndicator?: string) {
		this.gemeente = code;
		// Sent together: the worker answers in order, without a round trip in between.
		const [boundaries, indicators, overrides] = await Promise.all([
			code ? wijkBoundaries(this.db, code) : [],
			code ? listIndicators(this.db, code) : [],
			indicatorOverrides(this.db)
		]);
		this.boundaries = boundaries;
		this.indicators = indicators;
		this.#overrides = overrides;
		const keep = [preferIndicator, this.indicator].find((id) =>
			this.indicators.some((i) => i.id === id)
		);
		this.indicator = keep ?? this.indicators[0]?.id ?? null;
		this.chosenWijken = [];
		await this.loadTrend(true);
	}

	/**
	 * The choice takes effect together with its rows: setting it first would draw the page
	 * twice (once with the old rows), and that work delays the answer's handling.
	 */
	async selectIndicator(id: string) {
		await this.loadTrend(false, id);
	}

	toggleWijk(code: string) {
		if (this.chosenWijken.includes(code))
			this.chosenWijken = this.chosenWijken.filter((c) => c !== code);
		else if (this.chosenWijken.length < MAX_WIJK_LINES)
			this.chosenWijken = [...this.chosenWijken, code];
		this.syncUrl();
	}

	/** Latest request wins: a slow answer for an earlier choice is dropped. */
	async loadTrend(resetWijken: boolean, id = this.indicator) {
		const request = ++this.#request;
		const rows = this.gemeente && id ? await trend(this.db, this.gemeente, id) : [];
		const { resolveMeta } = await metaModule();
		if (request !== this.#request) return;
		this.#showTrend(rows, id, resetWijken, resolveMeta);
		// Any change that reloads the trend (gemeente, data, indicator description) may change it.
		if (this.view === 'overzicht') await this.loadOverview();
	}

	#showTrend(
		rows: TrendRow[],
		id: string | null,
		resetWijken: boolean,
		resolveMeta: (typeof import('$lib/db/queries/meta'))['resolveMeta']
	) {
		this.indicator = id;
		this.#allRows = rows;
		this.slice = this.currentSlice && this.slices.length > 1 ? sliceKey(this.currentSlice) : null;
		// The kind the user chose stays wanted, also across an indicator that has only one kind.
		this.periodKind =
			this.periodKinds.length > 1 ? chooseKind(this.periodKinds, this.#kindWanted) : null;
		const fileUnit = this.indicators.find((i) => i.id === id)?.unit ?? null;
		this.meta = id ? resolveMeta(id, fileUnit, this.#overrides[id] ?? null) : null;
		// Every wijk in the answer (the lines drawn come from `trend`).
		const wijken = buildTrend(rows, []).wijken.map((w) => w.code);
		const kept = this.#wanted.wijken.filter((c) => wijken.includes(c));
		this.#wanted.wijken = [];
		if (kept.length > 0) this.chosenWijken = kept.slice(0, MAX_WIJK_LINES);
		else if (resetWijken || this.chosenWijken.length === 0) this.chosenWijken = wijken.slice(0, 5);
		const periods = this.rangePeriods;
		const wantedPeriod = this.#wanted.period ?? this.period;
		this.#wanted.period = null;
		this.period =
			wantedPeriod && periods.includes(wantedPeriod)
				? wantedPeriod
				: latestWithWijken(this.rows, periods);
		this.syncUrl();
	}

	/** Reads boundaries in a GeoJSON or TopoJSON file and stores them; data stays in the browser. */
	async importBoundaries(file: File) {
		this.boundaryNotice = null;
		try {
			const { parseBoundaries, saveBoundaries } = await pipeline();
			const parsed = parseBoundaries(await file.text(), file.name);
			await saveBoundaries(this.db, parsed, file.name);
			this.boundaries = this.gemeente ? await wijkBoundaries(this.db, this.gemeente) : [];
			// The map's text loads with the map, which is where boundaries are added.
			const { mapText } = await import('$lib/explore/map.text.nl');
			this.boundaryNotice = mapText.added(
				parsed.boundaries.length,
				file.name,
				parsed.crs,
				parsed.skipped
			);
		} catch (error) {
			this.boundaryNotice = toUserMessage(error);
		}
	}

	selectSection(section: 'wijken' | 'pilot') {
		this.section = section;
		this.syncUrl();
		if (section === 'pilot') void this.ensurePilotSample();
	}

	/** Shows another group or meetmoment; the period moves to one this slice has, when needed. */
	selectSlice(key: string) {
		this.slice = key;
		this.#periodInRows();
		if (this.view === 'overzicht') void this.loadOverview();
	}

	/**
	 * Shows another kind of period (per jaar, per kwartaal …), like another slice. The period
	 * range keeps covering the same time (years 2021–2022 become 2021 K1–2022 K4).
	 */
	async selectKind(kind: string) {
		// Loaded when used: few indicators have more than one kind.
		const { carryRange } = await import('$lib/explore/period-carry');
		const before = { periods: this.allPeriods, starts: periodStarts(this.rows) };
		const range = { from: this.periodFrom, to: this.periodTo };
		this.periodKind = this.#kindWanted = kind;
		const after = { periods: this.allPeriods, starts: periodStarts(this.rows) };
		({ from: this.periodFrom, to: this.periodTo } = carryRange(before, after, range));
		this.#periodInRows();
		if (this.view === 'overzicht') void this.loadOverview();
	}

	/** After the rows changed: the single period moves to one they have, when needed. */
	#periodInRows() {
		const periods = this.rangePeriods;
		if (!this.period || !periods.includes(this.period))
			this.period = latestWithWijken(this.rows, periods);
		this.syncUrl();
	}

	selectPeriod(period: string) {
		this.period = period;
		this.syncUrl();
	}

	/** Sets the period range; the single period of Vergelijking and Kaart moves inside it. */
	selectRange(from: string, to: string) {
		({ from: this.periodFrom, to: this.periodTo } = chooseRange(this.allPeriods, from, to));
		const periods = this.rangePeriods;
		if (!this.period || !periods.includes(this.period))
			this.period = latestWithWijken(this.rows, periods);
		this.syncUrl();
	}

	selectView(view: View) {
		this.view = view;
		this.syncUrl();
		if (view === 'overzicht') void this.loadOverview();
	}

	/** Latest request wins, as in loadTrend. */
	async loadOverview() {
		const request = ++this.#overviewRequest;
		const gemeente = this.gemeente;
		if (!gemeente) return;
		// Loaded with the view, and with it the choice of one group and kind per indicator.
		const { overviewRows } = await import('$lib/db/queries/overview');
		const shown = await overviewRows(this.db, gemeente, this.slice, this.periodKind);
		const overrides = await indicatorOverrides(this.db);
		if (request !== this.#overviewRequest) return;
		this.overview = { gemeente, overrides, ...shown };
	}

	/** Opens one wijk of one indicator in the Ontwikkeling view, e.g. from a cell of the Overzicht. */
	async openTrend(indicator: string, wijk: string) {
		this.view = 'trend';
		this.#wanted.wijken = [wijk];
		await this.selectIndicator(indicator);
	}

	async saveMeta(override: MetaOverride) {
		if (!this.indicator) return;
		const { saveUserMeta } = await metaModule();
		await saveUserMeta(this.db, this.indicator, override);
		this.#overrides = await indicatorOverrides(this.db);
		await this.loadTrend(false);
	}

	/** The view (never any data) goes into the URL, so it can be bookmarked and reopened. */
	syncUrl() {
		if (typeof window === 'undefined' || this.status !== 'ready' || this.#urlPending) return;
		// Written once for all changes of this moment, when the browser has nothing else to do
		// after the next frame: writing the URL (10-40 ms in Chromium) and keeping the view wait
		// for every other task. A timer after the frame ran ahead of tasks already waiting, such
		// as handling the next click.
		this.#urlPending = true;
		requestAnimationFrame(() => whenIdle(() => this.#flushUrl()));
	}

	#urlPending = false;

	/** Writes a pending URL and kept view now: when idle, or when the tab is closed before that. */
	#flushUrl() {
		if (!this.#urlPending) return;
		this.#urlPending = false;
		this.#writeUrl();
	}

	#writeUrl() {
		if (this.status !== 'ready') return;
		// A plain URL, read once and written once: not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const url = new URL(window.location.href);
		const params: Record<string, string | null> = {
			g: this.gemeente,
			i: this.indicator,
			p: this.period,
			f: this.periodFrom,
			t: this.periodTo,
			s: this.slice,
			k: this.periodKind,
			v: this.view,
			w: this.chosenWijken.join(',') || null,
			m: this.section === 'pilot' ? 'pilot' : null
		};
		for (const [key, value] of Object.entries(params)) {
			if (value) url.searchParams.set(key, value);
			else url.searchParams.delete(key);
		}
		// Same page, other query string: nothing to resolve against the base path.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (url.href !== window.location.href) replaceState(url, {});
		noteUrl(url.search);
		if (this.persistence !== 'opfs' || this.#deletes > 0) return;
		const view = {
			params: url.search,
			sources: this.sources,
			gemeenten: this.gemeenten,
			indicators: this.indicators,
			overrides: this.#overrides,
			rows: this.#allRows
		};
		void lastView().then((m) => m.keepLastView(view));
	}

	/** Reads a bookmarked view from the URL before the first data is loaded. */
	#readUrl(search: string): { gemeente?: string; indicator?: string } {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once at start-up
		const params = new URLSearchParams(search);
		const view = params.get('v');
		const known = VIEWS.find((v) => v === view);
		if (known) this.view = known;
		if (params.get('m') === 'pilot') this.section = 'pilot';
		this.periodFrom = params.get('f');
		this.periodTo = params.get('t');
		this.slice = params.get('s');
		this.periodKind = this.#kindWanted = params.get('k');
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
		if (isPackName(file.name)) return this.readPack(file);
		try {
			const prepared = await prepareInWorker(file, this.#abort.signal);
			await this.review(await this.applySavedProfile(prepared));
		} catch (error) {
			this.importStep = { step: 'failed', message: toUserMessage(error) };
		}
	}

	/** Reads and checks a data pack; its report shows before anything is stored, as for a CSV. */
	async readPack(file: File) {
		const request = ++this.#check;
		try {
			const pack = { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
			const { checkPack } = await pipeline();
			const report = await checkPack(this.db, pack.fileName, pack.bytes);
			if (request === this.#check) this.importStep = { step: 'review-pack', pack, report };
		} catch (error) {
			if (request === this.#check)
				this.importStep = { step: 'failed', message: toUserMessage(error) };
		}
	}

	async confirmPack(pack: PackFile, options: { replace: boolean }) {
		this.#check++;
		this.importStep = { step: 'importing', fileName: pack.fileName };
		try {
			const { importPack } = await pipeline();
			const report = await importPack(this.db, pack.fileName, pack.bytes, options);
			this.importStep = { step: 'done', report };
			if (report.status === 'imported')
				await this.refresh({ gemeente: report.gemeenten[0], indicator: report.indicators[0] });
		} catch (error) {
			this.importStep = { step: 'failed', message: toUserMessage(error) };
		}
	}

	/**
	 * A mapping the user saved for this header is used instead of the detected one, except the
	 * name typed for the file's one indicator: another file with the same columns is usually
	 * another indicator, and the old name would put its figures over the first one's.
	 */
	async applySavedProfile(file: PreparedFile): Promise<PreparedFile> {
		const { findProfile, sniff } = await pipeline();
		const saved = await findProfile(this.db, file.headerKey);
		if (!saved) return file;
		const sniffed =
			saved.delimiter === file.sniffed.delimiter && saved.decimal === file.sniffed.decimal
				? file.sniffed
				: sniff(file.decoded.head, { delimiter: saved.delimiter, decimal: saved.decimal });
		return { ...file, sniffed, mapping: { ...saved.mapping, fixedIndicator: null } };
	}

	async saveProfile(file: PreparedFile, name: string) {
		const { delimiter, decimal } = file.sniffed;
		const { saveProfile } = await pipeline();
		await saveProfile(this.db, file.headerKey, name, { mapping: file.mapping, delimiter, decimal });
	}

	/**
	 * A choice in the mapping step changed: the report shown no longer fits, so it goes (and with
	 * it the Toevoegen button) until the check has run again. Without this, a quick click on
	 * Toevoegen stored the file with the choices from before the change.
	 */
	reviewPending() {
		const step = this.importStep;
		if (step.step !== 'review' || (step.report === null && step.error === null)) return;
		this.#check++;
		this.importStep = { ...step, report: null, error: null };
	}

	/** Checks a file with its (corrected) mapping; the report shows before anything is stored. */
	async review(file: PreparedFile, options: ImportOptions = {}) {
		// A late call from a mapping step that has closed must not reopen it over the result.
		if (this.importStep.step !== 'review' && this.importStep.step !== 'reading') return;
		const request = ++this.#check;
		this.importStep = { step: 'review', file, report: null, error: null };
		try {
			const { checkFile, checkPilotFile, mappingSchema } = await pipeline();
			// An incomplete mapping is explained by the mapping editor itself; nothing to check yet.
			if (!file.template && !mappingSchema.safeParse(file.mapping).success) {
				if (request === this.#check)
					this.importStep = { step: 'review', file, report: null, error: null, incomplete: true };
				return;
			}
			const report = file.template
				? await checkPilotFile(this.db, file, file.template, options)
				: await checkFile(this.db, file, options);
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
			const signal = this.#abort.signal;
			const { importFile, importPilotFile } = await pipeline();
			const report = file.template
				? await importPilotFile(this.db, file, file.template, { ...options, signal })
				: await importFile(this.db, file, { ...options, signal });
			this.importStep = { step: 'done', report };
			if (report.status === 'imported' && file.template) {
				this.section = 'pilot';
				await this.refresh();
			} else if (report.status === 'imported') {
				await this.refresh({ gemeente: report.gemeenten[0], indicator: report.indicators[0] });
			}
		} catch (error) {
			this.importStep = { step: 'failed', message: toUserMessage(error) };
		}
	}

	async deleteSource(id: string) {
		const { deleteSource } = await pipeline();
		await this.#deleting(async () => {
			await deleteSource(this.db, id);
			await this.refresh();
		});
	}

	/** Deletes run: nothing is kept meanwhile (what is on screen may be what goes). */
	#deletes = 0;

	async #deleting(work: () => Promise<void>) {
		const { forgetLastView } = await lastView();
		this.#deletes++;
		forgetLastView();
		try {
			await work();
		} finally {
			forgetLastView();
			this.#deletes--;
		}
	}

	/** Stops reading, checking or storing; the database stays as it was. */
	cancelImport() {
		this.#abort?.abort();
		this.#check++;
		this.importStep = { step: 'idle' };
		// What the check kept in the database for storing is not needed any more.
		const db = this.#db;
		if (db)
			void pipeline().then((p) =>
				Promise.all([p.discardCheck(db), p.dropPack(db)]).catch(() => undefined)
			);
	}

	async wipe() {
		const { wipeData } = await import('$lib/db/queries/wipe');
		await this.#deleting(async () => {
			await wipeData(this.db);
			await setSetting(this.db, SAMPLE_SETTING, 'true');
			await setSetting(this.db, PILOT_SAMPLE_SETTING, 'false');
			this.importStep = { step: 'idle' };
			this.gemeente = null;
			this.indicator = null;
			await this.refresh();
		});
		this.notice = 'wiped';
	}

	async restoreSample() {
		await this.loadSample();
		this.notice = null;
		await this.refresh({ gemeente: 'GM9999' });
		if (this.section === 'pilot') await this.ensurePilotSample();
	}
}
