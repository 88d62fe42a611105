import { caseIdKey } from '../domain/case-id';
import { duplicateIdProblems } from '../domain/duplicate-case-ids';
import { inertText } from '../domain/inert-text';
import type { AddOnCells } from '../ports/case-repository';
import { readCaseIdColumn } from './case-row-locator';
import type { CaseSheetLayout } from './case-sheet-layout';

const ADD_ON_FIELDS = ['flags', 'problems'] as const;

/**
 * Writes Flags / Problems for many cases: per add-on column, one read and one setValues over the data block.
 * Rows are matched by the Case ID read right before writing (a sort since loading cannot misplace a flag);
 * rows whose ID is not in `updates` get their current value back. Nothing outside these columns is written.
 * A Case ID found on several rows at write time belongs to no one yet: those rows' Problems say so and
 * nothing else of theirs is written (their Flags stay as they are) until a person resolves it.
 * Text is written inert (a Problems line quoting a cell that begins with '=' stays text).
 */
export function writeAddOnColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: CaseSheetLayout,
  updates: readonly AddOnCells[],
): void {
  if (updates.length === 0) return;
  const ids = readCaseIdColumn(sheet, layout);
  if (ids.length === 0) return;
  const duplicates = duplicateIdProblems(ids.map((id, i) => ({ caseId: idText(id), rowNumber: i + 2 })));
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
      const duplicate = duplicates.get(i + 2);
      const wanted = duplicate ? (field === 'problems' ? duplicate.message : undefined) : caseIdKey(id) === '' ? undefined : byId.get(caseIdKey(id))?.[field];
      // Cells kept go back as they read: inert too, or a text '0042' would come back as a number.
      if (wanted === undefined || wanted === now) return [inertText(now)];
      changed = true;
      return [inertText(wanted)];
    });
    if (changed) range.setValues(next);
  }
}

function idText(id: unknown): string {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}
