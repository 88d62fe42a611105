import { caseIdKey } from '../domain/case-id';
import type { CaseSheetLayout } from './case-sheet-layout';
import { columnValues } from './sheet-values';

/** Where a Case ID is now: one row, none, or several (a duplicate a person must resolve). */
export type CaseLocation =
  | { readonly kind: 'found'; readonly rowNumber: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'duplicate'; readonly rowNumbers: readonly number[] };

/** The Case ID column below the header as read now (one call, through the sheet's last row with data); [] when the sheet has no data rows. */
export function readCaseIdColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: CaseSheetLayout): unknown[] {
  const column = layout.map.columns.caseId;
  if (column === undefined) return [];
  return columnValues(sheet, column + 1).slice(1);
}

/** Finds `caseId` by reading the Case ID column now — never a remembered row number (users sort and insert). */
export function locateCase(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: CaseSheetLayout, caseId: string): CaseLocation {
  return locateCaseIn(readCaseIdColumn(sheet, layout), caseId);
}

/** Finds `caseId` among the Case ID cells of rows 2, 3, … as just read. */
export function locateCaseIn(idCells: readonly unknown[], caseId: string): CaseLocation {
  const key = caseIdKey(caseId);
  if (key === '') return { kind: 'missing' };
  const rowNumbers: number[] = [];
  idCells.forEach((cell, i) => {
    if (caseIdKey(cell) === key) rowNumbers.push(i + 2);
  });
  if (rowNumbers.length === 0) return { kind: 'missing' };
  const [first] = rowNumbers;
  return rowNumbers.length === 1 && first !== undefined ? { kind: 'found', rowNumber: first } : { kind: 'duplicate', rowNumbers };
}

/** One whole row's cells (one call: getSheetValues reads without a Range). */
export function readRowCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: CaseSheetLayout, rowNumber: number): unknown[] {
  return sheet.getSheetValues(rowNumber, 1, 1, layout.width)[0] ?? [];
}
