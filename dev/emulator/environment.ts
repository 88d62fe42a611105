/**
 * Wires one emulated Apps Script world: clock, call counter, auth, users, the workbook (behind the
 * spreadsheet contract) and every service, plus the state the tests read (mail, ui, triggers, properties,
 * logs). createEnvironmentWith takes the workbook factory so the wiring does not depend on the model's module.
 */
import { resolve } from 'node:path';
import type { CellValue, CreateEnvironment, Environment, EnvironmentOptions, WorkbookSnapshot } from './api';
import { AuthState } from './auth';
import { createAddOn } from './add-on';
import { CacheStores, createCacheService } from './cache-service';
import { CallCounter } from './call-counter';
import { createCharts } from './charts-service';
import { Clock } from './clock';
import { createEmulatedDate } from './emulated-date';
import { Execution } from './execution';
import { createHtmlService } from './html-service';
import { LockTable, createLockService } from './lock-service';
import { createConsole, createLogger } from './logger';
import { MailBox, createMailApp } from './mail-app';
import { DeclaredScopes, scoped } from './oauth-scopes';
import { PropertyStores, createPropertiesService } from './properties-service';
import { createScriptApp } from './script-app';
import { effectiveUser, type ServiceContext } from './service-context';
import { createSession } from './session';
import type { CreateWorkbook, SpreadsheetHost } from './spreadsheet/contract';
import { TriggerStore } from './trigger-store';
import { UiRecorder, createUi } from './ui';
import { createUtilities } from './utilities';
import { bundleFile, loadScript } from './vm-loader';

const DEFAULT_DIST = resolve(__dirname, '../../dist');
const EMULATOR_KEY = 'emulator';

/** The environment's own part of a saved workbook (the workbook model owns the rest). */
interface EmulatorState {
  properties?: unknown;
  triggers?: unknown;
  mail?: unknown;
}

export function createEnvironmentWith(createWorkbook: CreateWorkbook): CreateEnvironment {
  return (options: EnvironmentOptions = {}): Environment => {
    const counter = new CallCounter();
    const auth = new AuthState();
    const clock = new Clock(options.now);
    const execution = new Execution(auth);
    const ctx: ServiceContext = {
      counter,
      auth,
      clock,
      execution,
      users: { active: options.activeUser ?? 'coordinator@clinic.example', blankInSimpleTriggers: options.hideActiveUserInSimpleTriggers ?? false },
      authorization: { required: false },
    };
    const timeZone = options.timeZone ?? 'America/New_York';
    const scriptTimeZone = options.scriptTimeZone ?? 'America/Los_Angeles';
    const spreadsheetId = options.spreadsheetId ?? 'emulated-spreadsheet-id';
    const saved = (options.workbook?.[EMULATOR_KEY] ?? {}) as EmulatorState;

    const recorder = new UiRecorder();
    // The loaded bundle's manifest decides which methods may run (see oauth-scopes.ts).
    const scopes = new DeclaredScopes();
    const ui = scoped(createUi(ctx, recorder, options.addOnName ?? 'SCA Tracker'), 'Ui', scopes);
    const host: SpreadsheetHost = {
      counter,
      auth,
      now: () => clock.now(),
      toast: (message, title, _timeoutSeconds) => recorder.toasts.push({ message: String(message), title: String(title), at: clock.now() }),
      ui: () => {
        if (!execution.hasUi) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return ui;
      },
    };
    let workbookSnapshot: WorkbookSnapshot | undefined;
    if (options.workbook) {
      const { [EMULATOR_KEY]: _own, ...rest } = options.workbook;
      workbookSnapshot = rest as WorkbookSnapshot;
    }
    const workbook = createWorkbook({
      host,
      timeZone,
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
      name: options.spreadsheetName ?? 'SCA Tracker (emulated)',
      id: spreadsheetId,
      ...(workbookSnapshot ? { snapshot: workbookSnapshot } : {}),
    });

    const properties = PropertyStores.fromJSON(saved.properties);
    const triggers = new TriggerStore();
    triggers.restore(saved.triggers);
    // The option is what is left "today"; the same number comes back when the 24 h window ends.
    const mailQuota = options.mailQuota ?? 1500;
    const mail = new MailBox(mailQuota, mailQuota);
    mail.restore(saved.mail);
    const locks = new LockTable(() => effectiveUser(ctx));
    execution.onEnd(() => locks.releaseExecutionLocks());
    const logs: string[] = [];
    let distDir: string | undefined;

    const services: Record<string, object> = {
      SpreadsheetApp: workbook.spreadsheetApp,
      Charts: createCharts(),
      PropertiesService: createPropertiesService(ctx, properties),
      LockService: createLockService(ctx, locks),
      CacheService: createCacheService(ctx, new CacheStores()),
      MailApp: createMailApp(ctx, mail),
      ScriptApp: createScriptApp(ctx, triggers, { scriptTimeZone, spreadsheetId, scriptId: 'emulated-script-id' }),
      HtmlService: createHtmlService(ctx, { fileDir: () => distDir }),
      Session: createSession(ctx, scriptTimeZone),
      Utilities: createUtilities(ctx),
      Logger: createLogger(ctx, logs),
      console: createConsole(logs),
      Date: createEmulatedDate(() => clock.millis()),
    };
    const globals: Record<string, unknown> = Object.fromEntries(
      Object.entries(services).map(([name, service]) => [name, scoped(service, name, scopes)]),
    );

    return {
      loadBundle(dir = DEFAULT_DIST) {
        distDir = dir;
        scopes.loadManifest(dir);
        const script = loadScript(bundleFile(dir), globals);
        return createAddOn({ ctx, script, ui: recorder, workbook, triggers });
      },
      now: () => clock.now(),
      setNow: (now) => clock.set(now),
      timeZone,
      globals,
      spreadsheet: workbook.spreadsheet,
      readSheet: (sheetName: string): CellValue[][] => workbook.readValues(sheetName),
      writeSheet: (sheetName, a1, values) => workbook.writeValues(sheetName, a1, values),
      readDisplay: (sheetName) => workbook.readDisplay(sheetName),
      mail: {
        get sent() {
          return mail.sent;
        },
        setQuota: (remaining: number) => {
          mail.remaining = remaining;
        },
        clear: () => {
          mail.sent = [];
        },
      },
      ui: recorder,
      get triggers() {
        return triggers.triggers.map((t) => ({ ...t }));
      },
      calls: counter,
      get properties() {
        return { document: properties.document, user: properties.user(ctx.users.active), script: properties.script };
      },
      logs,
      setActiveUser: (email) => {
        ctx.users.active = email;
      },
      revokeAccess: (email) => {
        for (const t of triggers.ownedBy(email)) triggers.remove(t.id);
      },
      setAuthorizationRequired: (required) => {
        ctx.authorization.required = required;
      },
      locks,
      saveWorkbook(): WorkbookSnapshot {
        const own: EmulatorState = { properties: properties.toJSON(), triggers: triggers.toJSON(), mail: mail.toJSON() };
        return { ...workbook.toSnapshot(), [EMULATOR_KEY]: JSON.parse(JSON.stringify(own)) as unknown, version: 1 };
      },
    };
  };
}
