/**
 * A reload asks for the URL the page had when the user pressed it. The view goes into the URL
 * when the page is idle (see Dashboard.syncUrl), so a view changed just before has not been
 * written yet; it is written while the reload is on its way, too late for it. So every URL the
 * page writes is also noted for this tab (sessionStorage, never sent anywhere), and a reload at
 * one of the URLs this page had starts from the last one it wrote.
 */
const KEY = 'wijkpeil:urls-van-dit-tabblad';
/** A reload asks for one of the last URLs written; older ones cannot be asked for any more. */
const KEPT = 10;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `store`, or the tab's sessionStorage (reading which throws where site data is blocked). */
const storage = (store?: Store): Store => store ?? sessionStorage;

function noted(store?: Store): string[] {
	try {
		const urls: unknown = JSON.parse(storage(store).getItem(KEY) ?? '[]');
		return Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : [];
	} catch {
		return [];
	}
}

function keep(urls: string[], store?: Store) {
	try {
		storage(store).setItem(KEY, JSON.stringify(urls.slice(-KEPT)));
	} catch {
		// Storage blocked or full: a reload then shows the view from before the last change.
	}
}

/** Notes a query string the page just wrote into its URL. */
export function noteUrl(search: string, store?: Store) {
	const urls = noted(store);
	if (urls.at(-1) !== search) keep([...urls, search], store);
}

/**
 * The query string a page opened at `search` starts from: after a reload at one of the URLs the
 * page in this tab had, the last one it wrote; otherwise `search` (a bookmark, a link, going
 * back). The notes start again from there: they belong to this page only.
 */
export function urlAtStart(search: string, reloaded: boolean, store?: Store): string {
	const urls = noted(store);
	const start = reloaded && urls.includes(search) ? urls.at(-1)! : search;
	// Until the page writes `start`, its URL is still `search`: a reload then asks for that.
	keep(start === search ? [start] : [search, start], store);
	return start;
}

/** Whether this page was opened by reloading it. */
export function wasReloaded(): boolean {
	const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	return entry?.type === 'reload';
}
