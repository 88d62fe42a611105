import { caseIdKey } from '../domain/case-id';
import { duplicateIdProblems } from '../domain/duplicate-case-ids';
import { inertText } from '../domain/inert-text';
import type { AddOnCells } from '../ports/case-repository';
import { readCaseLayout, type CaseSheetLayout } from './case-sheet-layout';
import { columnsValues, columnValues, wholeSheetValues } from './sheet-values';

/** The whole Cases sheet as an execution read it, and the columns found on its header row then. */
export interface LoadedSheet {
  readonly values: readonly (readonly unknown[])[];
  readonly layout: CaseSheetLayout;
}

const ADD_ON_FIELDS = ['flags', 'problems'] as const;
type AddOnField = (typeof ADD_ON_FIELDS)[number];

/** The sheet as it is now, as far as the writer needs it: each data row's Case ID cell and add-on cells. */
interface AddOnView {
  readonly ids: readonly unknown[];
  readonly cells: Readonly<Record<AddOnField, readonly unknown[] | undefined>>;
}

/**
 * Writes Flags / Problems for many cases. Rows are matched by the Case ID read HERE, right before writing,
 * and columns by the header read here: a sort or a column moved since the cases were loaded cannot misplace
 * a flag. Rows whose ID is not in `updates` get their current value back; nothing outside these columns is
 * written. A Case ID found on several rows at write time belongs to no one yet: those rows' Problems say so
 * and nothing else of theirs is written (their Flags stay as they are) until a person resolves it. Text is
 * written inert (a Problems line quoting a cell that begins with '=' stays text).
 *
 * `loaded` is the whole sheet as this execution read it, under the same lock (the daily check's one read of
 * Cases). With it, and Flags and Problems side by side (as set-up places them), the sheet is not read whole
 * again: the Case ID column and the Flags/Problems pair are re-read through the last row with data (header
 * row included: one getSheetValues when the columns are within a few of each other, as set-up places them, else
 * one each) and the pair is written back in one setValues. Their header cells must still read as they did in `loaded`, or the whole sheet is read
 * again and each column found anew (a column moved meanwhile). Without `loaded`: one read of the whole
 * sheet, one setValues per changed column.
 */
export function writeAddOnColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, updates: readonly AddOnCells[], loaded?: LoadedSheet): void {
  if (updates.length === 0) return;
  if (loaded && writeBesideEachOther(sheet, updates, loaded)) return;
  const values = wholeSheetValues(sheet);
  const layout = readCaseLayout(sheet, values[0] ?? []);
  const idColumn = layout.map.columns.caseId;
  const rows = values.slice(1);
  if (idColumn === undefined || rows.length === 0) return;
  const column = (field: AddOnField): readonly unknown[] | undefined => {
    const index = layout.map.columns[field];
    return index === undefined ? undefined : rows.map((row) => row[index] ?? '');
  };
  const view: AddOnView = { ids: rows.map((row) => row[idColumn]), cells: { flags: column('flags'), problems: column('problems') } };
  const next = nextCells(view, updates);
  for (const field of ADD_ON_FIELDS) {
    const index = layout.map.columns[field];
    const cells = next[field];
    if (index !== undefined && cells) sheet.getRange(2, index + 1, rows.length, 1).setValues(cells.map((cell) => [cell]));
  }
}

/**
 * The narrow write (see writeAddOnColumns): true when done, false when the caller must take the whole-sheet
 * path (the columns are not side by side, a header cell changed since `loaded`, or a row was added between
 * the two reads). Rows are matched by the Case ID read here, so rows added or deleted since `loaded` are fine.
 */
function writeBesideEachOther(sheet: GoogleAppsScript.Spreadsheet.Sheet, updates: readonly AddOnCells[], loaded: LoadedSheet): boolean {
  // The columns as loaded: the header cells re-read below must say the same, or a column moved meanwhile.
  const header = loaded.values[0] ?? [];
  const { columns } = loaded.layout.map;
  const { caseId, flags, problems } = columns;
  if (caseId === undefined || flags === undefined || problems === undefined || Math.abs(flags - problems) !== 1 || loaded.values.length < 2) return false;
  const left = Math.min(flags, problems);
  const { ids, now } = readIdsAndPair(sheet, caseId, left);
  const unchanged = ids.length === now.length && ids[0] === header[caseId] && now[0]?.[0] === header[left] && now[0]?.[1] === header[left + 1];
  if (!unchanged || now.length < 2) return false;
  const at = (field: AddOnField): number => (columns[field] ?? left) - left;
  const data = now.slice(1);
  const view: AddOnView = {
    ids: ids.slice(1),
    cells: { flags: data.map((row) => row[at('flags')] ?? ''), problems: data.map((row) => row[at('problems')] ?? '') },
  };
  const next = nextCells(view, updates);
  if (!next.flags && !next.problems) return true;
  // The header cells go back as they were just read (they are the add-on's); every data cell is written inert.
  const written = data.map((row, i) => {
    const cells: unknown[] = [inertText(row[0] ?? ''), inertText(row[1] ?? '')];
    for (const field of ADD_ON_FIELDS) {
      const value = next[field]?.[i];
      if (value !== undefined) cells[at(field)] = value;
    }
    return cells;
  });
  sheet.getRange(1, left + 1, now.length, 2).setValues([[inertText(now[0]?.[0] ?? ''), inertText(now[0]?.[1] ?? '')], ...written]);
  return true;
}

/** Columns this close together are re-read in one call: a few more cells cost less than a second round trip. */
const ONE_READ_SPAN = 8;

/** The Case ID column and the Flags/Problems pair from row 1 through the last row with data: one call when they are close, else two. */
function readIdsAndPair(sheet: GoogleAppsScript.Spreadsheet.Sheet, caseId: number, left: number): { ids: unknown[]; now: unknown[][] } {
  const first = Math.min(caseId, left);
  const span = Math.max(caseId, left + 1) - first + 1;
  if (span > ONE_READ_SPAN) return { ids: columnValues(sheet, caseId + 1), now: columnsValues(sheet, left + 1, 2) };
  const block = columnsValues(sheet, first + 1, span);
  return { ids: block.map((row) => row[caseId - first] ?? ''), now: block.map((row) => [row[left - first] ?? '', row[left + 1 - first] ?? '']) };
}

/** Each add-on column's new cells (inert), or undefined when the column is missing or nothing in it changes. */
function nextCells(view: AddOnView, updates: readonly AddOnCells[]): Partial<Record<AddOnField, unknown[]>> {
  const duplicates = duplicateIdProblems(view.ids.map((id, i) => ({ caseId: idText(id), rowNumber: i + 2 })));
  const byId = new Map<string, AddOnCells>();
  for (const update of updates) byId.set(caseIdKey(update.caseId), update);
  const next: Partial<Record<AddOnField, unknown[]>> = {};
  for (const field of ADD_ON_FIELDS) {
    const current = view.cells[field];
    if (!current || !updates.some((u) => u[field] !== undefined)) continue;
    let changed = false;
    const cells = view.ids.map((id, i) => {
      const now: unknown = current[i] ?? '';
      const duplicate = duplicates.get(i + 2);
      const wanted = duplicate ? (field === 'problems' ? duplicate.message : undefined) : caseIdKey(id) === '' ? undefined : byId.get(caseIdKey(id))?.[field];
      // Cells kept go back as they read: inert too, or a text '0042' would come back as a number.
      if (wanted === undefined || wanted === now) return inertText(now);
      changed = true;
      return inertText(wanted);
    });
    if (changed) next[field] = cells;
  }
  return next;
}

function idText(id: unknown): string {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}
