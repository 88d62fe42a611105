/** Builds a workbook with an inline host for the spreadsheet-model tests. */
import { AuthState } from '../../../../dev/emulator/auth';
import { CallCounter } from '../../../../dev/emulator/call-counter';
import type { WorkbookSnapshot } from '../../../../dev/emulator/api';
import { startOfDayIn } from '../../../../src/domain/calendar-date';
import { createWorkbook } from '../../../../dev/emulator/spreadsheet';
import type { SpreadsheetHost, WorkbookModel } from '../../../../dev/emulator/spreadsheet';

export interface Fixture {
  readonly host: SpreadsheetHost & { readonly toasts: Array<{ message: string; title: string; timeoutSeconds: number }> };
  readonly workbook: WorkbookModel;
  readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

export const TZ = 'America/New_York';

export function aWorkbook(options: { snapshot?: WorkbookSnapshot; timeZone?: string } = {}): Fixture {
  const toasts: Array<{ message: string; title: string; timeoutSeconds: number }> = [];
  const host = {
    counter: new CallCounter(),
    auth: new AuthState(),
    now: () => new Date('2026-03-09T13:00:00Z'),
    toast: (message: string, title: string, timeoutSeconds: number) => {
      toasts.push({ message, title, timeoutSeconds });
    },
    ui: (): GoogleAppsScript.Base.Ui => {
      throw new Error('no ui');
    },
    toasts,
  };
  const workbook = createWorkbook({
    host,
    timeZone: options.timeZone ?? TZ,
    name: 'SCA Tracker test',
    id: 'sheet-id-123',
    ...(options.snapshot ? { snapshot: options.snapshot } : {}),
  });
  const app = workbook.spreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  if (!sheet) throw new Error('no sheet');
  return { host, workbook, app, ss, sheet };
}

/** Local midnight of a calendar date in the test zone. */
export function localDate(iso: string, timeZone = TZ): Date {
  return startOfDayIn(iso, timeZone);
}
