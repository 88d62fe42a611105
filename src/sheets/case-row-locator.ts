import { caseIdKey } from '../domain/case-id';
import type { CaseSheetLayout } from './case-sheet-layout';

/** Where a Case ID is now: one row, none, or several (a duplicate a person must resolve). */
export type CaseLocation =
  | { readonly kind: 'found'; readonly rowNumber: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'duplicate'; readonly rowNumbers: readonly number[] };

/** The Case ID column below the header as read now (two calls: its length, its values); [] when the sheet has no data rows. */
export function readCaseIdColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: CaseSheetLayout): unknown[] {
  const column = layout.map.columns.caseId;
  const lastRow = sheet.getLastRow();
  if (column === undefined || lastRow < 2) return [];
  return sheet.getSheetValues(2, column + 1, lastRow - 1, 1).map((row) => (Array.isArray(row) ? row[0] : ''));
}

/** Finds `caseId` by reading the Case ID column now — never a remembered row number (users sort and insert). */
export function locateCase(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: CaseSheetLayout, caseId: string): CaseLocation {
  const key = caseIdKey(caseId);
  if (key === '') return { kind: 'missing' };
  const rowNumbers: number[] = [];
  readCaseIdColumn(sheet, layout).forEach((cell, i) => {
    if (caseIdKey(cell) === key) rowNumbers.push(i + 2);
  });
  if (rowNumbers.length === 0) return { kind: 'missing' };
  const [first] = rowNumbers;
  return rowNumbers.length === 1 && first !== undefined ? { kind: 'found', rowNumber: first } : { kind: 'duplicate', rowNumbers };
}

/** One whole row's cells (one call). */
export function readRowCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: CaseSheetLayout, rowNumber: number): unknown[] {
  return sheet.getRange(rowNumber, 1, 1, layout.width).getValues()[0] ?? [];
}
