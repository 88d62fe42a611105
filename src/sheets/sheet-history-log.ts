import { TRACKER_LAYOUTS } from '../domain/tracker-layout';
import type { HistoryEntry, HistoryLog } from '../ports/history-log';
import { appendLogRows } from './log-sheet-appender';
import { appendToLog } from './log-row-append';
import { headerValues } from './sheet-values';
import { mapColumns } from '../domain/header-map';
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
    if (rows.length > ROW_BY_ROW) return appendLogRows(this.spreadsheet, SHEETS.history, TRACKER_LAYOUTS.history, rows);
    const sheet = this.spreadsheet.getSheetByName(SHEETS.history);
    const read = sheet ? { name: SHEETS.history, sheet, header: historyHeader(sheet) } : undefined;
    appendToLog(this.spreadsheet, read, SHEETS.history, TRACKER_LAYOUTS.history, rows);
  }
}

/**
 * History's header in one read: its first seven cells, when they hold the seven headers (in any order) — then
 * the leftmost cell of each header is among them, so they place every value as the whole row would. Otherwise
 * (a column renamed, moved right or deleted) the whole header row is read, its width asked first.
 */
function historyHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  const layout = TRACKER_LAYOUTS.history;
  let first: unknown[] = [];
  try {
    first = sheet.getSheetValues(1, 1, 1, layout.length)[0] ?? [];
  } catch {
    // fewer columns than the layout (Sheets refuses a range past the last column): the whole row decides
  }
  return mapColumns(first, layout).missing.length === 0 ? first : headerValues(sheet);
}
