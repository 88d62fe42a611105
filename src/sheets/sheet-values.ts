/**
 * Reads that reach the last row or column with data in one call: Sheet.getSheetValues takes -1 as a row or
 * column count for "through the very last row or column that has data in the sheet" (Apps Script reference,
 * Class Sheet › getSheetValues), where getDataRange().getValues() or getLastRow() + a read cost two calls.
 * On an empty sheet there is no such row; the reference does not say what -1 does then, so a failure there
 * is taken as "nothing to read" after checking the sheet really is empty — any other failure is rethrown.
 */

function orEmpty(sheet: GoogleAppsScript.Spreadsheet.Sheet, read: () => unknown[][]): unknown[][] {
  try {
    return read();
  } catch (error) {
    if (sheet.getLastRow() < 1) return [];
    throw error;
  }
}

/** Every value of the sheet through its last row and column with data (as getDataRange().getValues()); [] when empty. */
export function wholeSheetValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  return orEmpty(sheet, () => sheet.getSheetValues(1, 1, -1, -1));
}

/** Row 1 through the last column with data; [] when the sheet is empty. */
export function headerValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  return orEmpty(sheet, () => sheet.getSheetValues(1, 1, 1, -1))[0] ?? [];
}

/** One column (1-based) from row 1 through the last row with data, header cell included; [] when the sheet is empty. */
export function columnValues(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number): unknown[] {
  return columnsValues(sheet, column, 1).map((row) => (Array.isArray(row) ? row[0] : ''));
}

/** `width` columns from `column` (1-based), row 1 through the last row with data, header row included; [] when the sheet is empty. */
export function columnsValues(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number, width: number): unknown[][] {
  return orEmpty(sheet, () => sheet.getSheetValues(1, column, -1, width));
}
