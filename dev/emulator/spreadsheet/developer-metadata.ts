/**
 * DeveloperMetadata and its location. Row/column metadata is attached to the dimension, not to cell
 * coordinates: it moves with its rows/columns on inserts, deletes and sorts and disappears with them —
 * which is why the add-on finds its columns by metadata rather than by header text.
 */
import type { Bounds } from './a1-notation';
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import { expose } from './expose';
import type { MetadataLocationTypeName, MetadataVisibilityName } from './enums';
import { locationForRange } from './metadata-ops';
import type { MetadataRecord } from './workbook-state';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

// Location ranges are whole rows / columns, so their A1 notation reads '5:5' / 'C:C' as in Apps Script.
const WHOLE_ROWS: Bounds = { startRow: true, endRow: true, startCol: false, endCol: false };
const WHOLE_COLUMNS: Bounds = { startRow: false, endRow: false, startCol: true, endCol: true };
type Range = GoogleAppsScript.Spreadsheet.Range;

export class DeveloperMetadataImpl {
  self!: DeveloperMetadata;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly record: MetadataRecord,
  ) {}

  getId(): number { return this.record.id; }
  getKey(): string { return this.record.key; }
  getValue(): string | null { return this.record.value; }
  getVisibility(): MetadataVisibilityName { return this.record.visibility; }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return expose(new MetadataLocationImpl(this.ctx, this.record), 'DeveloperMetadataLocation', this.ctx.host);
  }
  setKey(key: string): DeveloperMetadata {
    this.record.key = key;
    return this.self;
  }
  setValue(value: string | null): DeveloperMetadata {
    this.record.value = value;
    return this.self;
  }
  setVisibility(visibility: unknown): DeveloperMetadata {
    this.record.visibility = String(visibility) as MetadataVisibilityName;
    return this.self;
  }
  moveToRow(range: Range): DeveloperMetadata { return this.moveTo(range, 'ROW'); }
  moveToColumn(range: Range): DeveloperMetadata { return this.moveTo(range, 'COLUMN'); }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): DeveloperMetadata {
    this.record.location = { type: 'SHEET', sheet: this.ctx.unwrapSheet(sheet).store };
    return this.self;
  }
  moveToSpreadsheet(): DeveloperMetadata {
    this.record.location = { type: 'SPREADSHEET' };
    return this.self;
  }
  remove(): void {
    this.ctx.state.metadata = this.ctx.state.metadata.filter((m) => m !== this.record);
  }

  private moveTo(range: Range, type: 'ROW' | 'COLUMN'): DeveloperMetadata {
    const r = this.ctx.unwrapRange(range);
    this.record.location = locationForRange(r.store, r.box, type);
    return this.self;
  }
}

export class MetadataLocationImpl {
  self!: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly record: MetadataRecord,
  ) {}

  getLocationType(): MetadataLocationTypeName { return this.record.location.type; }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet { return this.ctx.spreadsheet; }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    const loc = this.record.location;
    return loc.type === 'SPREADSHEET' ? null : this.ctx.sheet(loc.sheet);
  }
  /** The whole rows the metadata is on (null unless a ROW location). */
  getRow(): Range | null {
    const loc = this.record.location;
    if (loc.type !== 'ROW') return null;
    return this.ctx.range(loc.sheet, { row: loc.start, numRows: loc.count, col: 1, numCols: loc.sheet.maxColumns }, WHOLE_ROWS);
  }
  /** The whole columns the metadata is on (null unless a COLUMN location). */
  getColumn(): Range | null {
    const loc = this.record.location;
    if (loc.type !== 'COLUMN') return null;
    return this.ctx.range(loc.sheet, { row: 1, numRows: loc.sheet.maxRows, col: loc.start, numCols: loc.count }, WHOLE_COLUMNS);
  }
}

stubUnimplemented(DeveloperMetadataImpl, 'DeveloperMetadata');
stubUnimplemented(MetadataLocationImpl, 'DeveloperMetadataLocation');
