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

const blocks = new WeakMap<SheetSetup, DataBlock>();

/** The sheet's data block (see DataBlock), made on first use; null when the sheet has no data rows or columns. */
export function dataBlock(setup: SheetSetup, placement: ColumnPlacement): DataBlock | null {
  const known = blocks.get(setup);
  if (known) return known.rows > 0 && placement.width > 0 ? known : null;
  const maxRows = setup.sheet.getMaxRows();
  const rows = maxRows - 1;
  let range: GoogleAppsScript.Spreadsheet.Range | undefined;
  let validations: ReadonlyArray<ReadonlyArray<Rule | null>> | undefined;
  let formats: string[][] | undefined;
  const rangeOf = (): GoogleAppsScript.Spreadsheet.Range => (range ??= setup.sheet.getRange(2, 1, rows, placement.width));
  const block: DataBlock = {
    maxRows,
    rows,
    range: rangeOf,
    // A sheet this run created has no rules yet: nothing to read.
    validations: () => (validations ??= setup.created ? Array.from({ length: rows }, () => new Array<null>(placement.width).fill(null)) : rangeOf().getDataValidations()),
    formats: () => (formats ??= rangeOf().getNumberFormats()),
  };
  blocks.set(setup, block);
  return rows > 0 && placement.width > 0 ? block : null;
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
