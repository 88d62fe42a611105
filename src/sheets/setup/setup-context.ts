import type { SetupChange } from '../../domain/setup-summary';
import { columnLetter } from '../../domain/column-letter';
import type { LayoutColumn } from '../../domain/tracker-layout';

/** One tracker sheet being set up: the sheet, whether this run created it, and where the changes go. */
export interface SheetSetup {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly name: string;
  readonly layout: readonly LayoutColumn[];
  /** Created by this run: everything on it is new, so looks (widths, styles) are applied without asking. */
  readonly created: boolean;
  /** Its columns carry developer metadata (Cases: the readers find columns by it; the other sheets by header). */
  readonly tagged: boolean;
  readonly changes: SetupChange[];
}

/** Where each layout column is after set-up (1-based), which of them this run appended, and the used width. */
export interface ColumnPlacement {
  readonly positions: ReadonlyMap<string, number>;
  readonly added: ReadonlySet<string>;
  /** Columns 1..width hold the header row (ours and the clinic's own). */
  readonly width: number;
  /** The header row as set-up left it (what the next execution reads). */
  readonly header: readonly unknown[];
  /** The header row's notes as found (read with its values); '' for columns this run appended. */
  readonly notes: readonly string[];
}

/** Records a change on the sheet being set up. */
export function record(setup: SheetSetup, kind: SetupChange['kind'], item?: string): void {
  setup.changes.push(item === undefined ? { sheet: setup.name, kind } : { sheet: setup.name, kind, item });
}

/** The whole column ('E:E'): what column metadata must be on, and a protection that also covers rows added later. */
export function wholeColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  const letters = columnLetter(column);
  return sheet.getRange(`${letters}:${letters}`);
}

/**
 * Whole columns ('E:E' each), in the order given: one getRange for a single column, else one getRangeList and
 * its getRanges (two calls for any number of columns, where a getRange each would be one call a column).
 */
export function wholeColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, columns: readonly number[]): GoogleAppsScript.Spreadsheet.Range[] {
  if (columns.length === 0) return [];
  if (columns.length === 1) return [wholeColumn(sheet, columns[0] ?? 1)];
  return sheet.getRangeList(columns.map((c) => `${columnLetter(c)}:${columnLetter(c)}`)).getRanges();
}

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Rows 2..last × columns 1..width of a sheet being set up: one Range for the whole run, its validations and
 * number formats read at most once each (one call for the sheet, not one per column), shared by every step.
 */
export interface DataBlock {
  readonly maxRows: number;
  readonly rows: number;
  readonly range: () => GoogleAppsScript.Spreadsheet.Range;
  readonly validations: () => ReadonlyArray<ReadonlyArray<Rule | null>>;
  readonly formats: () => readonly string[][];
}

const blocks = new WeakMap<SheetSetup, DataBlock | null>();

/**
 * The block of a sheet this run created: its size asked once (getMaxRows), no rules on it yet (nothing to read).
 */
function newSheetBlock(setup: SheetSetup, width: number): DataBlock | null {
  const maxRows = setup.sheet.getMaxRows();
  const rows = maxRows - 1;
  if (rows < 1) return null;
  let range: GoogleAppsScript.Spreadsheet.Range | undefined;
  let formats: string[][] | undefined;
  const rangeOf = (): GoogleAppsScript.Spreadsheet.Range => (range ??= setup.sheet.getRange(2, 1, rows, width));
  const empty = Array.from({ length: rows }, () => new Array<null>(width).fill(null));
  return { maxRows, rows, range: rangeOf, validations: () => empty, formats: () => (formats ??= rangeOf().getNumberFormats()) };
}

/**
 * The block of a sheet that was there: the open-ended range 'A2:K' (Apps Script A1 notation: row 2 down to the
 * sheet's last row), so its size comes with the first read of its rules or formats instead of a getMaxRows. A
 * sheet of one row has no row 2: Sheets refuses the range, and there is no block.
 */
function existingSheetBlock(setup: SheetSetup, width: number): DataBlock | null {
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = setup.sheet.getRange(`A2:${columnLetter(width)}`);
  } catch {
    return null;
  }
  let validations: ReadonlyArray<ReadonlyArray<Rule | null>> | undefined;
  let formats: string[][] | undefined;
  const readFormats = (): string[][] => (formats ??= range.getNumberFormats());
  const rows = (): number => (validations ?? readFormats()).length;
  return {
    get maxRows() { return rows() + 1; },
    get rows() { return rows(); },
    range: () => range,
    validations: () => (validations ??= range.getDataValidations()),
    formats: readFormats,
  };
}

/** The sheet's data block (see DataBlock), made on first use; null when the sheet has no data rows or columns. */
export function dataBlock(setup: SheetSetup, placement: ColumnPlacement): DataBlock | null {
  if (blocks.has(setup)) return blocks.get(setup) ?? null;
  const block = placement.width < 1 ? null : setup.created ? newSheetBlock(setup, placement.width) : existingSheetBlock(setup, placement.width);
  blocks.set(setup, block);
  return block;
}

const headerRanges = new WeakMap<SheetSetup, Map<string, GoogleAppsScript.Spreadsheet.Range>>();

/** Row 1, columns first..first+count-1: one Range per span for the run (header text, band and notes share it). */
export function headerRange(setup: SheetSetup, first: number, count: number): GoogleAppsScript.Spreadsheet.Range {
  let known = headerRanges.get(setup);
  if (!known) headerRanges.set(setup, (known = new Map()));
  const key = `${first}:${count}`;
  let range = known.get(key);
  if (!range) known.set(key, (range = setup.sheet.getRange(1, first, 1, count)));
  return range;
}
