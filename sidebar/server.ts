/**
 * Typed promises over google.script.run: `await serverCall('getCaseState', 'SCA-0001')`.
 * The names and shapes come from the type-only src/dto/server-functions.ts, so no server code is bundled.
 * A refusal comes back as a value (`{ ok: false, reason, … }`); only an unexpected failure rejects.
 */
import type { ServerFunctions } from '../src/dto/server-functions';
import { googleScript, invoke } from './google-script';
import { ServerError, toServerError } from './server-error';

export type ServerResult<K extends keyof ServerFunctions> = ReturnType<ServerFunctions[K]>;

export function serverCall<K extends keyof ServerFunctions>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ServerResult<K>> {
  return new Promise((resolve, reject) => {
    const script = googleScript();
    if (!script) {
      reject(new ServerError('unavailable', 'Open this sidebar from the add-on menu in Google Sheets.'));
      return;
    }
    const runner = script.run
      .withSuccessHandler((result) => resolve(result as ServerResult<K>))
      .withFailureHandler((error) => reject(toServerError(error)));
    invoke(runner, name, args);
  });
}

/** Closes the sidebar (no-op outside HtmlService). */
export function closeSidebar(): void {
  googleScript()?.host.close();
}

/** The message of anything a call rejected with. */
export function failureText(error: unknown): string {
  return (error instanceof ServerError ? error : toServerError(error)).message;
}
