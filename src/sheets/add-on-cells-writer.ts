import { caseIdKey } from '../domain/case-id';
import type { CaseField } from '../domain/case-columns';
import type { AddOnCells } from '../ports/case-repository';
import { readCaseIdColumn } from './case-row-locator';
import { sameCell } from './case-cell-values';
import type { CaseSheetLayout } from './case-sheet-layout';

const ADD_ON_FIELDS: readonly CaseField[] = ['flags', 'problems'];

/**
 * Writes Flags / Problems for many cases: per add-on column, one read and one setValues over the data block.
 * Rows are matched by the Case ID read right before writing (a sort since loading cannot misplace a flag);
 * rows whose ID is not in `updates` get their current value back. Nothing outside these columns is written.
 */
export function writeAddOnColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: CaseSheetLayout,
  updates: readonly AddOnCells[],
): void {
  if (updates.length === 0) return;
  const byId = new Map<string, Partial<Record<CaseField, unknown>>>();
  for (const update of updates) byId.set(caseIdKey(update.caseId), update);
  writeCaseColumns(sheet, layout, ADD_ON_FIELDS, byId);
}

/**
 * Writes `fields` of the cases in `byId` (keyed by caseIdKey): per column, one read and at most one
 * setValues over the data block, rows matched by the Case ID read right before writing. A value left
 * undefined, or equal to the cell (a Date by its instant), keeps the cell; other rows get their value back.
 * Returns the cells it changed.
 */
export function writeCaseColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: CaseSheetLayout,
  fields: readonly CaseField[],
  byId: ReadonlyMap<string, Partial<Record<CaseField, unknown>>>,
): CaseCellChange[] {
  const changes: CaseCellChange[] = [];
  if (byId.size === 0) return changes;
  const ids = readCaseIdColumn(sheet, layout);
  if (ids.length === 0) return changes;
  for (const field of fields) {
    const column = layout.map.columns[field];
    if (column === undefined || ![...byId.values()].some((u) => u[field] !== undefined)) continue;
    const range = sheet.getRange(2, column + 1, ids.length, 1);
    const current = range.getValues();
    let changed = false;
    const next = ids.map((id, i) => {
      const now: unknown = current[i]?.[0] ?? '';
      const wanted = caseIdKey(id) === '' ? undefined : byId.get(caseIdKey(id))?.[field];
      if (wanted === undefined || sameCell(wanted, now)) return [now];
      changed = true;
      changes.push({ caseId: String(id), field, rowNumber: i + 2, from: now, to: wanted });
      return [wanted];
    });
    if (changed) range.setValues(next);
  }
  return changes;
}

/** A cell writeCaseColumns changed. */
export interface CaseCellChange {
  readonly caseId: string;
  readonly field: CaseField;
  readonly rowNumber: number;
  readonly from: unknown;
  readonly to: unknown;
}
