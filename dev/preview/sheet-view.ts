/**
 * What the page draws for one sheet. Uses the workbook model's render() when the emulator exposes it
 * (controls, colours, notes), else falls back to display values only, so the preview works either way.
 */
import type { Environment } from '../emulator/api';
import type { SheetRendering } from '../emulator/spreadsheet/contract';
import type { SheetView } from './view-types';

/** Rows beyond this are not sent to the page: a DOM table of a few thousand cells stays instant. */
export const MAX_SHOWN_ROWS = 500;

export function sheetNamesOf(env: Environment): string[] {
  return env.workbook ? env.workbook.sheetNames() : env.spreadsheet.getSheets().map((s) => s.getName());
}

function fallbackRendering(env: Environment, name: string): SheetRendering {
  const display = env.readDisplay(name);
  const rows = display.length > 0 ? display : [['']];
  const blank = <T>(value: T): T[][] => rows.map((r) => r.map(() => value));
  return {
    name,
    sheetId: 0,
    frozenRows: env.spreadsheet.getSheetByName(name)?.getFrozenRows() ?? 0,
    frozenColumns: env.spreadsheet.getSheetByName(name)?.getFrozenColumns() ?? 0,
    display: rows,
    controls: blank(null),
    backgrounds: blank(null),
    notes: blank(''),
    protectedColumns: [],
  };
}

export function buildSheetView(env: Environment, name: string): SheetView {
  const rendering = env.workbook ? env.workbook.render(name) : fallbackRendering(env, name);
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
    totalRows,
    shownRows,
    rich: env.workbook !== undefined,
  };
}
