import { TRACKER_LAYOUTS } from '../domain/tracker-layout';
import type { HistoryEntry, HistoryLog } from '../ports/history-log';
import { appendLogRows } from './log-sheet-appender';
import { appendToLog } from './log-row-append';
import { SHEETS } from './sheet-names';

/**
 * The `History` sheet (When | Who | Case ID | Field | Old value | New value | Via): all entries of one run in
 * one batched write below the last row (the sheet grows as needed); created with its headers when missing.
 * A hand edit's one to three entries go in with appendRow instead, one call each: it needs neither the last
 * row nor the sheet's size, so it costs fewer round trips than the batch's size reads and write.
 */
const ROW_BY_ROW = 3;

export class SheetHistoryLog implements HistoryLog {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  append(entries: readonly HistoryEntry[]): void {
    if (entries.length === 0) return;
    // Old and new values stay text ('2026-03-09' no date, '=…' no formula): both appenders write every string inert.
    const rows = entries.map((e) => ({ at: e.at, user: e.user, caseId: e.caseId, field: e.field, from: e.from, to: e.to, via: e.via }));
    if (rows.length <= ROW_BY_ROW) appendToLog(this.spreadsheet, undefined, SHEETS.history, TRACKER_LAYOUTS.history, rows);
    else appendLogRows(this.spreadsheet, SHEETS.history, TRACKER_LAYOUTS.history, rows);
  }
}
