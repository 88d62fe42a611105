import { TRACKER_LAYOUTS } from '../domain/tracker-layout';
import type { HistoryEntry, HistoryLog } from '../ports/history-log';
import { appendLogRows } from './log-sheet-appender';
import { SHEETS } from './sheet-names';

/**
 * The `History` sheet (When | Who | Case ID | Field | Old value | New value | Via): all entries of one run in
 * one batched write below the last row (the sheet grows as needed); created with its headers when missing.
 */
export class SheetHistoryLog implements HistoryLog {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  append(entries: readonly HistoryEntry[]): void {
    if (entries.length === 0) return;
    appendLogRows(
      this.spreadsheet,
      SHEETS.history,
      TRACKER_LAYOUTS.history,
      // Old and new values stay text ('2026-03-09' no date, '=…' no formula): the appender writes every string inert.
      entries.map((e) => ({ at: e.at, user: e.user, caseId: e.caseId, field: e.field, from: e.from, to: e.to, via: e.via })),
    );
  }
}
