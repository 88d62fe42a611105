/**
 * What the page draws for one sheet: the workbook model's uncounted render() (display values, controls
 * implied by validation, colours from conditional formatting, notes), capped to keep the page fast.
 */
import type { WorkbookModel } from '../emulator/spreadsheet/contract';
import type { SheetView } from './view-types';

/** Rows beyond this are not sent to the page: a DOM table of a few thousand cells stays instant. */
export const MAX_SHOWN_ROWS = 500;

export function buildSheetView(workbook: WorkbookModel, name: string): SheetView {
  const rendering = workbook.render(name);
  const totalRows = rendering.display.length;
  const shownRows = Math.min(totalRows, MAX_SHOWN_ROWS);
  const cap = <T>(rows: T[]): T[] => rows.slice(0, shownRows);
  return {
    name: rendering.name,
    frozenRows: rendering.frozenRows,
    frozenColumns: rendering.frozenColumns,
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
