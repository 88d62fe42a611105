import { calendarDateOf } from '../domain/calendar-date';
import type { CaseField } from '../domain/case-columns';
import { inertText } from '../domain/inert-text';
import type { CaseRecord } from '../ports/case-repository';
import { cellValueFor, sameCell } from './case-cell-values';
import { toCaseRecord, type RecordContext } from './case-record';
import { locateCase, readRowCells } from './case-row-locator';
import { readCaseLayout, type CaseSheetLayout } from './case-sheet-layout';
import { writeRowCells, type CellWrite } from './cell-runs';
import { rememberCaseIdColumn } from './case-id-column-cache';
import { SHEETS } from './sheet-names';

/** One case's row as read now, found by Case ID. */
export interface CaseRowRead {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly layout: CaseSheetLayout;
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
  readonly record: CaseRecord;
}

export type CaseRowLookup =
  | { readonly ok: true; readonly row: CaseRowRead }
  | { readonly ok: false; readonly reason: 'tracker-not-set-up' | 'case-not-found' | 'duplicate-case-id'; readonly message: string };

/** One cell a save changed: header, and the old and new values as text (for History). */
export interface AppliedChange {
  readonly field: CaseField;
  readonly header: string;
  readonly from: string;
  readonly to: string;
}

/** A cell's value as the sidebar and History show it: ISO dates in the spreadsheet's zone, numbers and text as typed. */
export function cellText(cell: unknown, timeZone: string): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : calendarDateOf(cell, timeZone);
  if (cell === null || cell === undefined) return '';
  return String(cell);
}

/**
 * Finds `caseId` on the Cases sheet now — the header (column map), the Case ID column, then that one row:
 * never a remembered row number, and never the whole sheet. Calls do not depend on the number of cases.
 */
export function readCaseRowById(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, ctx: RecordContext, caseId: string): CaseRowLookup {
  const sheet = spreadsheet.getSheetByName(SHEETS.cases);
  if (!sheet) return { ok: false, reason: 'tracker-not-set-up', message: 'There is no Cases sheet; run Set up or repair tracker.' };
  const layout = readCaseLayout(sheet);
  const idColumn = layout.map.columns.caseId;
  rememberCaseIdColumn(idColumn === undefined ? undefined : idColumn + 1);
  if (idColumn === undefined) return { ok: false, reason: 'tracker-not-set-up', message: 'The Cases sheet has no Case ID column; run Set up or repair tracker.' };
  const location = locateCase(sheet, layout, caseId);
  if (location.kind === 'missing') return { ok: false, reason: 'case-not-found', message: `${caseId} is not on the Cases sheet any more.` };
  if (location.kind === 'duplicate') {
    return { ok: false, reason: 'duplicate-case-id', message: `${caseId} is on rows ${location.rowNumbers.join(', ')}; keep it on one row, then try again.` };
  }
  const cells = readRowCells(sheet, layout, location.rowNumber);
  return { ok: true, row: { sheet, layout, rowNumber: location.rowNumber, cells, record: toCaseRecord(cells, location.rowNumber, layout, ctx) } };
}

/** The row's user cells as header → text (Flags and Problems left out: the daily check rewrites them). */
export function displayValues(row: Pick<CaseRowRead, 'cells' | 'layout'>, timeZone: string): Record<string, string> {
  const values: Record<string, string> = {};
  const { columns, headers } = row.layout.map;
  for (const field of Object.keys(columns) as CaseField[]) {
    const column = columns[field];
    if (column === undefined || field === 'flags' || field === 'problems') continue;
    values[headers[field]] = cellText(row.cells[column], timeZone);
  }
  return values;
}

/** What differs between the values a save was based on and the row now (header, before, now). */
export function changedValues(before: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): { field: string; before: string; now: string }[] {
  const headers = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...headers].filter((h) => (before[h] ?? '') !== (now[h] ?? '')).map((h) => ({ field: h, before: before[h] ?? '', now: now[h] ?? '' }));
}

/**
 * Writes the fields that differ from the row as read, as inert text when they are strings (a value typed
 * as `=IMPORTXML(…)` stays text), one setValues per run of adjacent columns. Returns what changed and the
 * row's cells after the write (as Sheets will read them back). Case ID, Flags and Problems are never written.
 */
export function writeCaseFields(
  row: CaseRowRead,
  changes: Partial<Record<CaseField, unknown>>,
  timeZone: string,
): { applied: AppliedChange[]; cells: unknown[] } {
  const cells = [...row.cells];
  const writes: CellWrite[] = [];
  const applied: AppliedChange[] = [];
  for (const field of Object.keys(changes) as CaseField[]) {
    if (field === 'caseId' || field === 'flags' || field === 'problems') continue;
    const column = row.layout.map.columns[field];
    const header = row.layout.map.headers[field];
    if (column === undefined) throw new Error(`The Cases sheet has no "${header}" column; run Set up or repair tracker. Nothing was saved.`);
    const value = cellValueFor(field, changes[field], timeZone);
    if (sameCell(cells[column], value)) continue;
    writes.push({ column, value: inertText(value) });
    applied.push({ field, header, from: cellText(cells[column], timeZone), to: cellText(value, timeZone) });
    cells[column] = value;
  }
  writeRowCells(row.sheet, row.rowNumber, writes);
  return { applied, cells };
}
