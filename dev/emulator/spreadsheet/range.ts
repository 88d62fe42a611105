/**
 * Range: a fixed rectangle of one sheet (1-based), as Apps Script's Range. Reads and writes go straight to
 * the sheet's layers; getters of "one cell" return the top-left cell's, like Apps Script.
 */
import type { Bounds, GridBox } from './a1-notation';
import { BOUNDED, toA1 } from './a1-notation';
import { stubUnimplemented } from './api-surface';
import { checkDimensions, readStored, readValues, writeScriptValue, writeScriptValues } from './cell-values';
import { forEachCell, getStyles, setStyle, setStyles, writeStrings } from './cell-style';
import type { WorkbookObjects } from './objects';
import { addMetadata, metadataFinder, metadataOnRange } from './metadata-ops';
import { createFilter, getFilter } from './filter';
import { formatValue } from './number-format';
import { protectRange } from './protection';
import * as validation from './range-validation';
import { sortRange, type SortSpec } from './sort';
import type { SheetStore } from './sheet-store';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Grid2<T> = ReadonlyArray<ReadonlyArray<T>>;

export class RangeImpl {
  self!: Range;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly store: SheetStore,
    readonly box: GridBox,
    /** Open ends of a range given as 'C:C', '2:5' or 'A2:C' (only getA1Notation and is…Bounded see them). */
    readonly bounds: Bounds = BOUNDED,
  ) {}

  private first(): GridBox {
    return { row: this.box.row, col: this.box.col, numRows: 1, numCols: 1 };
  }

  getRow(): number { return this.box.row; }
  getRowIndex(): number { return this.box.row; }
  getColumn(): number { return this.box.col; }
  getNumRows(): number { return this.box.numRows; }
  getNumColumns(): number { return this.box.numCols; }
  getHeight(): number { return this.box.numRows; }
  getWidth(): number { return this.box.numCols; }
  getLastRow(): number { return this.box.row + this.box.numRows - 1; }
  getLastColumn(): number { return this.box.col + this.box.numCols - 1; }
  getA1Notation(): string { return toA1(this.box, this.bounds); }
  isStartRowBounded(): boolean { return this.bounds.startRow; }
  isEndRowBounded(): boolean { return this.bounds.endRow; }
  isStartColumnBounded(): boolean { return this.bounds.startCol; }
  isEndColumnBounded(): boolean { return this.bounds.endCol; }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet { return this.ctx.sheet(this.store); }
  getGridId(): number { return this.store.sheetId; }
  canEdit(): boolean { return true; }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.ctx.range(this.store, { row: this.box.row + row - 1, col: this.box.col + column - 1, numRows: 1, numCols: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.ctx.sheetImpl(this.store).rangeAt(this.box.row + rowOffset, this.box.col + columnOffset, numRows ?? this.box.numRows, numColumns ?? this.box.numCols);
  }

  getValue(): unknown { return readValues(this.store, this.first(), this.ctx.timeZone)[0]?.[0] ?? ''; }
  getValues(): unknown[][] { return readValues(this.store, this.box, this.ctx.timeZone); }
  setValue(value: unknown): Range {
    forEachCell(this.box, (row, col) => writeScriptValue(this.store, row, col, value, this.ctx.timeZone, this.ctx.state.locale));
    return this.self;
  }
  setValues(values: Grid2<unknown>): Range {
    writeScriptValues(this.store, this.box, values, this.ctx.timeZone, this.ctx.state.locale);
    return this.self;
  }

  getDisplayValue(): string { return this.displayOf(this.first())[0]?.[0] ?? ''; }
  getDisplayValues(): string[][] { return this.displayOf(this.box); }
  private displayOf(box: GridBox): string[][] {
    const values = readStored(this.store, box);
    const formats = this.store.formats.read(box.row, box.col, box.numRows, box.numCols, undefined);
    return values.map((line, i) => line.map((v, j) => formatValue(v, formats[i]?.[j], this.ctx.timeZone)));
  }

  getFormula(): string { return this.getFormulas()[0]?.[0] ?? ''; }
  getFormulas(): string[][] { return this.store.formulas.read(this.box.row, this.box.col, this.box.numRows, this.box.numCols, ''); }
  setFormula(formula: string): Range { return this.setValue(formula.startsWith('=') ? formula : `=${formula}`); }
  setFormulas(formulas: Grid2<string>): Range { return this.setValues(formulas); }

  getNote(): string { return this.getNotes()[0]?.[0] ?? ''; }
  getNotes(): string[][] { return this.store.notes.read(this.box.row, this.box.col, this.box.numRows, this.box.numCols, ''); }
  setNote(note: string | null): Range { return this.setNotes(this.filled(note)); }
  setNotes(notes: Grid2<string | null>): Range {
    checkDimensions(notes, this.box);
    writeStrings(this.store, 'notes', this.box, notes);
    return this.self;
  }
  clearNote(): Range { return this.setNote(null); }

  getNumberFormat(): string { return this.getNumberFormats()[0]?.[0] ?? ''; }
  getNumberFormats(): string[][] { return this.store.formats.read(this.box.row, this.box.col, this.box.numRows, this.box.numCols, ''); }
  setNumberFormat(format: string): Range { return this.setNumberFormats(this.filled(format)); }
  setNumberFormats(formats: Grid2<string>): Range {
    checkDimensions(formats, this.box);
    writeStrings(this.store, 'formats', this.box, formats);
    return this.self;
  }

  getBackground(): string { return this.getBackgrounds()[0]?.[0] ?? ''; }
  getBackgrounds(): string[][] { return getStyles(this.store, this.box, 'background'); }
  setBackground(color: string | null): Range { setStyle(this.store, this.box, 'background', color ?? undefined); return this.self; }
  setBackgrounds(colors: Grid2<string | null>): Range {
    checkDimensions(colors, this.box);
    setStyles(this.store, this.box, 'background', colors);
    return this.self;
  }
  getFontColor(): string { return getStyles(this.store, this.first(), 'fontColor')[0]?.[0] ?? ''; }
  getFontColors(): string[][] { return getStyles(this.store, this.box, 'fontColor'); }
  setFontColor(color: string | null): Range { setStyle(this.store, this.box, 'fontColor', color ?? undefined); return this.self; }
  getFontWeight(): string { return getStyles(this.store, this.first(), 'fontWeight')[0]?.[0] ?? ''; }
  getFontWeights(): string[][] { return getStyles(this.store, this.box, 'fontWeight'); }
  setFontWeight(weight: string | null): Range { setStyle(this.store, this.box, 'fontWeight', weight ?? undefined); return this.self; }
  setFontWeights(weights: Grid2<string | null>): Range {
    checkDimensions(weights, this.box);
    setStyles(this.store, this.box, 'fontWeight', weights);
    return this.self;
  }
  getWrap(): boolean { return getStyles(this.store, this.first(), 'wrap')[0]?.[0] ?? true; }
  setWrap(wrap: boolean): Range { setStyle(this.store, this.box, 'wrap', wrap); return this.self; }
  getHorizontalAlignment(): string { return getStyles(this.store, this.first(), 'horizontalAlignment')[0]?.[0] ?? ''; }
  setHorizontalAlignment(alignment: string | null): Range {
    setStyle(this.store, this.box, 'horizontalAlignment', alignment ?? undefined);
    return this.self;
  }

  isBlank(): boolean {
    return readStored(this.store, this.box).every((l) => l.every((v) => v === '')) && this.getFormulas().every((l) => l.every((f) => f === ''));
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): Range {
    const all = !options || Object.values(options).every((v) => !v);
    if (all || options?.contentsOnly) this.clearContent();
    if (all || options?.formatOnly) this.clearFormat();
    if (all || options?.validationsOnly) this.clearDataValidations();
    if (options?.commentsOnly) this.clearNote();
    return this.self;
  }
  clearContent(): Range {
    const { row, col, numRows, numCols } = this.box;
    this.store.values.fill(row, col, numRows, numCols, undefined);
    this.store.formulas.fill(row, col, numRows, numCols, undefined);
    return this.self;
  }
  clearFormat(): Range {
    const { row, col, numRows, numCols } = this.box;
    this.store.formats.fill(row, col, numRows, numCols, undefined);
    this.store.styles.fill(row, col, numRows, numCols, undefined);
    return this.self;
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null { return validation.getValidations(this, this.first())[0]?.[0] ?? null; }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> { return validation.getValidations(this, this.box); }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range { validation.setValidation(this, rule); return this.self; }
  setDataValidations(rules: Grid2<GoogleAppsScript.Spreadsheet.DataValidation | null>): Range { validation.setValidations(this, rules); return this.self; }
  clearDataValidations(): Range { return this.setDataValidation(null); }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): Range { validation.insertCheckboxes(this, checked, unchecked); return this.self; }
  removeCheckboxes(): Range { validation.removeCheckboxes(this); return this.self; }
  isChecked(): boolean | null { return validation.isChecked(this); }
  check(): Range { validation.setChecked(this, true); return this.self; }
  uncheck(): Range { validation.setChecked(this, false); return this.self; }

  sort(spec: SortSpec): Range { sortRange(this.ctx.state, this.store, this.box, spec); return this.self; }
  createFilter(): GoogleAppsScript.Spreadsheet.Filter { return createFilter(this.ctx, this.store, this.box); }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null { return getFilter(this.ctx, this.store); }
  protect(): GoogleAppsScript.Spreadsheet.Protection { return protectRange(this.ctx, this.store, this.box, 'RANGE'); }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): Range {
    addMetadata(this.ctx, { kind: 'range', store: this.store, box: this.box }, key, a, b);
    return this.self;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] { return metadataOnRange(this.ctx, this.store, this.box); }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this.ctx, { kind: 'range', store: this.store, box: this.box });
  }

  activate(): Range {
    this.ctx.state.activeSheet = this.store;
    this.ctx.state.selection = { sheet: this.store, box: { ...this.box }, current: { row: this.box.row, col: this.box.col } };
    return this.self;
  }
  activateAsCurrentCell(): Range { return this.activate(); }

  private filled<T>(value: T): T[][] {
    return Array.from({ length: this.box.numRows }, () => new Array<T>(this.box.numCols).fill(value));
  }
}

stubUnimplemented(RangeImpl, 'Range');
