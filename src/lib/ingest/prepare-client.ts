import { AppError } from '$lib/errors/app-error';
import type { ErrorCode } from '$lib/errors/messages.nl';
import type { PreparedFile } from './prepare';
import type { PrepareReply } from './prepare.worker';

/** Prepares a file in a Web Worker; aborting stops the worker and rejects with import_cancelled. */
export function prepareInWorker(file: File, signal?: AbortSignal): Promise<PreparedFile> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
		const stop = () => {
			worker.terminate();
			reject(new AppError('import_cancelled'));
		};
		signal?.addEventListener('abort', stop, { once: true });
		worker.onmessage = (event: MessageEvent<PrepareReply>) => {
			signal?.removeEventListener('abort', stop);
			worker.terminate();
			const reply = event.data;
			if (reply.ok) resolve(reply.file);
			else reject(new AppError((reply.code ?? 'unexpected') as ErrorCode, reply.params));
		};
		worker.onerror = (event) => {
			signal?.removeEventListener('abort', stop);
			worker.terminate();
			reject(new AppError('unexpected', {}, { cause: event.message }));
		};
		worker.postMessage(file);
	});
}
