import { protectedFields } from '../../domain/tracker-layout';
import { dataBlock, record, wholeColumns, type ColumnPlacement, type SheetSetup } from './setup-context';

/** Every protection we create starts with this; repair finds (and only ever removes) ours by it. */
export const PROTECTION_PREFIX = 'SCA Tracker:';

/**
 * True when `range` is column `column` down to at least the sheet's last row. Ours are made on whole columns
 * ('E:E'), which Sheets keeps one column wide from row 1 as columns and rows move: where it is and how far
 * down it reaches are what can change.
 */
function coversColumn(range: GoogleAppsScript.Spreadsheet.Range, column: number, maxRows: number): boolean {
  return range.getColumn() === column && range.getLastRow() >= maxRows;
}

/**
 * Warning-only protection on the columns only the add-on writes (Case ID, Flags, Problems): a user may
 * still edit after a warning. A protection of ours that no longer covers its column exactly (the column
 * moved, rows were added) is moved back onto it (Protection.setRange: one call, where removing it and
 * protecting again is four), or made warning-only again; one missing is made; protections of others are never
 * touched, and ours left over are removed.
 */
export function ensureProtections(setup: SheetSetup, placement: ColumnPlacement): void {
  const { sheet, layout } = setup;
  const maxRows = dataBlock(setup, placement)?.maxRows ?? sheet.getMaxRows();
  // A sheet this run created has no protections yet.
  const found = setup.created ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  const ours = found.map((p) => ({ p, description: p.getDescription() })).filter((o) => o.description.startsWith(PROTECTION_PREFIX));
  const kept = new Set<GoogleAppsScript.Spreadsheet.Protection>();
  const toPlace: Array<{ position: number; description: string; existing: GoogleAppsScript.Spreadsheet.Protection | null }> = [];
  for (const field of protectedFields(layout)) {
    const position = placement.positions.get(field);
    const header = layout.find((c) => c.field === field)?.header ?? field;
    if (position === undefined) continue;
    const description = `${PROTECTION_PREFIX} ${header} is written by the add-on`;
    const existing = ours.find((o) => !kept.has(o.p) && o.description === description)?.p ?? null;
    if (existing) {
      kept.add(existing);
      const warning = existing.isWarningOnly();
      const covers = coversColumn(existing.getRange(), position, maxRows);
      if (warning && covers) continue;
      if (!warning) existing.setWarningOnly(true);
      if (!covers) toPlace.push({ position, description, existing });
    } else toPlace.push({ position, description, existing: null });
    if (!placement.added.has(field)) record(setup, 'protection', header);
  }
  // The columns to protect, asked for in one batch.
  const columns = wholeColumns(sheet, toPlace.map((t) => t.position));
  toPlace.forEach(({ description, existing }, i) => {
    const column = columns[i];
    if (column === undefined) return;
    if (existing) existing.setRange(column);
    else column.protect().setDescription(description).setWarningOnly(true);
  });
  for (const { p } of ours) if (!kept.has(p)) p.remove();
}
