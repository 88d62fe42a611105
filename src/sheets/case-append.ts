import type { CaseField } from '../domain/case-columns';
import type { CaseRecord } from '../ports/case-repository';
import { cellValueFor, sameCell } from './case-cell-values';
import type { CaseIdSequence } from './case-id-sequence';
import { toCaseRecord, type RecordContext } from './case-record';
import { caseIdKey } from '../domain/case-id';
import { locateCase, readRowCells } from './case-row-locator';
import { readCaseLayout, type CaseSheetLayout } from './case-sheet-layout';
import { isEmptyCell, writeRowCells, type CellWrite } from './cell-runs';
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
 * data). A cell already holding the value (an empty cell for an empty field) is not written. Below the last
 * row with content no cell holds anything — no value, no formula — so the new row goes in with one appendRow
 * (which writes right below that last row and grows a full sheet), the cells between the case's own written
 * empty; on a blank row inside the data (unticked boxes) only the case's cells are written. The row is read
 * back — what Sheets stored is what the state shows — and, should a person have typed a row at the bottom in
 * the meantime (appendRow then lands below it), found again by its new Case ID.
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

  const [caseId = ''] = ids.take(values.slice(1).map((row) => row[idColumn]), 1);
  const existing = values[rowNumber - 1] ?? [];
  const writes: CellWrite[] = [{ column: idColumn, value: caseId }];
  for (const field of Object.keys(fields) as CaseField[]) {
    const column = layout.map.columns[field];
    if (column === undefined || field === 'caseId' || field === 'flags' || field === 'problems') continue;
    const value = cellValueFor(field, fields[field], ctx.timeZone);
    if (!sameCell(existing[column], value)) writes.push({ column, value });
  }
  if (rowNumber > values.length) {
    sheet.appendRow(wholeRow(writes));
  } else {
    writeRowCells(sheet, rowNumber, writes);
  }
  let cells = readRowCells(sheet, layout, rowNumber);
  if (caseIdKey(cells[idColumn]) !== caseIdKey(caseId)) {
    const found = locateCase(sheet, layout, caseId);
    if (found.kind !== 'found') throw new Error(`The new case ${caseId} was not found on the Cases sheet after it was written.`);
    rowNumber = found.rowNumber;
    cells = readRowCells(sheet, layout, rowNumber);
  }
  return { record: toCaseRecord(cells, rowNumber, layout, ctx), layout, rowNumber, cells };
}

/** The row from column A through the last written column, '' where nothing is written (a row without content). */
function wholeRow(writes: readonly CellWrite[]): CellWrite['value'][] {
  const row: CellWrite['value'][] = new Array<CellWrite['value']>(Math.max(...writes.map((w) => w.column)) + 1).fill('');
  for (const w of writes) row[w.column] = w.value;
  return row;
}
