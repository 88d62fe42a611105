/**
 * The seam between the emulated spreadsheet (this folder) and the rest of the emulator (environment, Ui,
 * vm loader). The environment owns the clock, the call counter, the auth mode and the Ui; the workbook model
 * owns sheets, cells, validation, formats, protections, metadata and the selection.
 */
import type { AuthState } from '../auth';
import type { CallCounter } from '../call-counter';
import type { CellValue, WorkbookSnapshot } from '../values';
import type { FilterCriteriaSpec } from './filter-spec';

export interface SpreadsheetHost {
  readonly counter: CallCounter;
  readonly auth: AuthState;
  now(): Date;
  /** Records Spreadsheet.toast(message, title, timeoutSeconds). */
  toast(message: string, title: string, timeoutSeconds: number): void;
  /** The Ui returned by SpreadsheetApp.getUi() (owned by the environment). */
  ui(): GoogleAppsScript.Base.Ui;
}

export interface UserEditOutcome {
  readonly accepted: boolean;
  readonly rejection?: string;
  /** The edited range as the bundle sees it (counted), for the onEdit event's e.range. */
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  /** For a single-cell edit: the new and old values as onEdit reports them (strings; absent when the cell was empty). */
  readonly value?: string;
  readonly oldValue?: string;
}

export interface WorkbookModel {
  readonly timeZone: string;
  /** SpreadsheetApp as the bundle sees it (every object counted, auth checked). */
  readonly spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  /** The active spreadsheet (counted). */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  userEdit(sheetName: string, a1: string, value: CellValue | ''): UserEditOutcome;
  userPaste(sheetName: string, a1: string, values: ReadonlyArray<ReadonlyArray<CellValue | ''>>): UserEditOutcome;
  select(sheetName: string, a1: string): void;
  /** A person's row and sort/filter actions (user-structure.ts); no onEdit follows any of them. */
  userInsertRows(sheetName: string, at: number, count: number): void;
  userDeleteRows(sheetName: string, at: number, count: number): void;
  userSort(sheetName: string, column: number, ascending: boolean): void;
  userFilter(sheetName: string, column: number, criteria: FilterCriteriaSpec | null): void;
  userRemoveFilter(sheetName: string): void;
  /** Uncounted helpers for tests and the preview. */
  readValues(sheetName: string): CellValue[][];
  readDisplay(sheetName: string): string[][];
  writeValues(sheetName: string, a1: string, values: ReadonlyArray<ReadonlyArray<CellValue | ''>>): void;
  /** Everything the preview needs to draw a sheet: values, display values, validation per cell, colours. */
  render(sheetName: string, extent?: RenderExtent): SheetRendering;
  sheetNames(): string[];
  toSnapshot(): WorkbookSnapshot;
}

/** How much of a sheet render() covers beyond its used range: at least this many rows and columns (capped by its size). */
export interface RenderExtent {
  readonly rows?: number;
  readonly columns?: number;
  /** Empty rows below the used range. */
  readonly emptyRowsBelow?: number;
}

export interface SheetRendering {
  readonly name: string;
  readonly sheetId: number;
  /** The sheet's size (getMaxRows / getMaxColumns). */
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Per rendered column: the width set by setColumnWidth(s) in pixels, or null (Sheets' default, 100). */
  readonly columnWidths: Array<number | null>;
  /** 1-based columns hidden by hideColumns. */
  readonly hiddenColumns: number[];
  /** 1-based rows the basic filter hides. */
  readonly hiddenRows: number[];
  /** Per cell: text wrap set (setWrap(true)). */
  readonly wraps: boolean[][];
  /** The basic filter: its range (1-based) and each column's criteria. */
  readonly filter: { readonly range: { row: number; col: number; numRows: number; numCols: number }; readonly criteria: Array<{ column: number; criteria: FilterCriteriaSpec }> } | null;
  /** Display values, rows × columns of the used range (at least 1×1), widened to the extent asked for. */
  readonly display: string[][];
  /** Per cell (same shape): the editing control validation implies, if any. */
  readonly controls: Array<Array<{ kind: 'checkbox' } | { kind: 'list'; values: string[] } | { kind: 'date' } | null>>;
  /** Per cell: background colour from conditional formatting or setBackground, or null. */
  readonly backgrounds: Array<Array<string | null>>;
  /** Notes per cell ('' when none). */
  readonly notes: string[][];
  readonly protectedColumns: number[];
  /** Per cell: true where the font weight is bold (setFontWeight / setFontWeights). */
  readonly bold: boolean[][];
  /** Embedded charts, in insertion order: what the preview draws as small cards. */
  readonly charts: ChartRendering[];
}

/** One embedded chart for the preview: its title, type, anchor, size options, ranges and what it plots. */
export interface ChartRendering {
  readonly title: string;
  readonly type: string;
  readonly anchor: { readonly row: number; readonly col: number; readonly offsetX: number; readonly offsetY: number };
  /** The 'width' / 'height' options in pixels, when set (Sheets' default embedded chart is about 600 × 371). */
  readonly width: number | null;
  readonly height: number | null;
  readonly ranges: string[];
  /** The ranges read as Sheets reads them: first column = labels, each other column a series named by its header. */
  readonly data: {
    readonly labels: string[];
    readonly series: Array<{ readonly name: string; readonly values: Array<number | null>; readonly display: string[] }>;
  };
}

export interface WorkbookOptions {
  readonly host: SpreadsheetHost;
  readonly timeZone: string;
  /** Spreadsheet.getSpreadsheetLocale(); default en_US (a snapshot's own locale is kept unless this is given). */
  readonly locale?: string;
  readonly name: string;
  readonly id: string;
  readonly snapshot?: WorkbookSnapshot;
}

export type CreateWorkbook = (options: WorkbookOptions) => WorkbookModel;
