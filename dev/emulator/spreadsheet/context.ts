/**
 * The one place that turns stored data into the objects the bundle sees, so each is wrapped (counted,
 * auth-guarded) exactly once and identity holds: the same sheet is always the same Sheet object, and a
 * validation rule shared by many cells is one DataValidation object.
 */
import type { Bounds, GridBox } from './a1-notation';
import type { SpreadsheetHost } from './contract';
import { DataValidationImpl } from './data-validation';
import { DeveloperMetadataImpl } from './developer-metadata';
import { expose, rawOf } from './expose';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import type { WorkbookObjects } from './objects';
import type { SheetStore } from './sheet-store';
import type { ValidationSpec } from './validation-spec';
import type { MetadataRecord, ProtectionRecord, WorkbookState } from './workbook-state';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class WorkbookContext implements WorkbookObjects {
  /** Set once by createWorkbook, after the Spreadsheet object exists. */
  spreadsheet!: GoogleAppsScript.Spreadsheet.Spreadsheet;
  private readonly sheets = new WeakMap<SheetStore, Sheet>();
  private readonly validations = new WeakMap<ValidationSpec, GoogleAppsScript.Spreadsheet.DataValidation>();
  private readonly protections = new WeakMap<ProtectionRecord, GoogleAppsScript.Spreadsheet.Protection>();
  private readonly metadata = new WeakMap<MetadataRecord, GoogleAppsScript.Spreadsheet.DeveloperMetadata>();

  constructor(
    readonly host: SpreadsheetHost,
    readonly state: WorkbookState,
  ) {}

  get timeZone(): string {
    return this.state.timeZone;
  }

  /** The selection on a sheet (the active one by default); A1 where nothing was selected, as in a freshly opened sheet. */
  selectionOn(store: SheetStore = this.state.active()): { box: GridBox; current: GridBox } {
    const sel = this.state.selection;
    if (sel && sel.sheet === store) return { box: sel.box, current: { ...sel.current, numRows: 1, numCols: 1 } };
    const a1 = { row: 1, col: 1, numRows: 1, numCols: 1 };
    return { box: a1, current: a1 };
  }

  sheet(store: SheetStore): Sheet {
    let sheet = this.sheets.get(store);
    if (!sheet) {
      sheet = expose(new SheetImpl(this, store), 'Sheet', this.host);
      this.sheets.set(store, sheet);
    }
    return sheet;
  }

  range(store: SheetStore, box: GridBox, bounds?: Bounds): Range {
    return expose(new RangeImpl(this, store, { ...box }, bounds), 'Range', this.host);
  }

  validation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
    let rule = this.validations.get(spec);
    if (!rule) {
      rule = expose(new DataValidationImpl(this, spec), 'DataValidation', this.host, { guard: false });
      this.validations.set(spec, rule);
    }
    return rule;
  }

  protection(record: ProtectionRecord): GoogleAppsScript.Spreadsheet.Protection {
    let p = this.protections.get(record);
    if (!p) {
      p = expose(new ProtectionImpl(this, record), 'Protection', this.host);
      this.protections.set(record, p);
    }
    return p;
  }

  developerMetadata(record: MetadataRecord): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    let m = this.metadata.get(record);
    if (!m) {
      m = expose(new DeveloperMetadataImpl(this, record), 'DeveloperMetadata', this.host);
      this.metadata.set(record, m);
    }
    return m;
  }

  /** The emulator's Range behind a Range the bundle passes back in (throws for foreign objects). */
  unwrapRange(range: unknown): RangeImpl {
    const raw = rawOf(range);
    if (!(raw instanceof RangeImpl)) throw new Error('Emulator: expected a Range from this spreadsheet');
    return raw;
  }

  /** The emulator's Sheet behind a Sheet the bundle passes back in; calls on it are not counted. */
  unwrapSheet(sheet: unknown): SheetImpl {
    const raw = rawOf(sheet);
    if (!(raw instanceof SheetImpl)) throw new Error('Emulator: expected a Sheet from this spreadsheet');
    return raw;
  }

  /** The raw Sheet of a store (uncounted calls). */
  sheetImpl(store: SheetStore): SheetImpl {
    return this.unwrapSheet(this.sheet(store));
  }

  /** A raw Range (uncounted calls); its chainable methods still return the counted wrapper. */
  rangeImpl(store: SheetStore, box: GridBox): RangeImpl {
    return this.unwrapRange(this.range(store, box));
  }
}
