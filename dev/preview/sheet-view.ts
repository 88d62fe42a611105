/**
 * What the page draws for one sheet: the workbook model's uncounted render() (display values, controls
 * implied by validation, colours from conditional formatting, notes), capped to keep the page fast.
 */
import type { WorkbookModel } from '../emulator/spreadsheet/contract';
import type { SheetView } from './view-types';

/** Rows beyond this are not sent to the page: a DOM table of a few thousand cells stays instant. */
export const MAX_SHOWN_ROWS = 500;
/** Empty rows drawn below the data (as Sheets shows the sheet's empty rows), where a new row is typed. */
export const EMPTY_ROWS_BELOW = 30;
/** Columns drawn at least (A–Z, as a new Sheets sheet), when the sheet has that many. */
export const MIN_COLUMNS = 26;

export function buildSheetView(workbook: WorkbookModel, name: string): SheetView {
  const rendering = workbook.render(name, { emptyRowsBelow: EMPTY_ROWS_BELOW, columns: MIN_COLUMNS });
  const totalRows = rendering.display.length;
  const shownRows = Math.min(totalRows, MAX_SHOWN_ROWS);
  const cap = <T>(rows: T[]): T[] => rows.slice(0, shownRows);
  return {
    name: rendering.name,
    maxRows: rendering.maxRows,
    frozenRows: rendering.frozenRows,
    frozenColumns: rendering.frozenColumns,
    columnWidths: rendering.columnWidths,
    hiddenColumns: rendering.hiddenColumns,
    hiddenRows: rendering.hiddenRows.filter((r) => r <= shownRows),
    wraps: cap(rendering.wraps),
    filter: rendering.filter,
    display: cap(rendering.display),
    controls: cap(rendering.controls),
    backgrounds: cap(rendering.backgrounds),
    notes: cap(rendering.notes),
    protectedColumns: rendering.protectedColumns,
    bold: cap(rendering.bold),
    totalRows,
    shownRows,
    charts: rendering.charts,
  };
}
