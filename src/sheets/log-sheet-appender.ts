import { mapColumns } from '../domain/header-map';
import { inertText } from '../domain/inert-text';
import type { LayoutColumn } from '../domain/tracker-layout';
import { ensureColumns } from './sheet-room';
import { writeBelowLastRow } from './append-rows';
import { insertSheetInPlace } from './insert-sheet-in-place';

/**
 * Appends rows to a log sheet (History, Run log) in one write, placing each value under its header, so a
 * user who reordered the log's columns keeps a readable log. A missing sheet is created with its headers;
 * a missing column is appended at the right. The sheet grows when the rows would pass its last row (a new
 * sheet has 1,000). Every string is written through inertText: History and Run log carry text people typed
 * (old and new values, Case ID cells, messages), which must never turn into a formula. Calls do not depend
 * on the number of rows.
 */
export function appendLogRows(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetName: string,
  layout: readonly LayoutColumn[],
  rows: ReadonlyArray<Readonly<Record<string, string | number | Date>>>,
): void {
  if (rows.length === 0) return;
  const sheet = spreadsheet.getSheetByName(sheetName) ?? createLogSheet(spreadsheet, sheetName, layout);
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getSheetValues(1, 1, 1, width)[0] ?? [];
  const columns = logColumns(sheet, header, layout);
  const total = Math.max(header.length, 1);
  const values = rows.map((row) => {
    const cells: Array<string | number | Date> = new Array<string | number | Date>(total).fill('');
    for (const [field, value] of Object.entries(row)) {
      const index = columns[field];
      if (index !== undefined) cells[index] = inertText(value);
    }
    return cells;
  });
  writeBelowLastRow(sheet, values, total);
}

/**
 * Field → 0-based column of a log sheet. Headers the layout needs and the sheet lacks are added at the right
 * (the sheet grows if need be) and pushed onto `header`, so a user who reordered or trimmed a log keeps it.
 */
export function logColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  header: unknown[],
  layout: readonly LayoutColumn[],
): Partial<Record<string, number>> {
  const map = mapColumns(header, layout);
  const columns: Partial<Record<string, number>> = { ...(map.columns as Partial<Record<string, number>>) };
  if (map.missing.length === 0) return columns;
  const added = map.missing.map((field) => layout.find((c) => c.field === field)?.header ?? field);
  ensureColumns(sheet, header.length + added.length);
  sheet.getRange(1, header.length + 1, 1, added.length).setValues([added]);
  map.missing.forEach((field, i) => (columns[field] = header.length + i));
  header.push(...added);
  return columns;
}

/** A new log sheet with its headers, bold and frozen; the user stays on the sheet they were on. */
export function createLogSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetName: string,
  layout: readonly LayoutColumn[],
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = insertSheetInPlace(spreadsheet, sheetName);
  sheet.getRange(1, 1, 1, layout.length).setValues([layout.map((c) => c.header)]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}
