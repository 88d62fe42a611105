/**
 * One preview session: the emulated environment, the loaded bundle, and the state file it is saved to
 * after every action. Each action reports what the add-on showed meanwhile (alerts, toasts, dialogs, errors).
 */
import type { AddOn, Environment, FilterCriteriaSpec } from '../emulator/api';
import type { WorkbookModel } from '../emulator/spreadsheet/contract';
import { seedDemo } from './demo-seed';
import { openEnvironment, type PreviewEnvironment } from './environment';
import { buildSheetView } from './sheet-view';
import { readState, setAside, writeState } from './state-store';
import { eventsDuring, messageOf, type Outcome } from './ui-events';
import type { ActionResult, EditValue, PreviewView, RunResponse } from './view-types';
import { calendarDateOf, wallClockIn } from '../../src/domain/calendar-date';

export interface SessionOptions {
  readonly statePath: string;
  readonly reset: boolean;
  readonly distDir: string;
  readonly log: (message: string) => void;
}

const DEMO_TIME_ZONE = 'America/New_York';
const DEMO_NAME = 'Clinic SCA tracker (demo)';

export class PreviewSession {
  private sidebarShown: object | null = null;
  private sidebarVersion = 0;
  private sidebarClosed = false;
  /** The workbook as last saved, to tell whether a server call changed anything. */
  private savedWorkbook = '';

  private constructor(
    readonly env: Environment,
    private readonly workbook: WorkbookModel,
    readonly addOn: AddOn,
    private readonly statePath: string,
    private pinnedNow: string | null,
    private pinnedAt: string | null,
  ) {}

  /**
   * The emulated clock runs like a wall clock, so History's "When" and the sidebar's timestamps move on between
   * actions: the real now, or the chosen "Today" plus the real time passed since it was chosen.
   */
  private tick(): void {
    if (this.pinnedNow === null) this.env.setNow(new Date());
    else if (this.pinnedAt !== null) this.env.setNow(new Date(Date.parse(this.pinnedNow) + (Date.now() - Date.parse(this.pinnedAt))));
  }

  /** Restores the state file, or seeds the demo on first start and with `reset`. */
  static open(options: SessionOptions): PreviewSession {
    let state = options.reset ? null : readState(options.statePath);
    let opened: PreviewEnvironment;
    try {
      opened = openEnvironment(
        state
          ? { workbook: state.workbook, timeZone: state.timeZone, ...(state.pinnedNow ? { now: state.pinnedNow } : {}) }
          : { timeZone: DEMO_TIME_ZONE, spreadsheetName: DEMO_NAME },
      );
    } catch (error) {
      if (!state) throw error;
      // A state file the emulator can no longer read (e.g. saved by an older version) is kept aside, not overwritten.
      options.log(`Could not restore ${options.statePath} (${messageOf(error)}); kept it as ${setAside(options.statePath)}.`);
      state = null;
      opened = openEnvironment({ timeZone: DEMO_TIME_ZONE, spreadsheetName: DEMO_NAME });
    }
    const { env, workbook } = opened;
    const addOn = env.loadBundle(options.distDir);
    const session = new PreviewSession(env, workbook, addOn, options.statePath, state?.pinnedNow ?? null, state?.pinnedAt ?? null);
    session.tick();
    if (!state) {
      for (const note of seedDemo(env, addOn)) options.log(note);
      options.log('Seeded the demo workbook.');
    }
    const active = state?.activeSheet ?? 'Cases';
    if (workbook.sheetNames().includes(active)) addOn.select(active, 'A1');
    try {
      addOn.fireOnOpen('FULL');
    } catch (error) {
      // Start anyway: the page shows the missing menu, and "Reopen" shows the error again.
      options.log(`onOpen failed: ${messageOf(error)}`);
    }
    session.save();
    return session;
  }

  private activeSheet(): string | null {
    const names = this.workbook.sheetNames();
    try {
      const name = this.env.spreadsheet.getActiveSheet().getName();
      if (names.includes(name)) return name;
    } catch {
      // No active sheet yet: fall through to the first one.
    }
    return names[0] ?? null;
  }

  /** Writes the state file; true when the workbook differs from the last save. */
  save(): boolean {
    const workbook = this.env.saveWorkbook();
    const text = JSON.stringify(workbook);
    const changed = text !== this.savedWorkbook;
    this.savedWorkbook = text;
    writeState(this.statePath, {
      format: 'sca-preview/1',
      savedAt: new Date().toISOString(),
      timeZone: this.env.timeZone,
      pinnedNow: this.pinnedNow,
      pinnedAt: this.pinnedAt,
      activeSheet: this.activeSheet(),
      workbook,
    });
    return changed;
  }

  /** The sidebar the add-on showed; each showSidebar() records a new object, which bumps the version. */
  private sidebar(): PreviewView['sidebar'] {
    const current = this.env.ui.sidebar;
    if (!current) return null;
    if (current !== this.sidebarShown) {
      this.sidebarShown = current;
      this.sidebarVersion += 1;
      this.sidebarClosed = false;
    }
    return this.sidebarClosed ? null : { title: current.title, version: this.sidebarVersion };
  }

  view(): PreviewView {
    const env = this.env;
    const active = this.activeSheet();
    return {
      spreadsheetName: env.spreadsheet.getName(),
      timeZone: env.timeZone,
      locale: env.spreadsheet.getSpreadsheetLocale(),
      today: calendarDateOf(env.now(), env.timeZone),
      now: env.now().toISOString(),
      sheetNames: this.workbook.sheetNames(),
      activeSheet: active,
      sheet: active ? buildSheetView(this.workbook, active) : null,
      menus: env.ui.menus.map((m) => ({ title: m.title, items: [...m.items] })),
      sidebar: this.sidebar(),
      mail: env.mail.sent.map((m) => ({
        to: m.to,
        cc: m.cc ?? null,
        subject: m.subject,
        body: m.body,
        htmlBody: m.htmlBody ?? null,
        sentAt: m.sentAt.toISOString(),
      })),
      triggers: env.triggers.map((t) => ({ id: t.id, handlerFunction: t.handlerFunction, kind: t.kind, owner: t.owner, atHour: t.atHour ?? null })),
      logs: env.logs.slice(-100),
    };
  }

  /** Runs one user action, saves, and reports what the add-on showed while it ran. */
  act(action: () => Outcome): ActionResult {
    this.tick();
    const events = eventsDuring(this.env.ui, action);
    this.save();
    return { view: this.view(), events };
  }

  edit(sheet: string, a1: string, value: EditValue): ActionResult {
    return this.act(() => {
      const result = this.addOn.userEdit(sheet, a1, value);
      return result.accepted ? {} : { rejection: result.rejection ?? 'The data you entered is not valid for this cell.' };
    });
  }

  /** A paste of a block of typed text starting at `a1`: validation per cell, one onEdit. */
  paste(sheet: string, a1: string, values: string[][]): ActionResult {
    return this.act(() => {
      const result = this.addOn.userPaste(sheet, a1, values);
      return result.accepted ? {} : { rejection: result.rejection ?? 'Some pasted values are not valid for their cells.' };
    });
  }

  /** Right-click a row number ▸ Insert rows above/below: `count` empty rows, the first at row `at`. */
  insertRows(sheet: string, at: number, count: number): ActionResult {
    return this.act(() => this.addOn.userInsertRows(sheet, at, count));
  }

  /** Right-click a row number ▸ Delete rows. */
  deleteRows(sheet: string, at: number, count: number): ActionResult {
    return this.act(() => this.addOn.userDeleteRows(sheet, at, count));
  }

  /** Sort A→Z / Z→A by a 1-based column, keeping the frozen header rows. */
  sort(sheet: string, column: number, ascending: boolean): ActionResult {
    return this.act(() => this.addOn.userSort(sheet, column, ascending));
  }

  /** A column's filter criteria (null clears them); the sheet's filter is created first when it has none. */
  filter(sheet: string, column: number, criteria: FilterCriteriaSpec | null): ActionResult {
    return this.act(() => this.addOn.userFilter(sheet, column, criteria));
  }

  removeFilter(sheet: string): ActionResult {
    return this.act(() => this.addOn.userRemoveFilter(sheet));
  }

  /** A click on a cell: the add-on sees the selection; nothing to redraw or save, so no view comes back. */
  select(sheet: string, a1: string): Pick<ActionResult, 'events'> {
    return { events: eventsDuring(this.env.ui, () => this.addOn.select(sheet, a1)) };
  }

  /** A click on a sheet tab: that sheet becomes active with A1 selected. */
  activate(sheet: string): ActionResult {
    return this.act(() => this.addOn.select(sheet, 'A1'));
  }

  clickMenu(caption: string): ActionResult {
    return this.act(() => void this.addOn.clickMenu(caption));
  }

  reopen(): ActionResult {
    return this.act(() => this.addOn.fireOnOpen('FULL'));
  }

  /** Sets "today" to 09:00 of `isoDate` in the spreadsheet's zone, as a clinic's morning. */
  setToday(isoDate: string): ActionResult {
    return this.act(() => {
      this.pinnedNow = wallClockIn(isoDate, 9, this.env.timeZone).toISOString();
      this.pinnedAt = new Date().toISOString();
      this.env.setNow(this.pinnedNow);
    });
  }

  runDailyTrigger(): ActionResult {
    return this.act(() => {
      if (!this.env.triggers.some((t) => t.kind === 'CLOCK')) {
        return { notice: 'No daily trigger is installed. Install it from the add-on menu first.' };
      }
      const fired = this.addOn.fireTimeTriggers();
      return { notice: fired.length > 0 ? `Ran ${fired.join(', ')}.` : 'No installed trigger has a handler in the bundle.' };
    });
  }

  clearMail(): ActionResult {
    return this.act(() => this.env.mail.clear());
  }

  closeSidebar(): void {
    this.sidebarClosed = true;
  }

  /**
   * google.script.run: the result JSON round-trips; a throw becomes {ok: false, error}; what the add-on showed
   * comes along, and whether the workbook changed (the sidebar polls read-only functions every few seconds:
   * the page redraws only for calls that changed something).
   */
  scriptRun(fn: string, args: readonly unknown[]): RunResponse {
    let response: RunResponse = { ok: false, error: { message: 'Not run' } };
    this.tick();
    const events = eventsDuring(this.env.ui, () => {
      try {
        response = { ok: true, result: this.addOn.scriptRun(fn, args) ?? null };
      } catch (error) {
        response = { ok: false, error: { message: messageOf(error) } };
      }
    });
    const changed = this.save();
    return { ...response, events, changed };
  }

  sidebarHtml(): string | null {
    return this.env.ui.sidebar?.html ?? null;
  }

  dialogHtml(index: number): string | null {
    return this.env.ui.dialogs[index]?.html ?? null;
  }
}
