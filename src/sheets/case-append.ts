import type { CaseField } from '../domain/case-columns';
import type { CaseRecord } from '../ports/case-repository';
import { cellValueFor } from './case-cell-values';
import type { CaseIdSequence } from './case-id-sequence';
import { toCaseRecord, type RecordContext } from './case-record';
import { readRowCells } from './case-row-locator';
import { readCaseLayout } from './case-sheet-layout';
import { isEmptyCell, writeRowCells, type CellWrite } from './cell-runs';

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
  const values = sheet.getDataRange().getValues();
  const layout = readCaseLayout(sheet, values[0] ?? []);
  const idColumn = layout.map.columns.caseId;
  if (idColumn === undefined) throw new Error('The Cases sheet has no "Case ID" column; run Set up or repair tracker.');
  let rowNumber = Math.max(2, values.length + 1);
  while (rowNumber > 2 && (values[rowNumber - 2] ?? []).every(isEmptyCell)) rowNumber -= 1;
  if (rowNumber > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rowNumber - sheet.getMaxRows());

  const [caseId = ''] = ids.take(values.slice(1).map((row) => row[idColumn]), 1);
  const writes: CellWrite[] = [{ column: idColumn, value: caseId }];
  for (const field of Object.keys(fields) as CaseField[]) {
    const column = layout.map.columns[field];
    if (column === undefined || field === 'caseId' || field === 'flags' || field === 'problems') continue;
    writes.push({ column, value: cellValueFor(field, fields[field], ctx.timeZone) });
  }
  writeRowCells(sheet, rowNumber, writes);
  return toCaseRecord(readRowCells(sheet, layout, rowNumber), rowNumber, layout, ctx);
}
