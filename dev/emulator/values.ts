/** The plain value types shared by the emulator's API and its spreadsheet model (kept apart so neither imports the other). */

/** A cell value as getValues() returns it. */
export type CellValue = string | number | boolean | Date;

/** JSON-safe copy of a whole workbook: sheets, cells (dates as tagged ISO), validation, formats, metadata, properties. */
export interface WorkbookSnapshot {
  readonly version: 1;
  readonly [key: string]: unknown;
}
