/**
 * OAuth scopes as Apps Script enforces them when a manifest (appsscript.json) lists `oauthScopes`: the
 * project gets exactly those scopes, and calling a method whose scope is not among them throws
 * "Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions:
 * https://www.googleapis.com/auth/userinfo.email" (the reference's "Authorization" section of each method
 * names the scopes that allow it). A manifest without `oauthScopes` lets Apps Script detect scopes from
 * the code, so nothing is enforced then.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const AUTH = 'https://www.googleapis.com/auth/';

/** Each listed scope allows the method; the first is the one named in the error, as Google names it. */
const SPREADSHEETS = [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`];
const CONTAINER_UI = [`${AUTH}script.container.ui`];
const SEND_MAIL = [`${AUTH}script.send_mail`];
const SCRIPTAPP = [`${AUTH}script.scriptapp`];
const USER_EMAIL = [`${AUTH}userinfo.email`];

/** Service (global or Ui) → method → scopes any one of which allows it. Methods not listed need no scope. */
const METHOD_SCOPES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Session: { getActiveUser: USER_EMAIL, getEffectiveUser: USER_EMAIL },
  MailApp: { sendEmail: SEND_MAIL, getRemainingDailyQuota: SEND_MAIL },
  ScriptApp: { newTrigger: SCRIPTAPP, getProjectTriggers: SCRIPTAPP, getUserTriggers: SCRIPTAPP, deleteTrigger: SCRIPTAPP },
  // getUi() itself needs none (an add-on's onOpen in AuthMode.NONE builds its menu); what it shows does.
  SpreadsheetApp: Object.fromEntries(
    ['getActive', 'getActiveSpreadsheet', 'getActiveSheet', 'getActiveRange', 'flush', 'openById', 'openByUrl', 'create'].map(
      (m) => [m, SPREADSHEETS] as const,
    ),
  ),
  // Showing things needs the scope; building the menu does not (onOpen in AuthMode.NONE, before any consent).
  Ui: Object.fromEntries(
    ['alert', 'prompt', 'showSidebar', 'showModalDialog', 'showModelessDialog'].map((m) => [m, CONTAINER_UI] as const),
  ),
};

/** The scopes of the loaded bundle's manifest; undefined when it declares none (nothing is enforced). */
export class DeclaredScopes {
  private scopes: ReadonlySet<string> | undefined;

  /** Reads `<distDir>/appsscript.json`; a missing file or missing `oauthScopes` means "not declared". */
  loadManifest(distDir: string): void {
    let manifest: { oauthScopes?: unknown };
    try {
      manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8')) as { oauthScopes?: unknown };
    } catch {
      this.scopes = undefined;
      return;
    }
    const listed = manifest.oauthScopes;
    this.scopes = Array.isArray(listed) ? new Set(listed.map(String)) : undefined;
  }

  /** Throws Google's error when `service.method` needs a scope the manifest does not declare. */
  check(service: string, method: string): void {
    const needed = METHOD_SCOPES[service]?.[method];
    if (!this.scopes || !needed || needed.some((s) => this.scopes?.has(s))) return;
    throw new Error(`Specified permissions are not sufficient to call ${service}.${method}. Required permissions: ${needed[0] ?? ''}`);
  }
}

/** Wraps a service so each of its methods checks the declared scopes before it runs. */
export function scoped<T extends object>(service: T, name: string, scopes: DeclaredScopes): T {
  if (!METHOD_SCOPES[name]) return service;
  return new Proxy(service, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return function (this: unknown, ...args: unknown[]) {
        scopes.check(name, prop);
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
}
