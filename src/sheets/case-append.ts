import type { CaseField } from '../domain/case-columns';
import type { CaseRecord } from '../ports/case-repository';
import { cellValueFor, sameCell } from './case-cell-values';
import type { CaseIdSequence } from './case-id-sequence';
import { toCaseRecord, type RecordContext } from './case-record';
import { readRowCells } from './case-row-locator';
import { readCaseLayout, type CaseSheetLayout } from './case-sheet-layout';
import { isEmptyCell, writeRowCells, type CellWrite } from './cell-runs';
import { ensureRows } from './sheet-room';
import { wholeSheetValues } from './sheet-values';

/** A case just appended: its row as read back, and where it is. */
export interface AppendedCase {
  readonly record: CaseRecord;
  readonly layout: CaseSheetLayout;
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
}

/**
 * Appends a case below the last row holding anything (checkbox columns pre-filled with FALSE do not count),
 * with the next Case ID. Only the case's own cells are written, so formulas in other columns survive.
 * The caller holds the document lock (the ID must not be handed out twice).
 */
export function appendCase(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  ctx: RecordContext,
  ids: CaseIdSequence,
  fields: Partial<Record<CaseField, unknown>>,
): CaseRecord {
  return appendCaseRow(sheet, wholeSheetValues(sheet), ctx, ids, fields).record;
}

/**
 * appendCase on the sheet's values as just read under the lock (header first, through the last row with
 * data). A cell already holding the value (an empty cell for an empty field) is not written. On a row below
 * the last row with content no cell holds anything — no value, no formula — so the empty cells between two
 * written ones are written empty too and the row goes in as one run (one setValues); on a blank row inside
 * the data only the case's cells are written. The row is read back: what Sheets stored is what the state shows.
 */
export function appendCaseRow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: readonly (readonly unknown[])[],
  ctx: RecordContext,
  ids: CaseIdSequence,
  fields: Partial<Record<CaseField, unknown>>,
): AppendedCase {
  const layout = readCaseLayout(sheet, values[0] ?? []);
  const idColumn = layout.map.columns.caseId;
  if (idColumn === undefined) throw new Error('The Cases sheet has no "Case ID" column; run Set up or repair tracker.');
  let rowNumber = Math.max(2, values.length + 1);
  while (rowNumber > 2 && (values[rowNumber - 2] ?? []).every(isEmptyCell)) rowNumber -= 1;
  ensureRows(sheet, rowNumber);

  const [caseId = ''] = ids.take(values.slice(1).map((row) => row[idColumn]), 1);
  const existing = values[rowNumber - 1] ?? [];
  const writes: CellWrite[] = [{ column: idColumn, value: caseId }];
  for (const field of Object.keys(fields) as CaseField[]) {
    const column = layout.map.columns[field];
    if (column === undefined || field === 'caseId' || field === 'flags' || field === 'problems') continue;
    const value = cellValueFor(field, fields[field], ctx.timeZone);
    if (!sameCell(existing[column], value)) writes.push({ column, value });
  }
  writeRowCells(sheet, rowNumber, rowNumber > values.length ? withGapsFilled(writes) : writes);
  const cells = readRowCells(sheet, layout, rowNumber);
  return { record: toCaseRecord(cells, rowNumber, layout, ctx), layout, rowNumber, cells };
}

/** The writes with every column between the first and the last written as '' (a row without content). */
function withGapsFilled(writes: readonly CellWrite[]): CellWrite[] {
  const columns = writes.map((w) => w.column);
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const byColumn = new Map(writes.map((w) => [w.column, w]));
  const filled: CellWrite[] = [];
  for (let column = first; column <= last; column += 1) filled.push(byColumn.get(column) ?? { column, value: '' });
  return filled;
}
