import { DEFAULT_SETTINGS } from '../domain/default-settings';
import { DocumentPropertiesStore } from '../apps-script/document-properties-store';
import { LockServiceLock } from '../apps-script/lock-service-lock';
import { SpreadsheetClock } from '../apps-script/spreadsheet-clock';
import { CaseIdSequence } from '../sheets/case-id-sequence';
import { SheetCaseRepository } from '../sheets/sheet-case-repository';
import { SheetHistoryLog } from '../sheets/sheet-history-log';

/** The adapters the case use cases run on, wired for the active spreadsheet. */
export interface TrackerServices {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly clock: SpreadsheetClock;
  readonly lock: LockServiceLock;
  readonly cases: SheetCaseRepository;
  readonly history: SheetHistoryLog;
}

/**
 * Wires the case repository, history, lock and clock. `serviceLines` comes from Settings when the caller
 * has read them; the defaults otherwise (a Service line outside the list is then reported as a problem).
 */
export function trackerServices(
  serviceLines: readonly string[] = DEFAULT_SETTINGS.serviceLines,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): TrackerServices {
  const clock = new SpreadsheetClock(spreadsheet);
  const lock = new LockServiceLock();
  const cases = new SheetCaseRepository({
    spreadsheet,
    timeZone: clock.timeZone(),
    serviceLines,
    lock,
    ids: new CaseIdSequence(new DocumentPropertiesStore()),
  });
  return { spreadsheet, clock, lock, cases, history: new SheetHistoryLog(spreadsheet) };
}

// Kept here for callers that import it from this file; the guarded Session calls live in session-user.ts.
export { activeUserEmail } from '../apps-script/session-user';
