/**
 * Runs in the page before any of the app's scripts (page.addInitScript). Records, on the page's
 * own clock (performance.now):
 * - long main-thread tasks (PerformanceObserver 'longtask', plus 'long-animation-frame');
 * - gaps between animation frames longer than 20 ms (a frame gap is a frozen page);
 * - performance.memory.usedJSHeapSize every 50 ms (precise with --enable-precise-memory-info);
 * - the import's milestones: the file input's change event, the check report with an enabled
 *   "Toevoegen" button, the click on it, and the report that says the file is stored;
 * - every message to and from a Web Worker (DuckDB's requests with their SQL, and the file
 *   reader), to tell where the time goes.
 * It must stay self-contained: Playwright serialises the function into the page.
 */
export function probe() {
	const b = {
		longTasks: [],
		frames: [],
		heap: [],
		messages: [],
		marks: {}
	};
	Object.defineProperty(window, '__benchProbe', { value: b });
	const now = () => performance.now();

	const observe = (type, map) => {
		try {
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) map(entry);
			}).observe({ type, buffered: true });
		} catch {
			// Entry type not supported: that figure stays empty.
		}
	};
	observe('longtask', (e) => b.longTasks.push(['task', e.startTime, e.duration]));
	observe('long-animation-frame', (e) =>
		b.longTasks.push(['frame', e.startTime, e.duration, e.blockingDuration ?? 0])
	);

	let lastFrame = 0;
	const frame = () => {
		const t = now();
		if (lastFrame && t - lastFrame > 20) b.frames.push([lastFrame, t - lastFrame]);
		lastFrame = t;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);

	setInterval(() => {
		const memory = performance.memory;
		if (memory) b.heap.push([now(), memory.usedJSHeapSize]);
	}, 50);

	const importButton = () =>
		[...document.querySelectorAll('button')].find((e) => e.textContent.trim() === 'Toevoegen');
	const watch = new MutationObserver(() => {
		const report = document.querySelector('[data-testid="import-report"]');
		const alert = document.querySelector('.import [role="alert"]');
		if (alert && !b.marks.failed) b.marks.failed = [now(), alert.textContent.trim()];
		if (!report) return;
		if (report.classList.contains('imported')) {
			b.marks.stored ??= now();
			watch.disconnect();
		} else if (!b.marks.checked && importButton() && !importButton().disabled) {
			b.marks.checked = now();
		}
	});
	document.addEventListener(
		'change',
		(e) => {
			if (e.target?.matches?.('[data-testid="file-input"]')) {
				b.marks.change = now();
				watch.observe(document, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
			}
		},
		true
	);
	document.addEventListener(
		'click',
		(e) => {
			if (e.target === importButton()) b.marks.click = now();
		},
		true
	);

	let workers = 0;
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (message, ...rest) {
		if (this.__benchId === undefined) {
			const id = workers++;
			Object.defineProperty(this, '__benchId', { value: id });
			this.addEventListener('message', (e) => {
				const d = e.data ?? {};
				const result = d.type === 'PREPARED_STATEMENT_ID' ? d.data : null;
				b.messages.push([now(), id, 'in', d.requestId ?? null, d.type ?? 'reply', result]);
			});
		}
		let type = 'message';
		let id = null;
		let text = null;
		if (message instanceof File) type = 'READ_FILE';
		else if (message && typeof message === 'object' && 'messageId' in message) {
			id = message.messageId;
			type = message.type;
			const d = message.data;
			if (Array.isArray(d)) {
				const s = d.find((x) => typeof x === 'string');
				if (s) text = s.replace(/\s+/g, ' ').slice(0, 200);
				if (type === 'RUN_PREPARED') text = `#${d[1]}`;
			}
		}
		b.messages.push([now(), this.__benchId, 'out', id, type, text]);
		return post.call(this, message, ...rest);
	};
}
