/** A whole log sheet (Terms, Visits) read in one call, and its add-on columns written back one call per column. */
import { wholeSheetValues } from '../sheet-values';

/** The values of a sheet, header row first, as read under the lock. */
export interface SheetBlock {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly values: readonly (readonly unknown[])[];
}

/** The sheet named `name` with all its values (one read), or null when the sheet is missing. */
export function readSheetBlock(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): SheetBlock | null {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  return { sheet, values: wholeSheetValues(sheet) };
}

/**
 * Writes one add-on column (0-based `column`) of the data rows: `wanted` maps 1-based rows to values and
 * every other row is cleared (a row emptied since holds no result). One setValues over rows 2..last, and
 * none at all when nothing changes.
 */
export function writeBlockColumn(block: SheetBlock, column: number | undefined, wanted: ReadonlyMap<number, string | number>): void {
  const rows = block.values.length - 1;
  if (column === undefined || rows < 1) return;
  let changed = false;
  const next = block.values.slice(1).map((cells, i) => {
    const now = cells[column] ?? '';
    const value = wanted.get(i + 2) ?? '';
    // Every row is written as wanted (inert), never as read: text read back would parse again as a formula or number.
    if (!(value === now || (typeof value === 'string' && value.startsWith("'") && value.slice(1) === now))) changed = true;
    return [value];
  });
  if (changed) block.sheet.getRange(2, column + 1, rows, 1).setValues(next);
}
