import { protectedFields } from '../../domain/tracker-layout';
import { record, wholeColumn, type ColumnPlacement, type SheetSetup } from './setup-context';

/** Every protection we create starts with this; repair finds (and only ever removes) ours by it. */
export const PROTECTION_PREFIX = 'SCA Tracker:';

/** True when `range` is exactly column `column`, from row 1 to at least the sheet's last row. */
function coversColumn(range: GoogleAppsScript.Spreadsheet.Range, column: number, maxRows: number): boolean {
  return range.getColumn() === column && range.getNumColumns() === 1 && range.getRow() === 1 && range.getLastRow() >= maxRows;
}

/**
 * Warning-only protection on the columns only the add-on writes (Case ID, Flags, Problems): a user may
 * still edit after a warning. A protection of ours that no longer covers its column exactly (the column
 * moved, rows were added) is replaced; protections of others are never touched.
 */
export function ensureProtections(setup: SheetSetup, placement: ColumnPlacement): void {
  const { sheet, layout } = setup;
  const maxRows = sheet.getMaxRows();
  const ours = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX));
  const kept = new Set<GoogleAppsScript.Spreadsheet.Protection>();
  for (const field of protectedFields(layout)) {
    const position = placement.positions.get(field);
    const header = layout.find((c) => c.field === field)?.header ?? field;
    if (position === undefined) continue;
    const description = `${PROTECTION_PREFIX} ${header} is written by the add-on`;
    const match = ours.find((p) => !kept.has(p) && p.getDescription() === description && p.isWarningOnly() && coversColumn(p.getRange(), position, maxRows));
    if (match) {
      kept.add(match);
      continue;
    }
    wholeColumn(sheet, position).protect().setDescription(description).setWarningOnly(true);
    if (!placement.added.has(field)) record(setup, 'protection', header);
  }
  for (const stale of ours) if (!kept.has(stale)) stale.remove();
}
