/**
 * Room on a sheet before writing past its edge. Sheets refuses a range beyond `getMaxRows()` /
 * `getMaxColumns()` ("The coordinates of the range are outside the dimensions of the sheet.") and a new
 * sheet has 1,000 rows × 26 columns, so a writer that appends below the last row must grow the sheet first.
 * One read of the size and at most one insert per write, whatever the number of rows.
 */
export function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRowNeeded: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRowNeeded > maxRows) sheet.insertRowsAfter(maxRows, lastRowNeeded - maxRows);
}

/** The same for columns: grows the sheet at its right edge, so nothing of the clinic's moves. */
export function ensureColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastColumnNeeded: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (lastColumnNeeded > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumnNeeded - maxColumns);
}
