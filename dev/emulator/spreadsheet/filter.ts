/**
 * A sheet's basic filter, as Apps Script's Filter: one per sheet ("Class Range" › createFilter: "Creates a
 * filter … on a range. You can only have one filter in a sheet"), a range that follows inserts/deletes,
 * sort() below its header row, remove(), and column criteria (filter-criteria.ts) that hide the rows of
 * the range below its header whose displayed value they reject (Sheet.isRowHiddenByFilter). Hidden rows
 * stay in the sheet: getValues still returns them, as in Sheets.
 */
import type { GridBox } from './a1-notation';
import { stubUnimplemented } from './api-surface';
import { newFilterCriteriaBuilder, passesCriteria, specOf } from './filter-criteria';
import type { WorkbookObjects } from './objects';
import { expose } from './expose';
import { formatValue } from './number-format';
import type { SheetStore } from './sheet-store';
import { sortRange } from './sort';

type Filter = GoogleAppsScript.Spreadsheet.Filter;

export class FilterImpl {
  self!: Filter;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly store: SheetStore,
  ) {}

  private box(): GridBox {
    if (!this.store.filter) throw new Error('This filter has been removed.');
    return this.store.filter;
  }

  private checkColumn(column: number): void {
    const box = this.box();
    if (!Number.isInteger(column) || column < box.col || column >= box.col + box.numCols) {
      throw new Error(`The column position ${column} is outside the filter's range.`);
    }
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range { return this.ctx.range(this.store, this.box()); }
  remove(): void {
    this.store.filter = null;
    this.store.filterCriteria.clear();
  }
  /** Sorts the filtered range below its header row. */
  sort(column: number, ascending: boolean): Filter {
    const box = this.box();
    if (box.numRows > 1) sortRange(this.ctx.state, this.store, { ...box, row: box.row + 1, numRows: box.numRows - 1 }, { column, ascending });
    return this.self;
  }
  setColumnFilterCriteria(column: number, criteria: GoogleAppsScript.Spreadsheet.FilterCriteria | null): Filter {
    this.checkColumn(column);
    if (criteria === null) this.store.filterCriteria.delete(column);
    else this.store.filterCriteria.set(column, specOf(criteria));
    return this.self;
  }
  removeColumnFilterCriteria(column: number): Filter {
    this.checkColumn(column);
    this.store.filterCriteria.delete(column);
    return this.self;
  }
  getColumnFilterCriteria(column: number): GoogleAppsScript.Spreadsheet.FilterCriteria | null {
    this.checkColumn(column);
    const spec = this.store.filterCriteria.get(column);
    return spec ? newFilterCriteriaBuilder(this.ctx, spec).build() : null;
  }
}

stubUnimplemented(FilterImpl, 'Filter');

export function getFilter(ctx: WorkbookObjects, store: SheetStore): Filter | null {
  return store.filter ? expose(new FilterImpl(ctx, store), 'Filter', ctx.host) : null;
}

export function createFilter(ctx: WorkbookObjects, store: SheetStore, box: GridBox): Filter {
  if (store.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
  store.filter = { ...box };
  store.filterCriteria.clear();
  return expose(new FilterImpl(ctx, store), 'Filter', ctx.host);
}

/** The 1-based rows the sheet's filter hides: rows of its range below the header whose cells fail a column's criteria. */
export function rowsHiddenByFilter(store: SheetStore, timeZone: string): Set<number> {
  const hidden = new Set<number>();
  const box = store.filter;
  if (!box || store.filterCriteria.size === 0) return hidden;
  for (let row = box.row + 1; row < box.row + box.numRows; row++) {
    for (const [col, spec] of store.filterCriteria) {
      const display = formatValue(store.values.get(row, col) ?? '', store.formats.get(row, col), timeZone);
      if (!passesCriteria(spec, display)) {
        hidden.add(row);
        break;
      }
    }
  }
  return hidden;
}
