/**
 * Reading and writing cell values as a script does. Script writes behave like Sheets' USER_ENTERED input:
 * a string beginning with '=' becomes a formula, other strings are parsed like typed text ('12' → 12,
 * '2026-03-09' → a date) unless the cell is formatted as plain text ('@'); null/undefined clear. Script
 * writes are never checked against data validation and fire no onEdit.
 * Formulas are stored but not evaluated: a formula cell's value reads as ''.
 */
import type { CellValue } from '../api';
import type { GridBox } from './a1-notation';
import type { SheetStore } from './sheet-store';
import { isDatePattern } from './number-format';
import { parseUserInput } from './user-input';
import { fromSerialNumber, serialNumber } from './zoned-time';

export type Stored = CellValue | '';

const copyDate = (v: CellValue): CellValue => (typeof v === 'object' ? new Date(v.getTime()) : v);

/** The stored values as they are (display formatting works from these). */
export function readStored(store: SheetStore, box: GridBox): Stored[][] {
  return store.values.read(box.row, box.col, box.numRows, box.numCols, '' as const, copyDate);
}

/**
 * getValues(): Date / number / boolean / string per cell, '' for empty (never null). As in Apps Script the
 * cell's number format decides between Date and number: a number in a date-formatted cell reads as a Date,
 * a Date in a numeric-formatted cell as its serial number.
 */
export function readValues(store: SheetStore, box: GridBox, timeZone: string): Stored[][] {
  const out = readStored(store, box);
  // Only cells that have a format can change type, so walk the (sparse) format rows, not the whole block.
  for (let i = 0; i < box.numRows; i++) {
    const formats = store.formats.rows[box.row - 1 + i];
    const line = out[i];
    if (!formats || !line) continue;
    for (let j = 0; j < box.numCols; j++) {
      const fmt = formats[box.col - 1 + j];
      const v = line[j];
      if (fmt === undefined || fmt === '@' || v === undefined || v === '' || typeof v === 'string' || typeof v === 'boolean') continue;
      const dateFormat = isDatePattern(fmt);
      if (typeof v === 'number' && dateFormat) line[j] = fromSerialNumber(v, timeZone);
      else if (v instanceof Date && !dateFormat && /[0#]/.test(fmt)) line[j] = serialNumber(v, timeZone);
    }
  }
  return out;
}

/** Stores a parsed value (and the format Sheets auto-applies when the cell has none), clearing any formula. */
export function storeParsed(store: SheetStore, row: number, col: number, value: Stored, format: string | undefined): void {
  store.values.set(row, col, value === '' ? undefined : copyDate(value));
  store.formulas.set(row, col, undefined);
  if (format !== undefined && store.formats.get(row, col) === undefined) store.formats.set(row, col, format);
}

/** One cell written by a script (setValue / setValues). */
export function writeScriptValue(store: SheetStore, row: number, col: number, raw: unknown, timeZone: string, locale?: string): void {
  if (raw === null || raw === undefined || raw === '') {
    storeParsed(store, row, col, '', undefined);
    return;
  }
  if (typeof raw === 'string' && raw.length > 1 && raw.startsWith('=')) {
    store.values.set(row, col, undefined);
    store.formulas.set(row, col, raw);
    return;
  }
  if (typeof raw === 'string') {
    const parsed = parseUserInput(raw, timeZone, store.formats.get(row, col), locale);
    storeParsed(store, row, col, parsed.value, parsed.format);
    return;
  }
  const value: Stored = typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date ? raw : String(raw);
  storeParsed(store, row, col, value, undefined);
}

/** Throws Apps Script's messages when `values` is not exactly numRows × numCols. */
export function checkDimensions(values: ReadonlyArray<ReadonlyArray<unknown>>, box: GridBox): void {
  if (!Array.isArray(values)) throw new Error("The parameters (values) don't match the method signature.");
  if (values.length !== box.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${box.numRows}.`,
    );
  }
  for (const line of values) {
    if (line.length !== box.numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${box.numCols}.`,
      );
    }
  }
}

/** setValues(): checks the shape, then writes every cell as a script would. */
export function writeScriptValues(
  store: SheetStore,
  box: GridBox,
  values: ReadonlyArray<ReadonlyArray<unknown>>,
  timeZone: string,
  locale?: string,
): void {
  checkDimensions(values, box);
  for (let i = 0; i < box.numRows; i++) {
    const line = values[i] ?? [];
    for (let j = 0; j < box.numCols; j++) writeScriptValue(store, box.row + i, box.col + j, line[j], timeZone, locale);
  }
}

/** Grows the sheet so `box` fits (appendRow and the uncounted test helpers do; getRange does not). */
export function ensureSize(store: SheetStore, box: GridBox): void {
  store.maxRows = Math.max(store.maxRows, box.row + box.numRows - 1);
  store.maxColumns = Math.max(store.maxColumns, box.col + box.numCols - 1);
}
