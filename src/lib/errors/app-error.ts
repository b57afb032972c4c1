import { messages, type ErrorCode } from './messages.nl';

type Params = Record<string, string | number>;

/** An expected problem with a stable code; its Dutch text lives in messages.nl.ts. */
export class AppError extends Error {
	constructor(
		readonly code: ErrorCode,
		readonly params: Params = {},
		options?: ErrorOptions
	) {
		super(code, options);
		this.name = 'AppError';
	}
}

export function fillTemplate(template: string, params: Params): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? '?'));
}

/** The text a user sees for any error. Raw engine text goes to the console, never to the page. */
export function toUserMessage(error: unknown): string {
	if (error instanceof AppError) return fillTemplate(messages[error.code], error.params);
	console.error(error);
	return messages.unexpected;
}
