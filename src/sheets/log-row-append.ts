import { mapColumns } from '../domain/header-map';
import type { LayoutColumn } from '../domain/tracker-layout';
import type { LogSheet } from './case-context-reader';
import { appendLogRows } from './log-sheet-appender';

type LogValue = string | number | Date;

/**
 * Appends rows to a log sheet whose header was just read (`read`): each row placed under its headers and
 * added with appendRow — one call per row, and atomic, so a row a person types into the log at the same
 * moment is never overwritten. A log not read, missing, or lacking one of the columns goes through
 * appendLogRows (which creates the sheet or the column).
 */
export function appendToLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  read: LogSheet | undefined,
  name: string,
  layout: readonly LayoutColumn[],
  rows: readonly Readonly<Record<string, LogValue>>[],
): void {
  if (rows.length === 0) return;
  const map = read?.sheet ? mapColumns(read.header, layout) : null;
  if (!read?.sheet || !map || map.missing.length > 0 || rows.length > 3) {
    appendLogRows(spreadsheet, name, layout, rows);
    return;
  }
  const columns = map.columns as Readonly<Partial<Record<string, number>>>;
  const width = Math.max(read.header.length, 1);
  for (const row of rows) {
    const cells: LogValue[] = new Array<LogValue>(width).fill('');
    for (const [field, value] of Object.entries(row)) {
      const index = columns[field];
      if (index !== undefined) cells[index] = value;
    }
    read.sheet.appendRow(cells);
  }
}
