/**
 * Selection: what the user has selected (set by workbook.select / Range.activate). Without a selection the
 * active range and current cell are A1 of the active sheet, as in a freshly opened spreadsheet.
 */
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';

type Range = GoogleAppsScript.Spreadsheet.Range;

export class SelectionImpl {
  self!: GoogleAppsScript.Spreadsheet.Selection;

  constructor(readonly ctx: WorkbookObjects) {}

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet { return this.ctx.sheet(this.ctx.state.active()); }
  getActiveRange(): Range | null { return this.ctx.range(this.ctx.state.active(), this.ctx.selectionOn().box); }
  getCurrentCell(): Range | null { return this.ctx.range(this.ctx.state.active(), this.ctx.selectionOn().current); }
}

stubUnimplemented(SelectionImpl, 'Selection');
