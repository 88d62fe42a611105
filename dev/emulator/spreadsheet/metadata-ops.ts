/**
 * Adding and listing developer metadata on the spreadsheet, a sheet, or whole rows/columns, and the
 * finder scoped to each. Apps Script only accepts whole rows or whole columns for range metadata.
 */
import type { GridBox } from './a1-notation';
import type { WorkbookObjects } from './objects';
import type { MetadataVisibilityName } from './enums';
import { MetadataFinderImpl, type MetadataTarget } from './metadata-finder';
import { expose } from './expose';
import type { SheetStore } from './sheet-store';
import type { MetadataLocation, MetadataRecord } from './workbook-state';

export type { MetadataTarget } from './metadata-finder';

const VISIBILITIES: readonly string[] = ['DOCUMENT', 'PROJECT'];

/** The ROW or COLUMN location of a range spanning whole rows or whole columns. */
export function locationForRange(store: SheetStore, box: GridBox, prefer?: 'ROW' | 'COLUMN'): MetadataLocation {
  const wholeRows = box.col === 1 && box.numCols >= store.maxColumns;
  const wholeColumns = box.row === 1 && box.numRows >= store.maxRows;
  if ((prefer === 'ROW' || !prefer) && wholeRows) return { type: 'ROW', sheet: store, start: box.row, count: box.numRows };
  if ((prefer === 'COLUMN' || !prefer) && wholeColumns) return { type: 'COLUMN', sheet: store, start: box.col, count: box.numCols };
  throw new Error(
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );
}

/** addDeveloperMetadata(key[, value][, visibility]) — a lone DOCUMENT/PROJECT second argument is the visibility. */
export function addMetadata(ctx: WorkbookObjects, target: MetadataTarget, key: string, a?: unknown, b?: unknown): void {
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
  const aIsVisibility = b === undefined && a !== undefined && VISIBILITIES.includes(String(a));
  const value = aIsVisibility || a === undefined || a === null ? null : String(a);
  const visibility = (aIsVisibility ? String(a) : b === undefined ? 'DOCUMENT' : String(b)) as MetadataVisibilityName;
  const location: MetadataLocation =
    target.kind === 'spreadsheet' ? { type: 'SPREADSHEET' }
      : target.kind === 'sheet' ? { type: 'SHEET', sheet: target.store }
        : locationForRange(target.store, target.box);
  ctx.state.metadata.push({ id: ctx.state.nextRecordId++, key, value, visibility, location });
}

/** Metadata located exactly on the target (getDeveloperMetadata). */
export function metadataOn(ctx: WorkbookObjects, target: MetadataTarget): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return ctx.state.metadata.filter((m) => isExactly(m, target)).map((m) => ctx.developerMetadata(m));
}

export function metadataOnRange(ctx: WorkbookObjects, store: SheetStore, box: GridBox): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return metadataOn(ctx, { kind: 'range', store, box });
}

function isExactly(m: MetadataRecord, target: MetadataTarget): boolean {
  const loc = m.location;
  if (target.kind === 'spreadsheet') return loc.type === 'SPREADSHEET';
  if (target.kind === 'sheet') return loc.type === 'SHEET' && loc.sheet === target.store;
  if (loc.type === 'ROW') return loc.sheet === target.store && loc.start === target.box.row && loc.count === target.box.numRows && target.box.col === 1;
  if (loc.type === 'COLUMN') return loc.sheet === target.store && loc.start === target.box.col && loc.count === target.box.numCols && target.box.row === 1;
  return false;
}

export function metadataFinder(ctx: WorkbookObjects, target: MetadataTarget): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
  return expose(new MetadataFinderImpl(ctx, target), 'DeveloperMetadataFinder', ctx.host);
}
