/**
 * Sheet, as Apps Script's Sheet: ranges by coordinates or A1, size and used range, row/column structure,
 * frozen panes, column settings, conditional formats, protections, metadata, sorting and a minimal filter.
 */
import { boundsOf, parseA1, resolveA1 } from './a1-notation';
import { stubUnimplemented } from './api-surface';
import { ensureSize, writeScriptValues } from './cell-values';
import * as cf from './conditional-format';
import type { WorkbookObjects } from './objects';
import { getFilter, rowsHiddenByFilter } from './filter';
import { addMetadata, metadataFinder, metadataOn } from './metadata-ops';
import { listNamedRanges } from './named-range';
import { listProtections, protectRange } from './protection';
import * as charts from './sheet-charts';
import { deleteAt, insertAt } from './sheet-structure';
import type { SheetStore } from './sheet-store';
import { sortRange } from './sort';
import { expose } from './expose';
import { RangeListImpl } from './range-list';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class SheetImpl {
  self!: Sheet;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly store: SheetStore,
  ) {}

  getName(): string { return this.store.name; }
  getSheetName(): string { return this.store.name; }
  setName(name: string): Sheet {
    const clash = this.ctx.state.sheetByName(name);
    if (clash && clash !== this.store) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.store.name = name;
    return this.self;
  }
  getSheetId(): number { return this.store.sheetId; }
  getIndex(): number { return this.ctx.state.sheets.indexOf(this.store) + 1; }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet { return this.ctx.spreadsheet; }
  getType(): string { return 'GRID'; }
  isSheetHidden(): boolean { return this.store.hidden; }
  /** Sheet.hideSheet: "Hides this sheet. Has no effect if the sheet is already hidden. If this method is called on the only visible sheet, it throws an exception." */
  hideSheet(): Sheet {
    const visible = this.ctx.state.sheets.filter((s) => !s.hidden);
    if (!this.store.hidden && visible.length <= 1) throw new Error("You can't hide all the sheets in a document.");
    this.store.hidden = true;
    return this.self;
  }
  showSheet(): Sheet {
    this.store.hidden = false;
    return this.self;
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') {
      const ref = parseA1(a);
      // A sheet-qualified reference ('Plan rules'!A1) names its own sheet, whichever Sheet it is asked of.
      if (ref.sheetName !== undefined && this.ctx.state.sheetByName(ref.sheetName) !== this.store) {
        const other = this.ctx.state.sheetByName(ref.sheetName);
        if (!other) throw new Error('Range not found');
        return this.ctx.sheetImpl(other).getRange(a);
      }
      const box = resolveA1(ref, this.store.maxRows, this.store.maxColumns);
      this.checkBox(box.row, box.col, box.numRows, box.numCols);
      return this.ctx.range(this.store, box, boundsOf(ref));
    }
    return this.rangeAt(a, column ?? Number.NaN, numRows ?? 1, numColumns ?? 1);
  }

  /**
   * Sheet.getRangeList(a1Notations): "Returns the RangeList collection representing the ranges in the same
   * sheet specified by a non-empty list of A1 notations or R1C1 notations." Each notation is checked as
   * getRange(a1Notation) checks it; an empty list throws.
   */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw new Error('The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Sheet.getRangeList.');
    const ranges = a1Notations.map((a1) => this.getRange(String(a1)));
    return expose(new RangeListImpl(ranges), 'RangeList', this.ctx.host);
  }

  /** A range with Apps Script's argument checks (not counted as a call; used by getRange and offset). */
  rangeAt(row: number, col: number, numRows: number, numCols: number): Range {
    this.checkBox(row, col, numRows, numCols);
    return this.ctx.range(this.store, { row, col, numRows, numCols });
  }

  private checkBox(row: number, col: number, numRows: number, numCols: number): void {
    if (!(row >= 1)) throw new Error('The starting row of the range is too small.');
    if (!(col >= 1)) throw new Error('The starting column of the range is too small.');
    if (!(numRows >= 1)) throw new Error('The number of rows in the range must be at least 1.');
    if (!(numCols >= 1)) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.store.maxRows || col + numCols - 1 > this.store.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /**
   * Sheet.getSheetValues(startRow, startColumn, numRows, numColumns): the grid's values in one call, with
   * getRange's argument checks. Reference (Class Sheet › getSheetValues): "A -1 value given as the row or
   * column position is equivalent to getting the very last row or column that has data in the sheet": -1 as
   * numRows / numColumns reads through the sheet's last row / column with data. When that is above the start
   * (an empty sheet) the reference says nothing; the emulator takes the stricter reading and throws as a
   * count of 0 would. (Spreadsheet.getSheetValues, the active sheet's shortcut, does not take -1 here yet.)
   */
  getSheetValues(row: number, col: number, numRows: number, numCols: number): unknown[][] {
    const rows = numRows === -1 ? this.store.lastRow() - row + 1 : numRows;
    const cols = numCols === -1 ? this.store.lastColumn() - col + 1 : numCols;
    return this.ctx.unwrapRange(this.rangeAt(row, col, rows, cols)).getValues();
  }

  getDataRange(): Range {
    return this.ctx.range(this.store, { row: 1, col: 1, numRows: Math.max(1, this.store.lastRow()), numCols: Math.max(1, this.store.lastColumn()) });
  }
  getLastRow(): number { return this.store.lastRow(); }
  getLastColumn(): number { return this.store.lastColumn(); }
  getMaxRows(): number { return this.store.maxRows; }
  getMaxColumns(): number { return this.store.maxColumns; }

  appendRow(rowContents: unknown[]): Sheet {
    if (rowContents.length === 0) return this.self;
    const box = { row: this.store.lastRow() + 1, col: 1, numRows: 1, numCols: rowContents.length };
    ensureSize(this.store, box);
    writeScriptValues(this.store, box, [rowContents], this.ctx.timeZone, this.ctx.state.locale);
    return this.self;
  }

  insertRowBefore(before: number): Sheet { return this.insertRowsBefore(before, 1); }
  insertRowAfter(after: number): Sheet { return this.insertRowsAfter(after, 1); }
  insertRowsBefore(before: number, howMany: number): Sheet { return this.insert('rows', before, howMany); }
  insertRowsAfter(after: number, howMany: number): Sheet { return this.insert('rows', after + 1, howMany); }
  insertRows(rowIndex: number, numRows?: number): void { this.insert('rows', rowIndex, numRows ?? 1); }
  insertColumnBefore(before: number): Sheet { return this.insertColumnsBefore(before, 1); }
  insertColumnAfter(after: number): Sheet { return this.insertColumnsAfter(after, 1); }
  insertColumnsBefore(before: number, howMany: number): Sheet { return this.insert('columns', before, howMany); }
  insertColumnsAfter(after: number, howMany: number): Sheet { return this.insert('columns', after + 1, howMany); }
  insertColumns(columnIndex: number, numColumns?: number): void { this.insert('columns', columnIndex, numColumns ?? 1); }
  deleteRow(row: number): Sheet { return this.remove('rows', row, 1); }
  deleteRows(row: number, howMany: number): void { this.remove('rows', row, howMany); }
  deleteColumn(col: number): Sheet { return this.remove('columns', col, 1); }
  deleteColumns(col: number, howMany: number): void { this.remove('columns', col, howMany); }

  private insert(axis: 'rows' | 'columns', at: number, count: number): Sheet {
    insertAt(this.ctx.state, this.store, axis, at, count);
    return this.self;
  }
  private remove(axis: 'rows' | 'columns', at: number, count: number): Sheet {
    deleteAt(this.ctx.state, this.store, axis, at, count);
    return this.self;
  }

  setFrozenRows(rows: number): void { this.store.frozenRows = rows; }
  setFrozenColumns(columns: number): void { this.store.frozenColumns = columns; }
  getFrozenRows(): number { return this.store.frozenRows; }
  getFrozenColumns(): number { return this.store.frozenColumns; }

  hideColumns(col: number, count?: number): void { for (let c = col; c < col + (count ?? 1); c++) this.store.hiddenColumns.add(c); }
  showColumns(col: number, count?: number): void { for (let c = col; c < col + (count ?? 1); c++) this.store.hiddenColumns.delete(c); }
  hideColumn(range: Range): void { const r = this.ctx.unwrapRange(range); this.hideColumns(r.box.col, r.box.numCols); }
  unhideColumn(range: Range): void { const r = this.ctx.unwrapRange(range); this.showColumns(r.box.col, r.box.numCols); }
  isColumnHiddenByUser(col: number): boolean { return this.store.hiddenColumns.has(col); }
  setColumnWidth(col: number, width: number): Sheet { return this.setColumnWidths(col, 1, width); }
  setColumnWidths(col: number, count: number, width: number): Sheet {
    for (let c = col; c < col + count; c++) this.store.columnWidths.set(c, width);
    return this.self;
  }
  getColumnWidth(col: number): number { return this.store.columnWidths.get(col) ?? 100; }
  setTabColor(color: string | null): Sheet {
    this.store.tabColor = color;
    return this.self;
  }
  getTabColor(): string | null { return this.store.tabColor; }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] { return cf.getRules(this.ctx, this.store); }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void { cf.setRules(this.store, rules); }
  clearConditionalFormatRules(): void { this.store.cfRules = []; }

  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] { return listProtections(this.ctx, type, this.store); }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return protectRange(this.ctx, this.store, { row: 1, col: 1, numRows: this.store.maxRows, numCols: this.store.maxColumns }, 'SHEET');
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    this.whole().clear(options);
    if (!options || !options.contentsOnly) this.store.cfRules = [];
    return this.self;
  }
  clearContents(): Sheet { this.whole().clearContent(); return this.self; }
  clearFormats(): Sheet { this.whole().clearFormat(); return this.self; }
  clearNotes(): Sheet { this.store.notes.clear(); return this.self; }
  private whole(): ReturnType<WorkbookObjects['rangeImpl']> {
    return this.ctx.rangeImpl(this.store, { row: 1, col: 1, numRows: this.store.maxRows, numCols: this.store.maxColumns });
  }

  /** Sorts the rows below the frozen rows by one column (whole rows move, with their metadata). */
  sort(column: number, ascending?: boolean): Sheet {
    const first = this.store.frozenRows + 1;
    const last = this.store.lastRow();
    if (last >= first) {
      const box = { row: first, col: 1, numRows: last - first + 1, numCols: this.store.maxColumns };
      sortRange(this.ctx.state, this.store, box, { column, ascending: ascending ?? true });
    }
    return this.self;
  }

  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null { return getFilter(this.ctx, this.store); }
  /** Sheet.isRowHiddenByFilter(rowPosition): "Returns whether the given row is hidden by a filter (not a filter view)." */
  isRowHiddenByFilter(row: number): boolean { return rowsHiddenByFilter(this.store, this.ctx.timeZone).has(row); }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): Sheet {
    addMetadata(this.ctx, { kind: 'sheet', store: this.store }, key, a, b);
    return this.self;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] { return metadataOn(this.ctx, { kind: 'sheet', store: this.store }); }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this.ctx, { kind: 'sheet', store: this.store });
  }

  activate(): Sheet {
    this.ctx.state.activeSheet = this.store;
    return this.self;
  }
  getActiveRange(): Range | null { return this.ctx.range(this.store, this.ctx.selectionOn(this.store).box); }
  getActiveCell(): Range { return this.ctx.range(this.store, this.ctx.selectionOn(this.store).current); }
  getCurrentCell(): Range | null { return this.getActiveCell(); }
  setActiveRange(range: Range): Range { return this.ctx.unwrapRange(range).activate(); }
  setActiveSelection(range: Range | string): Range {
    return this.ctx.unwrapRange(typeof range === 'string' ? this.getRange(range) : range).activate();
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] { return listNamedRanges(this.ctx, this.store); }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder { return charts.newChart(this.ctx); }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void { charts.insertChart(this.ctx, this.store, chart); }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] { return charts.getCharts(this.ctx, this.store); }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void { charts.updateChart(this.store, chart); }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void { charts.removeChart(this.store, chart); }
}

stubUnimplemented(SheetImpl, 'Sheet');
