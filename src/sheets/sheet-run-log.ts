import { TRACKER_LAYOUTS } from '../domain/tracker-layout';
import type { RunLog, RunLogEntry } from '../ports/run-log';
import { appendToLog } from './log-row-append';
import { SHEETS } from './sheet-names';
import { headerValues } from './sheet-values';

/**
 * The `Run log` sheet: one line per run, so a clinic can see alerts did (or did not) run. One line is one
 * appendRow (atomic: a line typed into the log at the same moment is never overwritten, and the sheet grows
 * by itself, so neither its last row nor its size is asked for). The header, which places each value under
 * its column, is row 1 through the last column with data, read in one call: three calls in all.
 */
export class SheetRunLog implements RunLog {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  append(entry: RunLogEntry): void {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.runLog);
    const read = sheet ? { name: SHEETS.runLog, sheet, header: trimmed(headerValues(sheet)) } : undefined;
    appendToLog(this.spreadsheet, read, SHEETS.runLog, TRACKER_LAYOUTS.runLog, [{ ...entry }]);
  }
}

/** The header row without its blank cells at the right (a longer row below reaches further than the header). */
function trimmed(row: readonly unknown[]): unknown[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end -= 1;
  return row.slice(0, end);
}
