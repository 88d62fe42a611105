import { caseIdKey } from '../domain/case-id';
import { duplicateIdProblems } from '../domain/duplicate-case-ids';
import { inertText } from '../domain/inert-text';
import type { AddOnCells } from '../ports/case-repository';
import { readCaseLayout } from './case-sheet-layout';

const ADD_ON_FIELDS = ['flags', 'problems'] as const;

/**
 * Writes Flags / Problems for many cases: ONE read of the sheet as it is now (header, Case IDs and the current
 * add-on cells together), then one setValues per add-on column over the data block. Columns are found on
 * the header read here and rows are matched by the Case ID read here, right before writing (a column moved
 * or a sort since loading cannot misplace a flag);
 * rows whose ID is not in `updates` get their current value back. Nothing outside these columns is written.
 * A Case ID found on several rows at write time belongs to no one yet: those rows' Problems say so and
 * nothing else of theirs is written (their Flags stay as they are) until a person resolves it.
 * Text is written inert (a Problems line quoting a cell that begins with '=' stays text).
 */
export function writeAddOnColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, updates: readonly AddOnCells[]): void {
  if (updates.length === 0) return;
  const values = sheet.getDataRange().getValues();
  const layout = readCaseLayout(sheet, values[0] ?? []);
  const idColumn = layout.map.columns.caseId;
  const rows = values.slice(1);
  if (idColumn === undefined || rows.length === 0) return;
  const ids = rows.map((row) => row[idColumn]);
  const duplicates = duplicateIdProblems(ids.map((id, i) => ({ caseId: idText(id), rowNumber: i + 2 })));
  const byId = new Map<string, AddOnCells>();
  for (const update of updates) byId.set(caseIdKey(update.caseId), update);
  for (const field of ADD_ON_FIELDS) {
    const column = layout.map.columns[field];
    if (column === undefined || !updates.some((u) => u[field] !== undefined)) continue;
    let changed = false;
    const next = ids.map((id, i) => {
      const now: unknown = rows[i]?.[column] ?? '';
      const duplicate = duplicates.get(i + 2);
      const wanted = duplicate ? (field === 'problems' ? duplicate.message : undefined) : caseIdKey(id) === '' ? undefined : byId.get(caseIdKey(id))?.[field];
      // Cells kept go back as they read: inert too, or a text '0042' would come back as a number.
      if (wanted === undefined || wanted === now) return [inertText(now)];
      changed = true;
      return [inertText(wanted)];
    });
    if (changed) sheet.getRange(2, column + 1, ids.length, 1).setValues(next);
  }
}

function idText(id: unknown): string {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}
