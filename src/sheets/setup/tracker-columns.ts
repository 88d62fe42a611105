import { mapColumns } from '../../domain/header-map';
import { rememberedColumnPositions } from '../metadata-cache';
import { COLUMN_METADATA_KEY } from '../sheet-names';
import { ensureColumns } from '../sheet-room';
import { headerRange, record, wholeColumns, type ColumnPlacement, type SheetSetup } from './setup-context';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Tagged = Map<string, { column: number; metadata: Metadata | null }>;

/**
 * Our column metadata on this sheet, by field (1-based column, leftmost first). Asking each item for its
 * value and column is three calls an item; when the sheet holds as many items as the positions remembered for
 * this very header row (metadata-cache), those positions are the items' columns: an item is only lost with its
 * column, and a column moved, inserted or deleted changes the header row, hence its signature.
 */
function metadataByField(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: readonly unknown[]): Tagged {
  const found: Tagged = new Map();
  // The finder keeps column metadata only: one call, instead of asking each item its location type.
  const items = sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN).find();
  const remembered = rememberedColumnPositions(header);
  if (remembered !== null && remembered.size === items.length) {
    for (const [field, column] of remembered) found.set(field, { column, metadata: null });
    return found;
  }
  for (const metadata of items) {
    const field = metadata.getValue();
    if (!field) continue;
    const column = metadata.getLocation().getColumn()?.getColumn();
    if (column === undefined) continue;
    const known = found.get(field);
    if (!known || column < known.column) found.set(field, { column, metadata });
  }
  return found;
}

/** Tags each column with its field (or moves its stale metadata there); the whole columns asked for in one batch. */
function tagColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, toTag: ReadonlyArray<{ field: string; column: number; stale: Metadata | null }>): void {
  const ranges = wholeColumns(sheet, toTag.map((t) => t.column));
  toTag.forEach(({ field, stale }, i) => {
    const range = ranges[i];
    if (range === undefined) return;
    if (stale) stale.moveToColumn(range);
    else range.addDeveloperMetadata(COLUMN_METADATA_KEY, field);
  });
}

const isBlank = (cell: unknown): boolean => cell === '' || cell === null || cell === undefined;

/** The header row's values and notes, read from one Range; nothing to read on a sheet this run created. */
function readHeader(setup: SheetSetup): { header: unknown[]; notes: string[] } {
  const used = setup.created ? 0 : setup.sheet.getLastColumn();
  if (used < 1) return { header: [], notes: [] };
  const range = headerRange(setup, 1, used);
  return { header: range.getValues()[0] ?? [], notes: (range.getNotes()[0] ?? []).map((n) => String(n ?? '')) };
}

/**
 * Finds every layout column — developer metadata first (it survives a renamed header and moves with the
 * column), header text second — and repairs without moving anything: a column found by header gets its
 * metadata, a column found by metadata with a blank header gets its header text back, and a missing column
 * is appended right of every used column. A clinic's own columns, headers and values are never touched.
 */
export function placeColumns(setup: SheetSetup): ColumnPlacement {
  const { sheet, layout } = setup;
  const { header, notes } = readHeader(setup);
  const tagged: Tagged = setup.tagged && !setup.created ? metadataByField(sheet, header) : new Map();
  const metadataIndex: Partial<Record<string, number>> = {};
  let widest = 0;
  for (const column of layout) {
    const hit = tagged.get(column.field);
    if (hit) {
      metadataIndex[column.field] = hit.column - 1;
      widest = Math.max(widest, hit.column);
    }
  }
  // Metadata on columns right of the last used one (blank headers, no values) still counts.
  if (widest > header.length) {
    const extra = sheet.getRange(1, header.length + 1, 1, widest - header.length);
    header.push(...(extra.getValues()[0] ?? []));
    notes.push(...(extra.getNotes()[0] ?? []).map((n) => String(n ?? '')));
  }
  const map = mapColumns(header, layout, metadataIndex);
  const positions = new Map<string, number>();
  const toTag: Array<{ field: string; column: number; stale: Metadata | null }> = [];
  for (const column of layout) {
    const index = map.columns[column.field];
    if (index === undefined) continue;
    positions.set(column.field, index + 1);
    if (isBlank(header[index])) {
      sheet.getRange(1, index + 1).setValue(column.header);
      header[index] = column.header;
      record(setup, 'restoredHeader', column.header);
    }
    if (!setup.tagged || metadataIndex[column.field] === index) continue;
    // Found by header text: tag it, so a later rename or move keeps it ours. Stale metadata is moved, not duplicated.
    toTag.push({ field: column.field, column: index + 1, stale: tagged.get(column.field)?.metadata ?? null });
    record(setup, 'attachedMetadata', typeof header[index] === 'string' ? header[index] : column.header);
  }

  const missing = layout.filter((c) => !positions.has(c.field));
  const added = new Set<string>();
  if (missing.length > 0) {
    const start = header.length + 1;
    const last = start + missing.length - 1;
    ensureColumns(sheet, last);
    headerRange(setup, start, missing.length).setValues([missing.map((c) => c.header)]);
    missing.forEach((column, k) => {
      if (setup.tagged) toTag.push({ field: column.field, column: start + k, stale: null });
      positions.set(column.field, start + k);
      added.add(column.field);
      record(setup, 'addedColumn', column.header);
    });
  }
  tagColumns(sheet, toTag);
  return {
    positions,
    added,
    width: header.length + missing.length,
    header: [...header, ...missing.map((c) => c.header)],
    notes: [...notes, ...missing.map(() => '')],
  };
}
