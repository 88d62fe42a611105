/**
 * The whole workbook's data: sheets plus the workbook-level records that point into sheets (protections,
 * named ranges, developer metadata, selection). Structural changes to a sheet go through `applyStructure` so
 * every record that points at rows or columns follows them.
 */
import type { GridBox } from './a1-notation';
import type { MetadataLocationTypeName, MetadataVisibilityName, ProtectionTypeName } from './enums';
import { SheetStore, type ChartRecord } from './sheet-store';
import type { StructureChange } from './structure';
import { adjustBox, reorderedRow } from './structure';

export interface ProtectionRecord {
  readonly id: number;
  readonly sheet: SheetStore;
  readonly type: ProtectionTypeName;
  box: GridBox;
  description: string;
  warningOnly: boolean;
}

export type MetadataLocation =
  | { readonly type: Extract<MetadataLocationTypeName, 'SPREADSHEET'> }
  | { readonly type: Extract<MetadataLocationTypeName, 'SHEET'>; readonly sheet: SheetStore }
  | { readonly type: Extract<MetadataLocationTypeName, 'ROW' | 'COLUMN'>; readonly sheet: SheetStore; start: number; count: number };

export interface MetadataRecord {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibilityName;
  location: MetadataLocation;
}

export interface NamedRangeRecord {
  name: string;
  sheet: SheetStore;
  box: GridBox;
}

export interface SelectionState {
  sheet: SheetStore;
  box: GridBox;
  current: { row: number; col: number };
}

export class WorkbookState {
  sheets: SheetStore[] = [];
  protections: ProtectionRecord[] = [];
  metadata: MetadataRecord[] = [];
  namedRanges: NamedRangeRecord[] = [];
  selection: SelectionState | null = null;
  activeSheet: SheetStore | null = null;
  nextSheetId = 0;
  nextRecordId = 1;
  /** Spreadsheet.getSpreadsheetLocale(): how typed dates and numbers are read (en_US: month first). */
  locale = 'en_US';

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
  ) {}

  /** Sheet names are unique regardless of case in Sheets, and lookups ignore case too. */
  sheetByName(name: string): SheetStore | undefined {
    const lower = String(name).toLowerCase();
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Adds a sheet; the first sheet gets gid 0 like a new spreadsheet's Sheet1, later ones random-looking gids. */
  addSheet(name: string, index?: number): SheetStore {
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const gid = this.sheets.length === 0 && this.nextSheetId === 0 ? 0 : stableGid(this.nextSheetId);
    this.nextSheetId += 1;
    const sheet = new SheetStore(name, gid);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetStore): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.protections = this.protections.filter((p) => p.sheet !== sheet);
    this.namedRanges = this.namedRanges.filter((n) => n.sheet !== sheet);
    this.metadata = this.metadata.filter((m) => !('sheet' in m.location) || m.location.sheet !== sheet);
    // A chart elsewhere that charted the deleted sheet loses those ranges (Sheets shows it without that data).
    for (const other of this.sheets) for (const chart of other.charts) chart.spec.ranges = chart.spec.ranges.filter((r) => r.sheet !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  active(): SheetStore {
    const sheet = this.activeSheet ?? this.sheets[0];
    if (!sheet) throw new Error('Emulator: the workbook has no sheets');
    return sheet;
  }

  /** Inserts / deletes / reorders rows or columns of `sheet` and moves everything that points at them. */
  applyStructure(sheet: SheetStore, change: StructureChange): void {
    sheet.applyStructure(change);
    this.protections = this.protections.filter((p) => {
      if (p.sheet !== sheet || p.type === 'SHEET') return true;
      const box = adjustBox(p.box, change);
      if (box) p.box = box;
      return box !== null;
    });
    this.namedRanges = this.namedRanges.filter((n) => {
      if (n.sheet !== sheet) return true;
      const box = adjustBox(n.box, change);
      if (box) n.box = box;
      return box !== null;
    });
    this.metadata = this.metadata.filter((m) => moveMetadata(m, sheet, change));
    for (const other of this.sheets) for (const chart of other.charts) moveChart(chart, other === sheet, sheet, change);
  }
}

/** Moves row/column metadata with its dimension; false when its rows/columns were all deleted. */
function moveMetadata(m: MetadataRecord, sheet: SheetStore, change: StructureChange): boolean {
  const loc = m.location;
  if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return true;
  if (loc.sheet !== sheet) return true;
  if (change.kind === 'reorderRows') {
    // A single row's metadata travels with the row when rows are sorted.
    if (loc.type === 'ROW' && loc.count === 1) loc.start = reorderedRow(loc.start, change);
    return true;
  }
  const onRows = change.kind === 'insertRows' || change.kind === 'deleteRows';
  if (onRows !== (loc.type === 'ROW')) return true;
  const box = onRows
    ? adjustBox({ row: loc.start, numRows: loc.count, col: 1, numCols: 1 }, change)
    : adjustBox({ row: 1, numRows: 1, col: loc.start, numCols: loc.count }, change);
  if (!box) return false;
  loc.start = onRows ? box.row : box.col;
  loc.count = onRows ? box.numRows : box.numCols;
  return true;
}

/** Chart data ranges on `sheet` follow the change (a range deleted whole is dropped); so does the anchor of a chart on it. */
function moveChart(chart: ChartRecord, onSheet: boolean, sheet: SheetStore, change: StructureChange): void {
  const spec = chart.spec;
  spec.ranges = spec.ranges.flatMap((r) => {
    if (r.sheet !== sheet) return [r];
    const box = adjustBox(r.box, change);
    return box ? [{ sheet: r.sheet, box }] : [];
  });
  if (!onSheet) return;
  const a = spec.anchor;
  const moved = adjustBox({ row: a.row, col: a.col, numRows: 1, numCols: 1 }, change);
  // The anchor cell deleted: the chart stays where the deleted rows/columns were.
  if (moved) Object.assign(a, { row: moved.row, col: moved.col });
  else if (change.kind === 'deleteRows') a.row = Math.max(1, Math.min(change.at, sheet.maxRows));
  else if (change.kind === 'deleteColumns') a.col = Math.max(1, Math.min(change.at, sheet.maxColumns));
}

/** A deterministic, gid-like number (Sheets' gids are large non-sequential integers). */
function stableGid(n: number): number {
  return 100_000_000 + ((n * 2_654_435_761) % 1_900_000_000);
}
