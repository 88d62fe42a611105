/**
 * Selection: what the user has selected (set by workbook.select / Range.activate). Without a selection the
 * current cell is A1 of the active sheet, as in a freshly opened spreadsheet.
 */
import { stubUnimplemented } from './api-surface';
import type { WorkbookContext } from './context';

type Range = GoogleAppsScript.Spreadsheet.Range;

export class SelectionImpl {
  self!: GoogleAppsScript.Spreadsheet.Selection;

  constructor(readonly ctx: WorkbookContext) {}

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet { return this.ctx.sheet(this.ctx.state.active()); }
  getActiveRange(): Range | null {
    const sel = this.ctx.state.selection;
    return sel && sel.sheet === this.ctx.state.active() ? this.ctx.range(sel.sheet, sel.box) : null;
  }
  getCurrentCell(): Range | null {
    const sel = this.ctx.state.selection;
    const store = this.ctx.state.active();
    if (!sel || sel.sheet !== store) return this.ctx.range(store, { row: 1, col: 1, numRows: 1, numCols: 1 });
    return this.ctx.range(store, { ...sel.current, numRows: 1, numCols: 1 });
  }
}

stubUnimplemented(SelectionImpl, 'Selection');
