/**
 * Spreadsheet, as Apps Script's: sheets (insert makes the new sheet active, like Sheets), the active sheet
 * and selection, A1 ranges with a sheet prefix, named ranges, protections, metadata, toasts, and the
 * active-sheet shortcuts (getLastRow, getDataRange, ...).
 */
import { parseA1 } from './a1-notation';
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import { expose } from './expose';
import { addMetadata, metadataFinder, metadataOn } from './metadata-ops';
import { getRangeByName, listNamedRanges, removeNamedRange, setNamedRange } from './named-range';
import { listProtections } from './protection';
import { SelectionImpl } from './selection';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class SpreadsheetImpl {
  self!: Spreadsheet;

  constructor(readonly ctx: WorkbookObjects) {}

  private get state(): WorkbookObjects['state'] { return this.ctx.state; }
  private activeSheet(): Sheet { return this.ctx.sheet(this.state.active()); }

  getId(): string { return this.state.id; }
  getName(): string { return this.state.name; }
  rename(name: string): void { this.state.name = name; }
  getUrl(): string { return `https://spreadsheet.example/d/${this.state.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this.state.timeZone; }
  setSpreadsheetTimeZone(timeZone: string): void { this.state.timeZone = timeZone; }
  getSpreadsheetLocale(): string { return 'en_US'; }
  getOwner(): null { return null; }
  getEditors(): GoogleAppsScript.Base.User[] { return []; }
  getViewers(): GoogleAppsScript.Base.User[] { return []; }

  getSheets(): Sheet[] { return this.state.sheets.map((s) => this.ctx.sheet(s)); }
  getNumSheets(): number { return this.state.sheets.length; }
  getSheetByName(name: string): Sheet | null {
    const store = this.state.sheetByName(name);
    return store ? this.ctx.sheet(store) : null;
  }
  getSheetById(id: number): Sheet | null {
    const store = this.state.sheets.find((s) => s.sheetId === id);
    return store ? this.ctx.sheet(store) : null;
  }

  /** insertSheet([name][, index][, options]) or insertSheet(index) / insertSheet(options). */
  insertSheet(a?: unknown, b?: unknown): Sheet {
    const name = typeof a === 'string' ? a : this.freeName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : undefined;
    if (index !== undefined && (index < 0 || index > this.state.sheets.length)) throw new Error('Sheet index is out of range.');
    const store = this.state.addSheet(name, index);
    this.state.activeSheet = store;
    return this.ctx.sheet(store);
  }
  private freeName(): string {
    let n = this.state.sheets.length + 1;
    while (this.state.sheetByName(`Sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }
  deleteSheet(sheet: Sheet): void { this.state.removeSheet(this.ctx.unwrapSheet(sheet).store); }
  deleteActiveSheet(): Sheet {
    this.state.removeSheet(this.state.active());
    return this.activeSheet();
  }

  getActiveSheet(): Sheet { return this.activeSheet(); }
  setActiveSheet(sheet: Sheet): Sheet {
    this.state.activeSheet = this.ctx.unwrapSheet(sheet).store;
    return sheet;
  }
  getActiveRange(): Range | null { return this.ctx.range(this.state.active(), this.ctx.selectionOn().box); }
  getActiveCell(): Range { return this.ctx.range(this.state.active(), this.ctx.selectionOn().current); }
  getCurrentCell(): Range | null { return this.getActiveCell(); }
  getSelection(): GoogleAppsScript.Spreadsheet.Selection {
    return expose(new SelectionImpl(this.ctx), 'Selection', this.ctx.host);
  }
  setActiveRange(range: Range): Range { return this.ctx.unwrapRange(range).activate(); }
  setActiveSelection(range: Range | string): Range { return this.ctx.unwrapRange(typeof range === 'string' ? this.getRange(range) : range).activate(); }

  /** getRange('A1:B2') on the active sheet, or getRange("'Plan rules'!A1:B2"). */
  getRange(a1: string): Range {
    const ref = parseA1(a1);
    const sheet = ref.sheetName === undefined ? this.activeSheet() : this.getSheetByName(ref.sheetName);
    if (!sheet) throw new Error(`Range not found`);
    return this.ctx.unwrapSheet(sheet).getRange(a1);
  }
  getRangeByName(name: string): Range | null { return getRangeByName(this.ctx, name); }
  setNamedRange(name: string, range: Range): void { setNamedRange(this.ctx, name, range); }
  removeNamedRange(name: string): void { removeNamedRange(this.ctx, name); }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] { return listNamedRanges(this.ctx); }

  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] { return listProtections(this.ctx, type); }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): Spreadsheet {
    addMetadata(this.ctx, { kind: 'spreadsheet' }, key, a, b);
    return this.self;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] { return metadataOn(this.ctx, { kind: 'spreadsheet' }); }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this.ctx, { kind: 'spreadsheet' });
  }

  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.ctx.host.toast(String(message), title ?? '', timeoutSeconds ?? 5);
  }
  /** Writes are applied immediately in the emulator, so there is nothing to flush. */
  flush(): void {}

  // Shortcuts Apps Script resolves against the active sheet.
  getLastRow(): number { return this.state.active().lastRow(); }
  getLastColumn(): number { return this.state.active().lastColumn(); }
  getDataRange(): Range { return this.ctx.sheetImpl(this.state.active()).getDataRange(); }
  getFrozenRows(): number { return this.state.active().frozenRows; }
  getFrozenColumns(): number { return this.state.active().frozenColumns; }
  setFrozenRows(rows: number): void { this.state.active().frozenRows = rows; }
  setFrozenColumns(columns: number): void { this.state.active().frozenColumns = columns; }
  getSheetId(): number { return this.state.active().sheetId; }
  getSheetName(): string { return this.state.active().name; }
  appendRow(row: unknown[]): Sheet { return this.ctx.sheetImpl(this.state.active()).appendRow(row); }
  getSheetValues(row: number, col: number, numRows: number, numCols: number): unknown[][] {
    return this.ctx.unwrapRange(this.ctx.sheetImpl(this.state.active()).rangeAt(row, col, numRows, numCols)).getValues();
  }
}

stubUnimplemented(SpreadsheetImpl, 'Spreadsheet');
