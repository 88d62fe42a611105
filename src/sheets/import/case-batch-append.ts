import type { CaseField } from '../../domain/case-columns';
import { CASE_COLUMNS } from '../../domain/case-columns';
import { inertText } from '../../domain/inert-text';
import { cellValueFor, type CellInput } from '../case-cell-values';
import type { CaseIdSequence } from '../case-id-sequence';
import { readCaseLayout } from '../case-sheet-layout';
import { contiguousRuns, isEmptyCell } from '../cell-runs';

/** A case to append: field values (dates as ISO text), Notes and Problems text. */
export interface NewCaseRow {
  readonly values: Readonly<Partial<Record<CaseField, unknown>>>;
  readonly notes: string;
  readonly problems: string;
}

/** Rows written per setValues: a batch is one call per run of adjacent Cases columns. */
export const IMPORT_BATCH_ROWS = 1000;

const CHECKBOXES = CASE_COLUMNS.filter((c) => c.kind === 'checkbox').map((c) => c.field);

/**
 * Appends cases below the last row holding anything, with new Case IDs, in batches of IMPORT_BATCH_ROWS
 * rows: one read of the sheet, one insertRowsAfter when it must grow, then one setValues per batch and
 * run of adjacent Cases columns (the user's own columns are not touched). Text is written inert.
 * `onBatch` is told each batch's case range once it is written. The caller holds the document lock.
 * Returns the Case IDs and the first row written.
 */
export function appendCaseRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  timeZone: string,
  ids: CaseIdSequence,
  cases: readonly NewCaseRow[],
  onBatch: (start: number, end: number, caseIds: readonly string[]) => void = () => undefined,
): { caseIds: string[]; firstRow: number } {
  // As appendCase reads it: one read of the sheet, the first row below the last one holding anything.
  const values = sheet.getDataRange().getValues();
  const layout = readCaseLayout(sheet, values[0] ?? []);
  const idColumn = layout.map.columns.caseId;
  if (idColumn === undefined) throw new Error('The Cases sheet has no "Case ID" column; run Set up or repair tracker.');
  let firstRow = Math.max(2, values.length + 1);
  while (firstRow > 2 && (values[firstRow - 2] ?? []).every(isEmptyCell)) firstRow -= 1;
  if (cases.length === 0) return { caseIds: [], firstRow };
  const lastRow = firstRow + cases.length - 1;
  if (lastRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());

  const caseIds = ids.take(values.slice(1).map((row) => row[idColumn]), cases.length);
  const placed = (Object.entries(layout.map.columns) as [CaseField, number | undefined][]).filter((e): e is [CaseField, number] => e[1] !== undefined);
  const runs = contiguousRuns(placed.map(([field, column]) => ({ column, value: field })));
  for (let start = 0; start < cases.length; start += IMPORT_BATCH_ROWS) {
    const batch = cases.slice(start, start + IMPORT_BATCH_ROWS);
    for (const run of runs) {
      const fields = run.values as unknown as CaseField[];
      const rows = batch.map((c, i) => fields.map((field) => cellOf(field, c, caseIds[start + i] ?? '', timeZone)));
      sheet.getRange(firstRow + start, run.column + 1, rows.length, fields.length).setValues(rows);
    }
    onBatch(start, start + batch.length, caseIds);
  }
  return { caseIds, firstRow };
}

function cellOf(field: CaseField, c: NewCaseRow, caseId: string, timeZone: string): CellInput {
  switch (field) {
    case 'caseId':
      return caseId;
    case 'notes':
      return inertText(c.notes);
    case 'problems':
      return inertText(c.problems);
    case 'flags':
      return '';
    default: {
      const value = c.values[field];
      if (value === undefined) return CHECKBOXES.includes(field) ? false : '';
      return inertText(cellValueFor(field, value, timeZone));
    }
  }
}
