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
