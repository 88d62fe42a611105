/**
 * The slice of HtmlService's client API the sidebar uses. Declared here because the sidebar compiles
 * with no ambient types (the Apps Script typings describe the server, not the iframe).
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
}

interface GoogleScript {
  readonly script: { readonly run: ScriptRunner; readonly host: { close(): void } };
}

declare const google: GoogleScript | undefined;

/** The google.script API, or null when the page is opened outside HtmlService (e.g. straight from dist/). */
export function googleScript(): GoogleScript['script'] | null {
  return typeof google === 'undefined' ? null : google.script;
}

/** Calls server function `name` on a configured runner; names are only known at run time. */
export function invoke(runner: ScriptRunner, name: string, args: readonly unknown[]): void {
  const fn = (runner as unknown as Record<string, ((...a: unknown[]) => void) | undefined>)[name];
  if (typeof fn !== 'function') throw new Error(`google.script.run has no function ${name}`);
  fn.apply(runner, [...args]);
}
