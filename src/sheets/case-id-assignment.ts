import { caseIdKey } from '../domain/case-id';
import { inertText } from '../domain/inert-text';
import type { AssignedId, RowSpan } from '../ports/case-repository';
import type { CaseIdSequence } from './case-id-sequence';
import { readCaseIdColumn } from './case-row-locator';
import { readCaseLayout, type CaseSheetLayout } from './case-sheet-layout';
import { isEmptyCell } from './cell-runs';

/**
 * Gives an ID to every row in `span` (default: all data rows) that holds case data but no Case ID — rows
 * typed or pasted by hand. Only cells that are blank AT WRITE TIME are written, each run of adjacent rows in
 * one setValues: people sort and edit while a script runs (the lock does not stop them), so a column read
 * earlier and written back whole would swap IDs between patients, turn a text ID '0042' into 42 and a text
 * '=…' into a formula. Existing IDs, duplicates included, are never changed. The caller holds the document lock.
 *
 * `values` is the whole sheet (header first) when the caller has just read it: then the header and the ID
 * column come from it, with no call of their own; `layout`, when given, is the one found on that header.
 *
 * Calls: the ID column (1); when some ID cell is blank, the rows between the blank ones (1); when some row
 * needs an ID, the ID sequence, the same two reads again right before writing and one setValues per run.
 */
export function assignIds(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  ids: CaseIdSequence,
  span?: RowSpan,
  values?: readonly unknown[][],
  layout: CaseSheetLayout = readCaseLayout(sheet, values?.[0]),
): AssignedId[] {
  const idColumn = layout.map.columns.caseId;
  if (idColumn === undefined) return [];
  const column = values ? values.slice(1).map((row) => row[idColumn]) : readCaseIdColumn(sheet, layout);
  const needing = rowsNeedingIds(sheet, layout, idColumn, blankIdRows(column, span));
  if (needing.length === 0) return [];
  const fresh = ids.take(column, needing.length);
  // Read again right before writing: rows may have been sorted or edited meanwhile; only rows that need an ID now get one.
  const targets = rowsNeedingIds(sheet, layout, idColumn, blankIdRows(readCaseIdColumn(sheet, layout), span)).slice(0, fresh.length);
  const assigned = targets.map((rowNumber, i) => ({ rowNumber, caseId: fresh[i] ?? '' }));
  for (const run of rowRuns(assigned)) {
    sheet.getRange(run[0]?.rowNumber ?? 2, idColumn + 1, run.length, 1).setValues(run.map((a) => [inertText(a.caseId)]));
  }
  return assigned;
}

/** Rows (1-based, within `span`) whose Case ID cell in `column` (the column below the header) is blank. */
function blankIdRows(column: readonly unknown[], span: RowSpan | undefined): number[] {
  const first = Math.max(2, span?.first ?? 2);
  const last = Math.min(column.length + 1, span?.last ?? column.length + 1);
  const rows: number[] = [];
  for (let row = first; row <= last; row++) if (caseIdKey(column[row - 2]) === '') rows.push(row);
  return rows;
}

/** Of `candidates` (ascending row numbers), those whose row holds case data and a blank Case ID now (one read). */
function rowsNeedingIds(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: CaseSheetLayout, idColumn: number, candidates: readonly number[]): number[] {
  const top = candidates[0];
  const bottom = candidates[candidates.length - 1];
  if (top === undefined || bottom === undefined) return [];
  const rows = sheet.getRange(top, 1, bottom - top + 1, layout.width).getValues();
  return candidates.filter((rowNumber) => needsId(rows[rowNumber - top] ?? [], layout, idColumn));
}

/** Groups assignments (ascending rows) into runs of adjacent rows: a block of new rows is one write. */
function rowRuns(assigned: readonly AssignedId[]): AssignedId[][] {
  const runs: AssignedId[][] = [];
  for (const a of assigned) {
    const run = runs[runs.length - 1];
    const end = run?.[run.length - 1];
    if (run && end && end.rowNumber + 1 === a.rowNumber) run.push(a);
    else runs.push([a]);
  }
  return runs;
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
