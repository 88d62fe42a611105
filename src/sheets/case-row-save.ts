import type { CaseField } from '../domain/case-columns';
import type { SaveResult } from '../ports/case-repository';
import { cellValueFor, sameCell } from './case-cell-values';
import { toCaseRecord, type RecordContext } from './case-record';
import { writeRowCells, type CellWrite } from './cell-runs';
import { locateCase, readRowCells } from './case-row-locator';
import type { CaseSheetLayout } from './case-sheet-layout';
import { rowFingerprint } from './row-fingerprint';

/**
 * Saves user-requested changes to one case. The row is found by Case ID now (one column read), re-read
 * (one row read) and compared with the fingerprint the change was based on: any difference — an edit, a
 * sort that put another patient on the row, an insert — refuses the save. Only changed cells are written.
 */
export function saveCaseRow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: CaseSheetLayout,
  ctx: RecordContext,
  request: { readonly caseId: string; readonly basis: string; readonly changes: Partial<Record<CaseField, unknown>> },
): SaveResult {
  const { caseId, basis, changes } = request;
  const location = locateCase(sheet, layout, caseId);
  if (location.kind === 'missing') {
    return { ok: false, reason: 'case-not-found', message: `${caseId} is no longer on the Cases sheet; nothing was saved.` };
  }
  if (location.kind === 'duplicate') {
    return {
      ok: false,
      reason: 'duplicate-case-id',
      message: `${caseId} is on rows ${location.rowNumbers.join(', ')}; keep it on one row, then try again. Nothing was saved.`,
    };
  }
  const { rowNumber } = location;
  const cells = readRowCells(sheet, layout, rowNumber);
  if (rowFingerprint(cells, layout.map) !== basis) {
    return {
      ok: false,
      reason: 'row-changed',
      message: `${caseId} changed on the sheet since you opened it; nothing was saved. Refresh and try again.`,
    };
  }
  const writes = changedCells(layout, ctx.timeZone, cells, changes);
  writeRowCells(sheet, rowNumber, writes);
  const after = writes.length === 0 ? cells : readRowCells(sheet, layout, rowNumber);
  return { ok: true, record: toCaseRecord(after, rowNumber, layout, ctx) };
}

function changedCells(layout: CaseSheetLayout, timeZone: string, cells: readonly unknown[], changes: Partial<Record<CaseField, unknown>>): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const field of Object.keys(changes) as CaseField[]) {
    // The Case ID is the row's identity and Flags/Problems belong to the daily check: never saved from a form.
    if (field === 'caseId' || field === 'flags' || field === 'problems') continue;
    const column = layout.map.columns[field];
    if (column === undefined) {
      throw new Error(`The Cases sheet has no "${layout.map.headers[field]}" column; run Set up or repair tracker. Nothing was saved.`);
    }
    const value = cellValueFor(field, changes[field], timeZone);
    if (!sameCell(cells[column], value)) writes.push({ column, value });
  }
  return writes;
}
