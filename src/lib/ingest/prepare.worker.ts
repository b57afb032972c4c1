/// <reference lib="webworker" />
/**
 * Reads, decodes and sniffs a file off the main thread, so the page never freezes on a large
 * file. The File itself is sent here; only the UTF-8 bytes and a small head come back.
 */
import { AppError } from '$lib/errors/app-error';
import { prepareFile } from './prepare';

export type PrepareReply =
	| { ok: true; file: Awaited<ReturnType<typeof prepareFile>> }
	| { ok: false; code: string | null; params: Record<string, string | number> };

self.onmessage = async (event: MessageEvent<File>) => {
	const input = event.data;
	try {
		const file = await prepareFile(input.name, new Uint8Array(await input.arrayBuffer()));
		const transfer = [file.decoded.utf8.buffer, file.decoded.lines.buffer] as ArrayBuffer[];
		self.postMessage({ ok: true, file } satisfies PrepareReply, {
			transfer: [...new Set(transfer)]
		});
	} catch (error) {
		if (!(error instanceof AppError)) console.error(error);
		const reply: PrepareReply =
			error instanceof AppError
				? { ok: false, code: error.code, params: error.params }
				: { ok: false, code: null, params: {} };
		self.postMessage(reply);
	}
};
