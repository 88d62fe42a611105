import type { ServerErrorReason } from '../src/dto/server-error';

/** Reasons the client itself can produce, on top of the server's. */
export type ClientErrorReason = 'unknown' | 'unavailable';

/** A failed server call with a code to branch on (server functions throw JSON `{reason, message}`). */
export class ServerError extends Error {
  override readonly name = 'ServerError';
  constructor(
    readonly reason: ServerErrorReason | ClientErrorReason,
    message: string,
  ) {
    super(message);
  }
}

function isReasoned(value: unknown): value is { reason: string; message: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['reason'] === 'string' && typeof v['message'] === 'string';
}

/**
 * Turns what withFailureHandler receives into a ServerError. Apps Script may prefix the thrown message
 * (e.g. "Exception: "), so the JSON is looked for from the first brace.
 */
export function toServerError(error: unknown): ServerError {
  const message = error instanceof Error ? error.message : String(error);
  const brace = message.indexOf('{');
  if (brace >= 0) {
    try {
      const parsed: unknown = JSON.parse(message.slice(brace));
      if (isReasoned(parsed)) return new ServerError(parsed.reason as ServerErrorReason, parsed.message);
    } catch {
      // Not JSON: an unexpected server error; keep its text.
    }
  }
  return new ServerError('unknown', message || 'The server call failed.');
}
