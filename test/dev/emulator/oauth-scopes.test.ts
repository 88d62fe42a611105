/**
 * Conformance: scopes declared in appsscript.json are the only ones a project gets. Apps Script reference,
 * "Authorization" section of each method (e.g. Session.getActiveUser / getEffectiveUser: "Scripts that use
 * this method require authorization with … https://www.googleapis.com/auth/userinfo.email"), and the error a
 * project with explicit `oauthScopes` gets when one is missing:
 *   "Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions:
 *    https://www.googleapis.com/auth/userinfo.email"
 * A manifest without `oauthScopes` gets the scopes Apps Script detects in the code: nothing is refused.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestEnvironment, FIXTURES } from './environment-factory';

const AUTH = 'https://www.googleapis.com/auth/';
const ALL = ['spreadsheets.currentonly', 'script.container.ui', 'script.send_mail', 'script.scriptapp', 'userinfo.email'];

/** The fixture bundle with a manifest declaring `scopes` (short names), or no oauthScopes when undefined. */
function distWith(scopes: readonly string[] | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-scopes-'));
  copyFileSync(join(FIXTURES, 'Code.js'), join(dir, 'Code.js'));
  const manifest = { timeZone: 'America/New_York', runtimeVersion: 'V8', ...(scopes ? { oauthScopes: scopes.map((s) => AUTH + s) } : {}) };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return dir;
}

const without = (scope: string): string[] => ALL.filter((s) => s !== scope);

describe('OAuth scopes from appsscript.json', () => {
  it.each([
    ['userinfo.email', 'Session.getEffectiveUser', []],
    ['userinfo.email', 'Session.getActiveUser', []],
    ['script.send_mail', 'MailApp.sendEmail', ['a@clinic.example', 'Subject', 'Body']],
    ['script.send_mail', 'MailApp.getRemainingDailyQuota', []],
    ['script.scriptapp', 'ScriptApp.getProjectTriggers', []],
    ['script.scriptapp', 'ScriptApp.newTrigger', ['dailyCheck']],
    ['spreadsheets.currentonly', 'SpreadsheetApp.getActiveSpreadsheet', []],
  ] as const)('without %s, %s throws Google\'s message', (scope, path, args) => {
    const addOn = createTestEnvironment().loadBundle(distWith(without(scope)));
    expect(() => addOn.run('callService', [path, args])).toThrow(
      `Specified permissions are not sufficient to call ${path}. Required permissions: ${AUTH}${scope}`,
    );
  });

  it('without script.container.ui, showing a dialog throws, while getUi() and building the menu still work', () => {
    const env = createTestEnvironment();
    const addOn = env.loadBundle(distWith(without('script.container.ui')));
    addOn.fireOnOpen('NONE'); // createAddonMenu … addToUi, as an add-on's onOpen does before consent
    expect(env.ui.menus).toHaveLength(1);
    expect(() => addOn.run('ask')).toThrow(`Specified permissions are not sufficient to call Ui.prompt. Required permissions: ${AUTH}script.container.ui`);
  });

  it('the broader spreadsheets scope allows SpreadsheetApp as spreadsheets.currentonly does', () => {
    const addOn = createTestEnvironment().loadBundle(distWith([...without('spreadsheets.currentonly'), 'spreadsheets']));
    expect(() => addOn.run('callService', ['SpreadsheetApp.getActiveSpreadsheet', []])).not.toThrow();
  });

  it('with every scope declared, Session reports the user and methods needing no scope run', () => {
    const addOn = createTestEnvironment({ activeUser: 'a@clinic.example' }).loadBundle(distWith(ALL));
    const user = addOn.run('callService', ['Session.getEffectiveUser', []]) as GoogleAppsScript.Base.User;
    expect(user.getEmail()).toBe('a@clinic.example');
    expect(addOn.run('callService', ['Session.getScriptTimeZone', []])).toEqual(expect.any(String));
    expect(addOn.run('doWork')).toBe('done'); // PropertiesService needs no scope
  });

  it('a manifest without oauthScopes (scopes detected from the code) refuses nothing', () => {
    const addOn = createTestEnvironment().loadBundle(distWith(undefined));
    expect(() => addOn.run('callService', ['Session.getEffectiveUser', []])).not.toThrow();
    expect(() => addOn.run('callService', ['MailApp.getRemainingDailyQuota', []])).not.toThrow();
  });

  it('the real manifest (dist/appsscript.json, built from the root one) declares userinfo.email', () => {
    const env = createTestEnvironment();
    env.loadBundle();
    const session = env.globals.Session as GoogleAppsScript.Base.Session;
    expect(session.getEffectiveUser().getEmail()).toBe('coordinator@clinic.example');
  });
});
