/**
 * Typed promises over google.script.run: `await serverCall('getSidebarState')`.
 * The names and shapes come from the type-only src/dto/server-functions.ts, so no server code is bundled.
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
