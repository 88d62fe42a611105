import { COLUMN_METADATA_KEY } from './sheet-names';

/**
 * Where each of our columns is, by developer metadata: it moves with its column when users insert,
 * reorder or sort, and survives a renamed header — header text is only the fallback.
 * The number of calls depends on the number of columns, never on the number of rows.
 */
export function columnsByMetadata(sheet: GoogleAppsScript.Spreadsheet.Sheet): Map<string, number> {
  // The finder filters on location type, which saves one call per column over asking each item.
  const found = sheet
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find();
  const positions = new Map<string, number>();
  for (const metadata of found) {
    const field = metadata.getValue();
    const location = metadata.getLocation();
    if (!field) continue;
    // Two columns claiming one field (a user copied a column): the leftmost wins, like header matching.
    const column = location.getColumn()?.getColumn();
    if (column === undefined) continue;
    const known = positions.get(field);
    if (known === undefined || column < known) positions.set(field, column);
  }
  return positions;
}
