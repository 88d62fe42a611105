import { calendarDateOf } from '../domain/calendar-date';
import { caseIdKey } from '../domain/case-id';
import type { CaseField } from '../domain/case-columns';
import type { CaseRecord } from '../ports/case-repository';
import { cellValueFor, sameCell } from './case-cell-values';
import { inertCell } from './inert-cell';
import { inertText, needsQuote } from '../domain/inert-text';
import { TEXT_FORMAT } from '../domain/tracker-validation';
import { toCaseRecord, type RecordContext } from './case-record';
import { locateCase, locateCaseIn, readRowCells } from './case-row-locator';
import { readCaseLayout, type CaseSheetLayout } from './case-sheet-layout';
import { writeRowCells, type CellWrite } from './cell-runs';
import { rememberCaseIdColumn } from './case-id-column-cache';
import { SHEETS } from './sheet-names';
import { headerValues } from './sheet-values';

/** One case's row as read now, found by Case ID. */
export interface CaseRowRead {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly layout: CaseSheetLayout;
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
  /** Whether the row's cell in this 0-based column is plain text ('@': Sheets keeps a typed apostrophe there); read only when asked. */
  readonly isPlainText: (column: number) => boolean;
  /** Reads the row again (after a write: what Sheets stored is what the next save is based on). */
  readonly readBack: () => unknown[];
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

/** Where to read the case: find it by Case ID now, or (opening from the selection) the selected row. */
export type RowSource = { readonly kind: 'by-id' } | { readonly kind: 'selected'; readonly row: SelectedRow };

/** The selected row of the Cases sheet, read once when the sidebar opens. */
export interface SelectedRow {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly layout: CaseSheetLayout;
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
  /** The row's Case ID cell as text ('' when it holds none). */
  readonly caseId: string;
}

/** Reads the header (column map) and one row of the Cases sheet: the selected row, when opening. */
export function readSelectedRow(sheet: GoogleAppsScript.Spreadsheet.Sheet, rowNumber: number): SelectedRow {
  const layout = layoutOf(sheet);
  const idColumn = layout.map.columns.caseId;
  const cells = readRowCells(sheet, layout, rowNumber);
  const id = idColumn === undefined ? '' : cells[idColumn];
  return { sheet, layout, rowNumber, cells, caseId: caseIdKey(id) === '' ? '' : String(id).trim() };
}

/** The column map from the header row (1 call unless given; metadata from its cache), remembering the Case ID column for the poll. */
function layoutOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: readonly unknown[] = headerValues(sheet)): CaseSheetLayout {
  const layout = readCaseLayout(sheet, header);
  const idColumn = layout.map.columns.caseId;
  rememberCaseIdColumn(idColumn === undefined ? undefined : idColumn + 1);
  return layout;
}

/**
 * Reads `caseId`'s row now: the header (column map), then — by ID — the Case ID column and that one row
 * (never a remembered row number: users sort and insert), or the selected row the Case ID was just read
 * from (opening the sidebar). Never the whole sheet: calls do not depend on the number of cases. A save asks
 * a cell's number format only when the text it writes there would need the inert-text marker.
 */
export function readCaseRow(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, ctx: RecordContext, caseId: string, source: RowSource): CaseRowLookup {
  if (source.kind === 'selected') {
    const { sheet, layout, rowNumber, cells } = source.row;
    if (layout.map.columns.caseId === undefined) return { ok: false, reason: 'tracker-not-set-up', message: 'The Cases sheet has no Case ID column; run Set up or repair tracker.' };
    return { ok: true, row: caseRowAt(sheet, layout, rowNumber, cells, ctx) };
  }
  const sheet = spreadsheet.getSheetByName(SHEETS.cases);
  if (!sheet) return { ok: false, reason: 'tracker-not-set-up', message: 'There is no Cases sheet; run Set up or repair tracker.' };
  const layout = layoutOf(sheet);
  const idColumn = layout.map.columns.caseId;
  if (idColumn === undefined) return { ok: false, reason: 'tracker-not-set-up', message: 'The Cases sheet has no Case ID column; run Set up or repair tracker.' };
  const location = locateCase(sheet, layout, caseId);
  if (location.kind === 'missing') return { ok: false, reason: 'case-not-found', message: `${caseId} is not on the Cases sheet any more.` };
  if (location.kind === 'duplicate') {
    return { ok: false, reason: 'duplicate-case-id', message: `${caseId} is on rows ${location.rowNumbers.join(', ')}; keep it on one row, then try again.` };
  }
  const { rowNumber } = location;
  const cells = readRowCells(sheet, layout, rowNumber);
  if (caseIdKey(cells[idColumn]) !== caseIdKey(caseId)) return { ok: false, reason: 'case-not-found', message: `${caseId} is not on row ${rowNumber} any more.` };
  return { ok: true, row: caseRowAt(sheet, layout, rowNumber, cells, ctx) };
}

/**
 * `caseId`'s row found in the Cases sheet's values as just read in one call (header first, through the last row
 * with data): for a use case that reads the whole sheet anyway (a renewal appends a row below the last one).
 */
export function readCaseRowIn(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: readonly (readonly unknown[])[], ctx: RecordContext, caseId: string): CaseRowLookup {
  const layout = layoutOf(sheet, values[0] ?? []);
  const idColumn = layout.map.columns.caseId;
  if (idColumn === undefined) return { ok: false, reason: 'tracker-not-set-up', message: 'The Cases sheet has no Case ID column; run Set up or repair tracker.' };
  const location = locateCaseIn(values.slice(1).map((cells) => cells[idColumn]), caseId);
  if (location.kind === 'missing') return { ok: false, reason: 'case-not-found', message: `${caseId} is not on the Cases sheet any more.` };
  if (location.kind === 'duplicate') {
    return { ok: false, reason: 'duplicate-case-id', message: `${caseId} is on rows ${location.rowNumbers.join(', ')}; keep it on one row, then try again.` };
  }
  const cells = [...(values[location.rowNumber - 1] ?? [])];
  while (cells.length < layout.width) cells.push('');
  return { ok: true, row: caseRowAt(sheet, layout, location.rowNumber, cells, ctx) };
}

/** The row's read, with its format and read-back asked only when needed. */
export function caseRowAt(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: CaseSheetLayout, rowNumber: number, cells: readonly unknown[], ctx: RecordContext): CaseRowRead {
  const readBack = () => readRowCells(sheet, layout, rowNumber);
  return { sheet, layout, rowNumber, cells, isPlainText: plainTextCells(sheet, rowNumber), readBack, record: toCaseRecord(cells, rowNumber, layout, ctx) };
}

/** Asks a cell of the row for its number format (2 calls), once per column, only when a write needs to know. */
function plainTextCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, rowNumber: number): (column: number) => boolean {
  const known = new Map<number, boolean>();
  return (column) => {
    let plain = known.get(column);
    if (plain === undefined) {
      plain = sheet.getRange(rowNumber, column + 1).getNumberFormat() === TEXT_FORMAT;
      known.set(column, plain);
    }
    return plain;
  };
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
 * as `=IMPORTXML(…)` stays text), one setValues per run of adjacent columns, then reads the row back (what
 * Sheets stored is what the next save is based on). Case ID, Flags and Problems are never written.
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
    // The cell's format matters only to text the marker would change ('=…', '0042', '-x'); anything else is written as it is.
    const plain = typeof value === 'string' && needsQuote(value) && row.isPlainText(column);
    writes.push({ column, value: inertCell(value, plain) });
    applied.push({ field, header, from: cellText(cells[column], timeZone), to: cellText(value, timeZone) });
    cells[column] = value;
  }
  if (writes.length === 0) return { applied, cells };
  writeRowCells(row.sheet, row.rowNumber, bridgeAddOnGaps(writes, row));
  return { applied, cells: row.readBack() };
}

/**
 * Flags and Problems sit between Status and Next follow-up: a save writing both would take two setValues. The
 * cells of a gap made only of those two add-on columns (the daily check's, rewritten by it under this same
 * lock) are written back with the values just read under the lock — inert, as the daily check writes them — so
 * the writes on either side go in one run. No other cell is ever written back: a person's cell could change
 * between the read and the write, and a formula would become its value.
 */
function bridgeAddOnGaps(writes: readonly CellWrite[], row: Pick<CaseRowRead, 'cells' | 'layout'>): CellWrite[] {
  const addOn = new Set([row.layout.map.columns.flags, row.layout.map.columns.problems].filter((c): c is number => c !== undefined));
  const columns = writes.map((w) => w.column).sort((a, b) => a - b);
  const bridged = [...writes];
  for (let i = 1; i < columns.length; i += 1) {
    const gap: number[] = [];
    for (let column = (columns[i - 1] ?? 0) + 1; column < (columns[i] ?? 0); column += 1) gap.push(column);
    if (gap.length > 0 && gap.every((column) => addOn.has(column))) {
      for (const column of gap) bridged.push({ column, value: inertText(row.cells[column] ?? '') as CellWrite['value'] });
    }
  }
  return bridged;
}
