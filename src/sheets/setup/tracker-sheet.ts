import type { SetupChange } from '../../domain/setup-summary';

/**
 * The sheet named `name`, created at the end of the workbook when missing. An existing sheet is used as it
 * is, whatever it holds: a clinic's own Cases sheet becomes the tracker's.
 */
export function ensureSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  changes: SetupChange[],
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; created: boolean } {
  const existing = spreadsheet.getSheetByName(name);
  if (existing) return { sheet: existing, created: false };
  changes.push({ sheet: name, kind: 'createdSheet' });
  return { sheet: spreadsheet.insertSheet(name, spreadsheet.getNumSheets()), created: true };
}
