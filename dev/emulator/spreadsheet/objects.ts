/**
 * What the spreadsheet objects (Sheet, Range, rules, metadata…) need from the workbook: wrapping stored
 * data as the objects the bundle sees, and unwrapping objects the bundle passes back. The objects depend
 * on this interface, never on each other's classes or on the context that implements it, so the model
 * has no import circle (see test/architecture/import-cycles.test.ts).
 */
import type { Bounds, GridBox } from './a1-notation';
import type { SpreadsheetHost } from './contract';
import type { SheetStore } from './sheet-store';
import type { ValidationSpec } from './validation-spec';
import type { MetadataRecord, ProtectionRecord, WorkbookState } from './workbook-state';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** An uncounted range behind a Range the bundle holds: where it is, and the calls other objects make on it. */
export interface RawRange {
  readonly ctx: WorkbookObjects;
  readonly store: SheetStore;
  readonly box: GridBox;
  activate(): Range;
  getValues(): unknown[][];
  getDisplayValues(): string[][];
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Range;
  clearContent(): Range;
  clearFormat(): Range;
}

/** An uncounted sheet behind a Sheet the bundle holds. */
export interface RawSheet {
  readonly store: SheetStore;
  getRange(a1: string): Range;
  rangeAt(row: number, col: number, numRows: number, numCols: number): Range;
  getDataRange(): Range;
  appendRow(row: unknown[]): Sheet;
}

export interface WorkbookObjects {
  readonly host: SpreadsheetHost;
  readonly state: WorkbookState;
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  selectionOn(store?: SheetStore): { box: GridBox; current: GridBox };
  sheet(store: SheetStore): Sheet;
  range(store: SheetStore, box: GridBox, bounds?: Bounds): Range;
  validation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation;
  protection(record: ProtectionRecord): GoogleAppsScript.Spreadsheet.Protection;
  developerMetadata(record: MetadataRecord): GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  /** The raw range behind a Range the bundle passes back in (throws for foreign objects). */
  unwrapRange(range: unknown): RawRange;
  /** The raw sheet behind a Sheet the bundle passes back in; calls on it are not counted. */
  unwrapSheet(sheet: unknown): RawSheet;
  sheetImpl(store: SheetStore): RawSheet;
  rangeImpl(store: SheetStore, box: GridBox): RawRange;
}
