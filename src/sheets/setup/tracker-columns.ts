import { mapColumns } from '../../domain/header-map';
import { COLUMN_METADATA_KEY } from '../sheet-names';
import { ensureColumns } from '../sheet-room';
import { record, wholeColumn, type ColumnPlacement, type SheetSetup } from './setup-context';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Our column metadata on this sheet, by field (1-based column and the metadata object, leftmost first). */
function metadataByField(sheet: GoogleAppsScript.Spreadsheet.Sheet): Map<string, { column: number; metadata: Metadata }> {
  const found = new Map<string, { column: number; metadata: Metadata }>();
  // The finder keeps column metadata only: one call, instead of asking each item its location type.
  const finder = sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN);
  for (const metadata of finder.find()) {
    const field = metadata.getValue();
    const location = metadata.getLocation();
    if (!field) continue;
    const column = location.getColumn()?.getColumn();
    if (column === undefined) continue;
    const known = found.get(field);
    if (!known || column < known.column) found.set(field, { column, metadata });
  }
  return found;
}

const isBlank = (cell: unknown): boolean => cell === '' || cell === null || cell === undefined;

/**
 * Finds every layout column — developer metadata first (it survives a renamed header and moves with the
 * column), header text second — and repairs without moving anything: a column found by header gets its
 * metadata, a column found by metadata with a blank header gets its header text back, and a missing column
 * is appended right of every used column. A clinic's own columns, headers and values are never touched.
 */
export function placeColumns(setup: SheetSetup): ColumnPlacement {
  const { sheet, layout } = setup;
  const tagged = metadataByField(sheet);
  const metadataIndex: Partial<Record<string, number>> = {};
  let widest = 0;
  for (const column of layout) {
    const hit = tagged.get(column.field);
    if (hit) {
      metadataIndex[column.field] = hit.column - 1;
      widest = Math.max(widest, hit.column);
    }
  }
  const used = Math.max(sheet.getLastColumn(), widest);
  const header = used > 0 ? (sheet.getRange(1, 1, 1, used).getValues()[0] ?? []) : [];
  const map = mapColumns(header, layout, metadataIndex);
  const positions = new Map<string, number>();
  for (const column of layout) {
    const index = map.columns[column.field];
    if (index === undefined) continue;
    positions.set(column.field, index + 1);
    if (isBlank(header[index])) {
      sheet.getRange(1, index + 1).setValue(column.header);
      header[index] = column.header;
      record(setup, 'restoredHeader', column.header);
    }
    if (metadataIndex[column.field] === index) continue;
    // Found by header text: tag it, so a later rename or move keeps it ours. Stale metadata is moved, not duplicated.
    const stale = tagged.get(column.field);
    if (stale) stale.metadata.moveToColumn(wholeColumn(sheet, index + 1));
    else wholeColumn(sheet, index + 1).addDeveloperMetadata(COLUMN_METADATA_KEY, column.field);
    record(setup, 'attachedMetadata', typeof header[index] === 'string' ? header[index] : column.header);
  }

  const missing = layout.filter((c) => !positions.has(c.field));
  const added = new Set<string>();
  if (missing.length > 0) {
    const start = header.length + 1;
    const last = start + missing.length - 1;
    ensureColumns(sheet, last);
    sheet.getRange(1, start, 1, missing.length).setValues([missing.map((c) => c.header)]);
    missing.forEach((column, k) => {
      wholeColumn(sheet, start + k).addDeveloperMetadata(COLUMN_METADATA_KEY, column.field);
      positions.set(column.field, start + k);
      added.add(column.field);
      record(setup, 'addedColumn', column.header);
    });
  }
  return { positions, added, width: header.length + missing.length, header: [...header, ...missing.map((c) => c.header)] };
}
