import type { CaseField } from '../../domain/case-columns';
import { caseIdKey } from '../../domain/case-id';
import { duplicateIdProblems } from '../../domain/duplicate-case-ids';
import { inertText } from '../../domain/inert-text';
import { sameCell } from '../case-cell-values';
import { readCaseIdColumn } from '../case-row-locator';
import type { CaseSheetLayout } from '../case-sheet-layout';

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
 * used): per column, one read and at most one setValues over the data block, rows matched by the Case ID
 * read right before writing. A value left undefined, or equal to the cell (a Date by its instant), keeps
 * the cell; rows of other cases get their value back, inert (a text '0042' must not come back a number).
 * A Case ID on several rows belongs to no one yet: nothing of those rows is written. Returns what changed.
 */
export function writeKeptCaseColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: CaseSheetLayout,
  fields: readonly CaseField[],
  byId: ReadonlyMap<string, Partial<Record<CaseField, unknown>>>,
): CaseCellChange[] {
  const changes: CaseCellChange[] = [];
  if (byId.size === 0) return changes;
  const ids = readCaseIdColumn(sheet, layout);
  if (ids.length === 0) return changes;
  const duplicates = duplicateIdProblems(ids.map((id, i) => ({ caseId: typeof id === 'string' || typeof id === 'number' ? String(id) : '', rowNumber: i + 2 })));
  for (const field of fields) {
    const column = layout.map.columns[field];
    if (column === undefined || ![...byId.values()].some((u) => u[field] !== undefined)) continue;
    const range = sheet.getRange(2, column + 1, ids.length, 1);
    const current = range.getValues();
    let changed = false;
    const next = ids.map((id, i) => {
      const now: unknown = current[i]?.[0] ?? '';
      const wanted = duplicates.has(i + 2) || caseIdKey(id) === '' ? undefined : byId.get(caseIdKey(id))?.[field];
      if (wanted === undefined || sameCell(wanted, now)) return [inertText(now)];
      changed = true;
      changes.push({ caseId: String(id), field, rowNumber: i + 2, from: now, to: wanted });
      return [inertText(wanted)];
    });
    if (changed) range.setValues(next);
  }
  return changes;
}
