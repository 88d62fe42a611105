import { caseIdKey } from '../domain/case-id';
import type { AddOnCells } from '../ports/case-repository';
import { readCaseIdColumn } from './case-row-locator';
import type { CaseSheetLayout } from './case-sheet-layout';

const ADD_ON_FIELDS = ['flags', 'problems'] as const;

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
  const ids = readCaseIdColumn(sheet, layout);
  if (ids.length === 0) return;
  const byId = new Map<string, AddOnCells>();
  for (const update of updates) byId.set(caseIdKey(update.caseId), update);
  for (const field of ADD_ON_FIELDS) {
    const column = layout.map.columns[field];
    if (column === undefined || !updates.some((u) => u[field] !== undefined)) continue;
    const range = sheet.getRange(2, column + 1, ids.length, 1);
    const current = range.getValues();
    let changed = false;
    const next = ids.map((id, i) => {
      const now: unknown = current[i]?.[0] ?? '';
      const wanted = caseIdKey(id) === '' ? undefined : byId.get(caseIdKey(id))?.[field];
      if (wanted === undefined || wanted === now) return [now];
      changed = true;
      return [wanted];
    });
    if (changed) range.setValues(next);
  }
}
