/**
 * The emulator's programmatic API: the one surface the tests, the benchmark and the preview use.
 * Keep it small and stable — every issue's tests drive the add-on through it.
 *
 *   const env = createEnvironment({ now: '2026-03-09T13:00:00Z', timeZone: 'America/New_York' });
 *   const addOn = env.loadBundle();              // dist/Code.js in a fresh vm context
 *   addOn.fireOnOpen('NONE');                    // menu only
 *   addOn.clickMenu('Set up or repair tracker'); // runs the item's function in AuthMode.FULL
 *   addOn.userEdit('Cases', 'I2', 'Submitted');  // a user edit: validation, then onEdit (LIMITED)
 *   env.mail.sent; env.calls.get('Range.getValues'); env.ui.toasts;
 */
import type { AuthModeName } from './auth';
import type { CallCounter } from './call-counter';
import type { WorkbookModel } from './spreadsheet/contract';
import type { FilterCriteriaSpec } from './spreadsheet/filter-spec';

import type { CellValue, WorkbookSnapshot } from './values';

export type { CellValue, WorkbookSnapshot } from './values';
export type { FilterCriteriaSpec } from './spreadsheet/filter-spec';

export interface EnvironmentOptions {
  /** The emulated clock's current instant (Date or ISO string). Default: the real now. */
  now?: Date | string;
  /** The spreadsheet's time zone (getSpreadsheetTimeZone). Default 'America/New_York'. */
  timeZone?: string;
  /** The spreadsheet's locale (getSpreadsheetLocale), which decides how typed dates read: '3/7/2026' is March 7 in en_US, 3 July in en_GB. Default 'en_US'. (Added.) */
  locale?: string;
  /** The script's (manifest's) time zone (Session.getScriptTimeZone). Default 'America/Los_Angeles'. */
  scriptTimeZone?: string;
  /** The active user's email. Default 'coordinator@clinic.example'. */
  activeUser?: string;
  /** Start from a saved workbook (env.saveWorkbook()), instead of an empty one with a single 'Sheet1'. */
  workbook?: WorkbookSnapshot;
  /** Recipients MailApp may still send to today. Default 1500 (Workspace). */
  mailQuota?: number;
  /** Spreadsheet name and id. */
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Title of createAddonMenu() menus (Apps Script uses the add-on's name). Default 'SCA Tracker'. (Added.) */
  addOnName?: string;
  /**
   * Make Session.getActiveUser().getEmail() and e.user's email '' in simple triggers, as Apps Script does for
   * consumer accounts and users outside the owner's domain. Default false. (Added.)
   */
  hideActiveUserInSimpleTriggers?: boolean;
}

export interface SentMail {
  readonly to: string;
  readonly cc?: string;
  readonly bcc?: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly noReply?: boolean;
  /** The account it was sent from: the effective user (a trigger's owner). (Added.) */
  readonly from?: string;
  /** The emulated clock when sent. */
  readonly sentAt: Date;
}

export interface MenuItemRecord {
  readonly caption: string;
  readonly functionName: string;
}

export interface UiRecord {
  /** The last menu added with createAddonMenu()/createMenu().addToUi(); empty until onOpen. */
  readonly menus: ReadonlyArray<{ readonly title: string; readonly items: readonly (MenuItemRecord | 'separator')[] }>;
  readonly toasts: ReadonlyArray<{ readonly message: string; readonly title: string; readonly at: Date }>;
  readonly alerts: ReadonlyArray<{ readonly title: string; readonly prompt: string }>;
  /** The sidebar currently shown (HtmlOutput content and title), if any. */
  readonly sidebar: { readonly title: string; readonly html: string } | null;
  /** Dialogs shown, in order; `width`/`height` are the HtmlOutput's initial size (setWidth/setHeight). (Added: width, height.) */
  readonly dialogs: ReadonlyArray<{ readonly title: string; readonly html: string; readonly modal: boolean; readonly width: number; readonly height: number }>;
  /** Answers the next ui.alert()/ui.prompt() calls take, in order (default: the ButtonSet's first button, OK or YES, with empty text). */
  queueResponse(response: { button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'; text?: string }): void;
}

export interface TriggerRecord {
  readonly id: string;
  readonly handlerFunction: string;
  readonly kind: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  readonly owner: string;
  /** For daily time triggers. */
  readonly atHour?: number;
  readonly everyDays?: number;
  readonly timeZone?: string;
}

/** Which LockService lock: getDocumentLock / getScriptLock / getUserLock. (Added.) */
export type LockScope = 'document' | 'script' | 'user';

/** Test hooks for LockService: simulate another execution holding a lock. (Added.) */
export interface LockControl {
  /**
   * Another execution holds the lock: tryLock(ms) returns false and waitLock(ms) throws, unless
   * `releaseAfterMs` ≤ the timeout asked for (then the wait succeeds). `user` picks whose user lock (default: active user).
   */
  holdElsewhere(scope: LockScope, options?: { releaseAfterMs?: number; user?: string }): void;
  /** Frees the lock, whoever holds it. */
  release(scope: LockScope, user?: string): void;
  isHeld(scope: LockScope, user?: string): boolean;
}

export interface EditResult {
  /** False when data validation (setAllowInvalid(false)) rejected the input; the cell is unchanged and onEdit does not fire. */
  readonly accepted: boolean;
  readonly rejection?: string;
}

/** A user edit already in the cells whose onEdit has not run yet (userEditDeferred / userPasteDeferred). (Added.) */
export interface DeferredEdit {
  /** Whether validation accepted the input (the cells changed at once, as in Sheets). */
  readonly result: EditResult;
  /**
   * Runs onEdit (LIMITED) and installed ON_EDIT triggers (FULL) now, with the event built at edit time: e.range is
   * the edited coordinates, e.value / e.oldValue the values then. Does nothing for a rejected edit; throws if called twice.
   */
  deliver(): void;
}

export interface AddOn {
  /** Names of the top-level functions the bundle declares (what Apps Script would list). */
  readonly publicFunctions: readonly string[];
  /** Calls a top-level function in `authMode` (default FULL), as a menu action or the script editor would. */
  run(functionName: string, args?: readonly unknown[], authMode?: AuthModeName): unknown;
  /**
   * Fires onOpen({ authMode, source, user }) (default LIMITED: the add-on is in use in this document) — the menu
   * lands in env.ui.menus — then installed ON_OPEN triggers (FULL, as their owners).
   */
  fireOnOpen(authMode?: AuthModeName): void;
  /** Fires onInstall({ authMode: FULL }). */
  fireOnInstall(): void;
  /** Runs the function behind a menu caption of the last built menu (FULL). Throws if no such item. */
  clickMenu(caption: string): unknown;
  /**
   * Types `value` into one cell as a user would: a string is parsed as Sheets parses typed input
   * (numbers, booleans, dates as YYYY-MM-DD or M/D/YYYY in the spreadsheet's zone), validation applies,
   * then the simple trigger onEdit fires (LIMITED) with e.range, e.value, e.oldValue, e.source, e.user, e.authMode.
   */
  userEdit(sheetName: string, a1: string, value: CellValue | ''): EditResult;
  /** A multi-cell paste starting at `a1`: validation applies per cell; onEdit fires once with no value/oldValue. */
  userPaste(sheetName: string, a1: string, values: ReadonlyArray<ReadonlyArray<CellValue | ''>>): EditResult;
  /**
   * userEdit whose onEdit runs LATER: the value is committed to the cell at once and the event built then, but
   * the script runs only when `.deliver()` is called — after whatever else the test does in between (a sort,
   * another edit, a paste, a row insert), as simple triggers run asynchronously after the edit. (Added.)
   */
  userEditDeferred(sheetName: string, a1: string, value: CellValue | ''): DeferredEdit;
  /** userPaste whose onEdit runs when `.deliver()` is called. (Added.) */
  userPasteDeferred(sheetName: string, a1: string, values: ReadonlyArray<ReadonlyArray<CellValue | ''>>): DeferredEdit;
  /** Sets the active sheet and selection, as clicking a cell would. */
  select(sheetName: string, a1: string): void;
  /**
   * A person inserts `count` empty rows so the first new one is row `at` (right-click a row number ▸ Insert
   * rows). No onEdit; installed ON_CHANGE triggers fire (FULL, as their owners) with changeType INSERT_ROW.
   * ("Event Objects" › Change; ScriptApp.EventType.ON_CHANGE: "by adding a row, which counts as a change
   * instead of an edit".) (Added.)
   */
  userInsertRows(sheetName: string, at: number, count?: number): void;
  /** A person deletes rows `at`..`at + count - 1`: no onEdit; ON_CHANGE triggers with changeType REMOVE_ROW. (Added.) */
  userDeleteRows(sheetName: string, at: number, count?: number): void;
  /**
   * Data ▸ Sort sheet by a 1-based column, A→Z or Z→A, keeping the frozen rows (or, when a filter covers the
   * column, its range below the header row). Cells move, nothing is typed: no onEdit; ON_CHANGE triggers
   * fire with changeType OTHER. (Added.)
   */
  userSort(sheetName: string, column: number, ascending: boolean): void;
  /**
   * Data ▸ Create a filter (over the data, when the sheet has none) and set a column's criteria (null clears
   * them). Rows are hidden, no value changes: no trigger fires. (Added.)
   */
  userFilter(sheetName: string, column: number, criteria: FilterCriteriaSpec | null): void;
  /** Data ▸ Remove filter. No trigger fires. (Added.) */
  userRemoveFilter(sheetName: string): void;
  /** Fires every installed CLOCK trigger whose handler exists (FULL, as its owner), with an event object. Returns handler names fired. */
  fireTimeTriggers(): string[];
  /**
   * Calls a server function as google.script.run would: refuses names ending in '_' or not top-level,
   * refuses Date / function arguments (throws like the real bridge), JSON round-trips arguments and result.
   */
  scriptRun(functionName: string, args?: readonly unknown[]): unknown;
}

export interface Environment {
  /** Loads dist/Code.js (default dir: <repo>/dist) into a fresh vm context whose globals are this environment's services. */
  loadBundle(distDir?: string): AddOn;
  /** The emulated clock. `new Date()` and `Date.now()` inside the bundle read it. */
  now(): Date;
  setNow(now: Date | string): void;
  readonly timeZone: string;

  /** The emulated services, as the bundle sees them (SpreadsheetApp, MailApp, ...). */
  readonly globals: Readonly<Record<string, unknown>>;
  /** The spreadsheet as the services expose it (counted). Use for direct, script-like access in tests. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;

  /** Cell values of a sheet (whole used range, getValues() semantics) without counting calls. */
  readSheet(sheetName: string): CellValue[][];
  /** Writes values as a script would (no validation, no onEdit), without counting calls. Creates the sheet if missing. */
  writeSheet(sheetName: string, a1: string, values: ReadonlyArray<ReadonlyArray<CellValue | ''>>): void;
  /** Display values of a sheet's used range (number formats applied). */
  readDisplay(sheetName: string): string[][];

  readonly mail: {
    readonly sent: readonly SentMail[];
    /** Sets the remaining recipient quota for "today". */
    setQuota(remaining: number): void;
    clear(): void;
  };
  readonly ui: UiRecord;
  readonly triggers: readonly TriggerRecord[];
  readonly calls: CallCounter;
  /** Document, user and script properties as plain maps. */
  readonly properties: { readonly document: Record<string, string>; readonly user: Record<string, string>; readonly script: Record<string, string> };
  /** Logger.log / console output captured. */
  readonly logs: readonly string[];
  /** Sets the active user (Session.getActiveUser / e.user). */
  setActiveUser(email: string): void;
  /**
   * `email` loses access to the spreadsheet (left the clinic, unshared): an installable trigger runs as the
   * account that created it, so that account's triggers never run again — they are gone from env.triggers,
   * and nobody else can see or delete them. (Added.)
   */
  revokeAccess(email: string): void;
  /** Makes ScriptApp.getAuthorizationInfo(FULL) report REQUIRED (true) or NOT_REQUIRED (false). */
  setAuthorizationRequired(required: boolean): void;
  /** LockService test hooks. (Added.) */
  readonly locks: LockControl;

  /** The workbook model behind the services, uncounted: the preview draws sheets with render() and sheetNames(). */
  readonly workbook?: WorkbookModel;

  /** JSON-safe copy of the whole state (workbook, properties, triggers, mail) for the preview's state file. */
  saveWorkbook(): WorkbookSnapshot;
}

export type CreateEnvironment = (options?: EnvironmentOptions) => Environment;
