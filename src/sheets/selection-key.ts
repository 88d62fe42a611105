import { caseIdKey, caseIdNumber } from '../domain/case-id';
import { SHEETS } from './sheet-names';

/** The active sheet, row and — on a Cases row — the Case ID cell's text. */
export interface SelectionRead {
  readonly sheetName: string;
  readonly row: number;
  readonly caseId: string | null;
  /** The active sheet when it is the Cases sheet (reused to read the case's row). */
  readonly casesSheet: GoogleAppsScript.Spreadsheet.Sheet | null;
}

/**
 * What is selected, cheaply (the sidebar polls it): active range (of SpreadsheetApp or a Spreadsheet) →
 * sheet name and row, and on the Cases
 * sheet the one Case ID cell. `caseIdColumn` is the 1-based Case ID column (from the cached layout) or
 * undefined when unknown. Five spreadsheet calls at most (getSheetValues reads the cell in one), whatever the number of rows.
 */
export function readSelection(
  active: { getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null },
  caseIdColumn: (fresh: boolean) => number | undefined,
): SelectionRead {
  const range = active.getActiveRange();
  if (!range) return { sheetName: '', row: 0, caseId: null, casesSheet: null };
  const sheet = range.getSheet();
  const sheetName = sheet.getName();
  const row = range.getRow();
  const casesSheet = sheetName === SHEETS.cases ? sheet : null;
  if (!casesSheet || row < 2) return { sheetName, row, caseId: null, casesSheet };
  const column = caseIdColumn(false);
  if (column === undefined) return { sheetName, row, caseId: null, casesSheet };
  let cell = casesSheet.getSheetValues(row, column, 1, 1)[0]?.[0];
  if (caseIdNumber(cell) === null) {
    // Not a Case ID (or blank): the remembered column may be stale (a column was moved). Look again, once.
    const fresh = caseIdColumn(true);
    cell = fresh === undefined ? '' : fresh === column ? cell : casesSheet.getSheetValues(row, fresh, 1, 1)[0]?.[0];
  }
  const key = caseIdKey(cell);
  return { sheetName, row, caseId: key === '' ? null : String(cell).trim(), casesSheet };
}
