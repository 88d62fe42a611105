import { caseIdKey } from '../domain/case-id';
import { SHEETS } from './sheet-names';

/** The active sheet, row and — on a Cases row — the Case ID cell's text. */
export interface SelectionRead {
  readonly sheetName: string;
  readonly row: number;
  readonly caseId: string | null;
}

/**
 * What is selected, cheaply (the sidebar polls it): active range → sheet name and row, and on the Cases
 * sheet the one Case ID cell. `caseIdColumn` is the 1-based Case ID column (from the cached layout) or
 * undefined when unknown. Five spreadsheet calls at most, whatever the number of rows.
 */
export function readSelection(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, caseIdColumn: () => number | undefined): SelectionRead {
  const range = spreadsheet.getActiveRange();
  if (!range) return { sheetName: '', row: 0, caseId: null };
  const sheet = range.getSheet();
  const sheetName = sheet.getName();
  const row = range.getRow();
  if (sheetName !== SHEETS.cases || row < 2) return { sheetName, row, caseId: null };
  const column = caseIdColumn();
  if (column === undefined) return { sheetName, row, caseId: null };
  const cell = sheet.getRange(row, column).getValue();
  const key = caseIdKey(cell);
  return { sheetName, row, caseId: key === '' ? null : String(cell).trim() };
}
