import { caseIdKey } from '../domain/case-id';
import type { AssignedId, RowSpan } from '../ports/case-repository';
import type { CaseIdSequence } from './case-id-sequence';
import { readCaseIdColumn } from './case-row-locator';
import { readCaseLayout, type CaseSheetLayout } from './case-sheet-layout';
import { isEmptyCell } from './cell-runs';

/**
 * Gives an ID to every row in `span` (default: all data rows) that holds case data but no Case ID — rows
 * typed or pasted by hand. Reads the rows (one call) and the whole ID column (one call, for the highest ID),
 * writes the span's ID cells in one setValues. Existing IDs, duplicates included, are never changed.
 * The caller holds the document lock.
 */
export function assignIds(sheet: GoogleAppsScript.Spreadsheet.Sheet, ids: CaseIdSequence, span?: RowSpan): AssignedId[] {
  const layout = readCaseLayout(sheet);
  const idColumn = layout.map.columns.caseId;
  const lastRow = sheet.getLastRow();
  if (idColumn === undefined || lastRow < 2) return [];
  const first = Math.max(2, span?.first ?? 2);
  const last = Math.min(lastRow, span?.last ?? lastRow);
  if (last < first) return [];
  const rows = sheet.getRange(first, 1, last - first + 1, layout.width).getValues();
  const needing = rows.flatMap((cells, i) => (needsId(cells, layout, idColumn) ? [first + i] : []));
  if (needing.length === 0) return [];

  const fresh = ids.take(readCaseIdColumn(sheet, layout), needing.length);
  const assigned = needing.map((rowNumber, i) => ({ rowNumber, caseId: fresh[i] ?? '' }));
  const byRow = new Map(assigned.map((a) => [a.rowNumber, a.caseId]));
  const column = rows.map((cells, i) => [byRow.get(first + i) ?? cells[idColumn] ?? '']);
  sheet.getRange(first, idColumn + 1, column.length, 1).setValues(column);
  return assigned;
}

/** Case data (any case column but the add-on's) and a blank Case ID. */
function needsId(cells: readonly unknown[], layout: CaseSheetLayout, idColumn: number): boolean {
  if (caseIdKey(cells[idColumn]) !== '') return false;
  const { columns } = layout.map;
  for (const [field, column] of Object.entries(columns)) {
    if (field === 'caseId' || field === 'flags' || field === 'problems' || column === undefined) continue;
    if (!isEmptyCell(cells[column])) return true;
  }
  return false;
}
