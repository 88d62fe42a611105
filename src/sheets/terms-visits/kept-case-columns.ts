import type { CaseField } from '../../domain/case-columns';
import { caseIdKey } from '../../domain/case-id';
import { duplicateIdProblems } from '../../domain/duplicate-case-ids';
import { inertText } from '../../domain/inert-text';
import { sameCell } from '../case-cell-values';
import { readCaseIdColumn } from '../case-row-locator';
import { readCaseLayout } from '../case-sheet-layout';
import { contiguousRuns, type CellWrite } from '../cell-runs';

/** A Cases cell the add-on changed. */
export interface CaseCellChange {
  readonly caseId: string;
  readonly field: CaseField;
  readonly rowNumber: number;
  readonly from: unknown;
  readonly to: unknown;
}

/**
 * Writes the Cases columns the add-on keeps from Terms and Visits (the summary of a case's lines, its Units
 * used), rows matched by the Case ID read right before writing: the header, the Case ID column and the block of
 * kept columns, one call each (never the whole sheet: few cells move at any width). A value left undefined, or
 * equal to the cell (a Date by its instant), keeps the cell; a Case ID on several rows belongs to no one yet:
 * nothing of those rows is written. Only changed cells are written, one setValues per run of adjacent changed
 * cells in a row; when that would take more calls than one setValues per changed column (many cases changed at
 * once), each changed column is written whole instead, rows of other cases getting their value back inert (a
 * text '0042' must not come back a number). Calls never grow with the rows. Returns what changed.
 */
export function writeKeptCaseColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, fields: readonly CaseField[], byId: ReadonlyMap<string, Partial<Record<CaseField, unknown>>>): CaseCellChange[] {
  const changes: CaseCellChange[] = [];
  if (byId.size === 0) return changes;
  const layout = readCaseLayout(sheet);
  const ids = readCaseIdColumn(sheet, layout);
  const kept = fields.flatMap((field) => {
    const column = layout.map.columns[field];
    return column !== undefined && [...byId.values()].some((u) => u[field] !== undefined) ? [column] : [];
  });
  if (ids.length === 0 || kept.length === 0) return changes;
  // The kept columns sit side by side (Approved codes … End date): one read of their block, not of the whole sheet.
  const left = Math.min(...kept);
  const block = sheet.getSheetValues(2, left + 1, ids.length, Math.max(...kept) - left + 1);
  const rows = block.map((cells) => {
    const row: unknown[] = [];
    cells.forEach((cell, i) => (row[left + i] = cell));
    return row;
  });
  const duplicates = duplicateIdProblems(ids.map((id, i) => ({ caseId: typeof id === 'string' || typeof id === 'number' ? String(id) : '', rowNumber: i + 2 })));
  const writesByRow = new Map<number, CellWrite[]>();
  const changedColumns = new Map<number, Map<number, unknown>>();
  for (const field of fields) {
    const column = layout.map.columns[field];
    if (column === undefined) continue;
    ids.forEach((id, i) => {
      const rowNumber = i + 2;
      const wanted = duplicates.has(rowNumber) || caseIdKey(id) === '' ? undefined : byId.get(caseIdKey(id))?.[field];
      const now: unknown = rows[i]?.[column] ?? '';
      if (wanted === undefined || sameCell(wanted, now)) return;
      changes.push({ caseId: String(id), field, rowNumber, from: now, to: wanted });
      const inRow = writesByRow.get(rowNumber) ?? [];
      inRow.push({ column, value: inertText(wanted) as CellWrite['value'] });
      writesByRow.set(rowNumber, inRow);
      const inColumn = changedColumns.get(column) ?? new Map<number, unknown>();
      inColumn.set(rowNumber, wanted);
      changedColumns.set(column, inColumn);
    });
  }
  const runs = [...writesByRow].flatMap(([rowNumber, writes]) => contiguousRuns(writes).map((run) => ({ rowNumber, ...run })));
  if (runs.length <= changedColumns.size) {
    for (const run of runs) sheet.getRange(run.rowNumber, run.column + 1, 1, run.values.length).setValues([run.values]);
    return changes;
  }
  for (const [column, wanted] of changedColumns) {
    const next = rows.map((cells, i) => [inertText(wanted.has(i + 2) ? wanted.get(i + 2) : (cells[column] ?? ''))]);
    sheet.getRange(2, column + 1, rows.length, 1).setValues(next);
  }
  return changes;
}
