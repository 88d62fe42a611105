/**
 * What a person does to a sheet's rows from Sheets' menus, as opposed to a script: insert or delete rows
 * (right-click a row number), sort the sheet by a column (Data ▸ Sort sheet, which keeps the frozen rows in
 * place), and a basic filter (Data ▸ Create a filter, then a column's "Filter by values" / "Filter by
 * condition"). The model changes here; the environment fires the events (add-on.ts): none of these is an
 * edit, so onEdit does not run ("Event Objects" › Change: changeType EDIT, INSERT_ROW, REMOVE_ROW, …).
 */
import type { Grid } from './grid';
import type { WorkbookObjects } from './objects';
import { rowsHiddenByFilter } from './filter';
import type { FilterCriteriaSpec } from './filter-spec';
import { deleteAt, insertAt } from './sheet-structure';
import type { SheetStore } from './sheet-store';
import { sortRange } from './sort';

function sheetOf(ctx: WorkbookObjects, sheetName: string): SheetStore {
  const store = ctx.state.sheetByName(sheetName);
  if (!store) throw new Error(`Emulator: no sheet named "${sheetName}"`);
  return store;
}

/**
 * Inserts `count` empty rows so the first new one is row `at` (Insert 1 row above `at` / below `at - 1`). The new
 * rows take the number formats, styles and data validation of the row above them (of the row below when they
 * are the first rows): Sheets API › InsertDimensionRequest, inheritFromBefore — "Whether dimension properties
 * should be extended from the dimensions before or after the newly inserted dimensions".
 */
export function userInsertRows(ctx: WorkbookObjects, sheetName: string, at: number, count: number): void {
  const store = sheetOf(ctx, sheetName);
  insertAt(ctx.state, store, 'rows', at, count);
  const source = at > 1 ? at - 1 : at + count;
  if (source > store.maxRows) return;
  for (const layer of [store.formats, store.styles, store.validations] as Array<Grid<unknown>>) {
    for (let col = 1; col <= store.maxColumns; col++) {
      const value = layer.get(source, col);
      for (let row = at; row < at + count; row++) layer.set(row, col, value);
    }
  }
}

/** Deletes rows `at`..`at + count - 1`, with Sheets' refusal to delete every non-frozen row. */
export function userDeleteRows(ctx: WorkbookObjects, sheetName: string, at: number, count: number): void {
  deleteAt(ctx.state, sheetOf(ctx, sheetName), 'rows', at, count);
}

/**
 * Sorts by a 1-based column: within the filter's range below its header row when the sheet has a filter
 * covering that column (the filter menu's Sort A→Z), else the whole sheet below its frozen rows (Data ▸
 * Sort sheet). Whole rows move, with their formats, validation and row metadata.
 */
export function userSort(ctx: WorkbookObjects, sheetName: string, column: number, ascending: boolean): void {
  const store = sheetOf(ctx, sheetName);
  const filter = store.filter;
  if (filter && column >= filter.col && column < filter.col + filter.numCols) {
    if (filter.numRows > 1) sortRange(ctx.state, store, { ...filter, row: filter.row + 1, numRows: filter.numRows - 1 }, { column, ascending });
    return;
  }
  const first = store.frozenRows + 1;
  const last = store.lastRow();
  if (last < first) return;
  sortRange(ctx.state, store, { row: first, col: 1, numRows: last - first + 1, numCols: store.maxColumns }, { column, ascending });
}

/**
 * Sets (or with null clears) a column's filter criteria, first creating the sheet's filter over its data
 * (row 1 to the last row, every used column) when it has none, as Data ▸ Create a filter does.
 */
export function userFilter(ctx: WorkbookObjects, sheetName: string, column: number, criteria: FilterCriteriaSpec | null): void {
  const store = sheetOf(ctx, sheetName);
  if (!store.filter) {
    store.filter = { row: 1, col: 1, numRows: Math.max(1, store.lastRow()), numCols: Math.max(1, store.lastColumn()) };
    store.filterCriteria.clear();
  }
  const box = store.filter;
  if (column < box.col || column >= box.col + box.numCols) throw new Error(`Emulator: column ${column} is outside the filter's range.`);
  if (criteria) store.filterCriteria.set(column, criteria);
  else store.filterCriteria.delete(column);
}

/** Data ▸ Remove filter: every row shows again. */
export function userRemoveFilter(ctx: WorkbookObjects, sheetName: string): void {
  const store = sheetOf(ctx, sheetName);
  store.filter = null;
  store.filterCriteria.clear();
}

/** 1-based rows the sheet's filter hides (uncounted, for the preview and tests). */
export function hiddenRows(ctx: WorkbookObjects, sheetName: string): number[] {
  return [...rowsHiddenByFilter(sheetOf(ctx, sheetName), ctx.timeZone)].sort((a, b) => a - b);
}
