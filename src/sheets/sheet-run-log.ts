import { TRACKER_LAYOUTS } from '../domain/tracker-layout';
import type { RunLog, RunLogEntry } from '../ports/run-log';
import { appendLogRows } from './log-sheet-appender';
import { SHEETS } from './sheet-names';

/** The `Run log` sheet: one line per unattended run, so a clinic can see alerts did (or did not) run. */
export class SheetRunLog implements RunLog {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  append(entry: RunLogEntry): void {
    appendLogRows(this.spreadsheet, SHEETS.runLog, TRACKER_LAYOUTS.runLog, [{ ...entry }]);
  }
}
