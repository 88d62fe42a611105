import { ensureRows } from './sheet-room';

type Cell = unknown;

/** What one write below the last row costs (last row, sheet size, range, write). */
const BATCH_CALLS = 4;

/**
 * Writes `rows` right below the sheet's last row with content, in one write: the sheet grows first when the
 * rows would pass its last row (Sheets refuses a range beyond getMaxRows). Four calls whatever the count.
 */
export function writeBelowLastRow(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly (readonly Cell[])[], width: number): void {
  if (rows.length === 0) return;
  const first = sheet.getLastRow() + 1;
  ensureRows(sheet, first + rows.length - 1);
  sheet.getRange(first, 1, rows.length, width).setValues(rows.map((row) => [...row]));
}

/**
 * Appends `rows` below the last row with content in the fewest calls: up to four with one appendRow each
 * (atomic, and it grows a full sheet itself), more in one write below the last row. The caller holds the
 * document lock, so no script writes between the last-row read and the write.
 */
export function appendRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly (readonly Cell[])[], width: number): void {
  if (rows.length > BATCH_CALLS) writeBelowLastRow(sheet, rows, width);
  else for (const row of rows) sheet.appendRow([...row]);
}
