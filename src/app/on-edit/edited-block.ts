import type { CaseField } from '../../domain/case-columns';
import { readCaseLayout, type CaseSheetLayout } from '../../sheets/case-sheet-layout';

/** The rows of the Cases sheet an edit touched, read in one call (header excluded). */
export interface EditedBlock {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly layout: CaseSheetLayout;
  /** 1-based first and last data row touched. */
  readonly first: number;
  readonly last: number;
  /** Cells of rows first..last, whole width. */
  readonly rows: unknown[][];
  /** 0-based first and last column the edit touched. */
  readonly columns: { readonly first: number; readonly last: number };
  /** The single edited cell (0-based column, its field if it is one of ours), or null for a multi-cell edit. */
  readonly single: { readonly rowNumber: number; readonly column: number; readonly field: CaseField | null } | null;
}

/** The edited Cases rows as last read in this execution (handleCasesEdit fills it; the Terms/Visits guard reads it). */
export interface EditedRowsSeen {
  block?: EditedBlock;
}

/** How the Cases layout is had: read now, or the one this execution read already. */
export type CaseLayoutOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => CaseSheetLayout;

/**
 * Reads what an edit touched: the header map (metadata + row 1) and the edited rows only — never the whole
 * sheet, so onEdit costs the same on 50 rows as on 5,000. Null when the edit is not on Cases data rows.
 */
export function readEditedBlock(range: GoogleAppsScript.Spreadsheet.Range, casesSheetName: string, layoutOf: CaseLayoutOf = readCaseLayout): EditedBlock | null {
  const sheet = range.getSheet();
  if (sheet.getName() !== casesSheetName) return null;
  const top = range.getRow();
  const height = range.getNumRows();
  const first = Math.max(2, top);
  const last = top + height - 1;
  if (last < first) return null;
  const layout = layoutOf(sheet);
  const rows = sheet.getSheetValues(first, 1, last - first + 1, layout.width);
  const width = range.getNumColumns();
  const isSingle = height === 1 && width === 1;
  const column = range.getColumn() - 1;
  const single = isSingle ? { rowNumber: top, column, field: fieldAt(layout, column) } : null;
  const columns = { first: column, last: column + width - 1 };
  return { sheet, layout, first, last, rows, columns, single };
}

/** The same rows read again (one call): what they hold now, under the lock, right before writing. */
export function rereadBlock(block: EditedBlock): EditedBlock {
  const rows = block.sheet.getSheetValues(block.first, 1, block.rows.length, block.layout.width);
  return { ...block, rows };
}

/**
 * Edits of these columns change nothing the add-on checks or derives (Notes; a user's own column has no field):
 * such an edit only gives its rows a Case ID when they need one.
 */
const UNWATCHED: ReadonlySet<CaseField | null> = new Set<CaseField | null>(['notes', null]);

/** Every edited column is one the rules never look at. */
export function touchesOnlyUnwatched(block: EditedBlock): boolean {
  for (let column = block.columns.first; column <= block.columns.last; column += 1) {
    if (!UNWATCHED.has(fieldAt(block.layout, column))) return false;
  }
  return true;
}

/** The field whose column is `column` (0-based), or null for a user's own column. */
export function fieldAt(layout: CaseSheetLayout, column: number): CaseField | null {
  for (const [field, index] of Object.entries(layout.map.columns)) if (index === column) return field as CaseField;
  return null;
}
