/**
 * A minimal basic filter: one per sheet, with a range that follows inserts/deletes, sort(), and remove().
 * Column criteria are not emulated (rows are never hidden by a filter here).
 */
import type { GridBox } from './a1-notation';
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import { expose } from './expose';
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

  getRange(): GoogleAppsScript.Spreadsheet.Range { return this.ctx.range(this.store, this.box()); }
  remove(): void { this.store.filter = null; }
  /** Sorts the filtered range below its header row. */
  sort(column: number, ascending: boolean): Filter {
    const box = this.box();
    if (box.numRows > 1) sortRange(this.ctx.state, this.store, { ...box, row: box.row + 1, numRows: box.numRows - 1 }, { column, ascending });
    return this.self;
  }
  getColumnFilterCriteria(): null { return null; }
}

stubUnimplemented(FilterImpl, 'Filter');

export function getFilter(ctx: WorkbookObjects, store: SheetStore): Filter | null {
  return store.filter ? expose(new FilterImpl(ctx, store), 'Filter', ctx.host) : null;
}

export function createFilter(ctx: WorkbookObjects, store: SheetStore, box: GridBox): Filter {
  if (store.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
  store.filter = { ...box };
  return expose(new FilterImpl(ctx, store), 'Filter', ctx.host);
}
