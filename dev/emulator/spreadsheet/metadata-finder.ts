/**
 * DeveloperMetadataFinder: filters by key, value, id, location type and visibility, within the scope of the
 * spreadsheet, a sheet or a range (wholly contained, or intersecting after onIntersectingLocations()).
 */
import { stubUnimplemented } from './api-surface';
import type { WorkbookObjects } from './objects';
import type { GridBox } from './a1-notation';
import type { SheetStore } from './sheet-store';
import type { MetadataRecord } from './workbook-state';

/** What a finder (or an add/list call) is scoped to: the spreadsheet, a sheet, or whole rows/columns. */
export type MetadataTarget =
  | { readonly kind: 'spreadsheet' }
  | { readonly kind: 'sheet'; readonly store: SheetStore }
  | { readonly kind: 'range'; readonly store: SheetStore; readonly box: GridBox };

type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

export class MetadataFinderImpl {
  self!: Finder;
  private readonly filters: Array<(m: MetadataRecord) => boolean> = [];
  private intersecting = false;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly target: MetadataTarget,
  ) {}

  private where(filter: (m: MetadataRecord) => boolean): Finder {
    this.filters.push(filter);
    return this.self;
  }

  withKey(key: string): Finder { return this.where((m) => m.key === key); }
  withValue(value: string): Finder { return this.where((m) => m.value === value); }
  withId(id: number): Finder { return this.where((m) => m.id === id); }
  withLocationType(type: unknown): Finder { return this.where((m) => m.location.type === String(type)); }
  withVisibility(visibility: unknown): Finder { return this.where((m) => m.visibility === String(visibility)); }
  onIntersectingLocations(): Finder {
    this.intersecting = true;
    return this.self;
  }

  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.ctx.state.metadata
      .filter((m) => inScope(m, this.target, this.intersecting) && this.filters.every((f) => f(m)))
      .map((m) => this.ctx.developerMetadata(m));
  }
}


/** Whether metadata lies in the finder's scope: wholly inside it, or (intersecting) overlapping it. */
function inScope(m: MetadataRecord, target: MetadataTarget, intersecting: boolean): boolean {
  const loc = m.location;
  if (target.kind === 'spreadsheet') return true;
  if (loc.type === 'SPREADSHEET' || loc.sheet !== target.store) return false;
  if (target.kind === 'sheet') return true;
  if (loc.type === 'SHEET') return false;
  const box = target.box;
  const [start, size, otherStart, otherSize, otherMax] = loc.type === 'ROW'
    ? [box.row, box.numRows, box.col, box.numCols, target.store.maxColumns]
    : [box.col, box.numCols, box.row, box.numRows, target.store.maxRows];
  const end = start + size - 1;
  const locEnd = loc.start + loc.count - 1;
  if (intersecting) return loc.start <= end && locEnd >= start;
  return loc.start >= start && locEnd <= end && otherStart === 1 && otherSize >= otherMax;
}

stubUnimplemented(MetadataFinderImpl, 'DeveloperMetadataFinder');
