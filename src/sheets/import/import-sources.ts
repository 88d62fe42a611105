import { namedSheets } from '../sheet-directory';
import { SHEETS } from '../sheet-names';
import { IMPORT_LOG_SHEET } from './import-log-sheet';

/** A sheet of this spreadsheet that could hold a clinic's own tracker. */
export interface ImportableSheet {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

const OURS: ReadonlySet<string> = new Set<string>([...Object.values(SHEETS), IMPORT_LOG_SHEET]);

/**
 * The sheets an import can read: every sheet but the tracker's own, with how much they hold. Calls grow
 * with the number of sheets (≤ 200), never with rows.
 */
export function importableSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ImportableSheet[] {
  return namedSheets(spreadsheet)
    .filter(({ name }) => !OURS.has(name))
    .map(({ name, sheet }) => ({ name, rows: sheet.getLastRow(), columns: sheet.getLastColumn() }));
}

/** Every value of a source sheet, read once (one getValues); null when there is no such sheet. The sheet is never written. */
export function readSourceSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] | null {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet || OURS.has(name)) return null;
  if (sheet.getLastRow() < 1) return [];
  return sheet.getDataRange().getValues();
}
