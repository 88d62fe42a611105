import type { ColumnPlacement, SheetSetup } from './setup-context';

/** The Settings rows as set-up found them: the last row with data, and rows 2..last × columns 1..width (Setting, Value, What it means). */
export interface SettingsRead {
  readonly lastRow: number;
  readonly grid: readonly unknown[][];
}

/** Where Settings' three columns are (1-based) and how wide the three make the rows; null when one is missing. */
export function settingsColumns(placement: ColumnPlacement): { name: number; value: number; meaning: number; width: number } | null {
  const name = placement.positions.get('name');
  const value = placement.positions.get('value');
  const meaning = placement.positions.get('meaning');
  if (name === undefined || value === undefined || meaning === undefined) return null;
  return { name, value, meaning, width: Math.max(name, value, meaning) };
}

const reads = new WeakMap<SheetSetup, SettingsRead>();

/**
 * The Settings sheet's rows, read once for the steps that look at them (status lines, missing settings,
 * controls): one getLastRow and one read of the rows, where each step read its own. A step that adds rows
 * forgets it (forgetSettingsRead), so the next one reads the sheet as it now is.
 */
export function settingsRead(setup: SheetSetup, placement: ColumnPlacement): SettingsRead {
  const known = reads.get(setup);
  if (known) return known;
  const lastRow = setup.sheet.getLastRow();
  const width = settingsColumns(placement)?.width ?? 1;
  const grid = lastRow >= 2 ? setup.sheet.getRange(2, 1, lastRow - 1, width).getValues() : [];
  const read = { lastRow, grid };
  reads.set(setup, read);
  return read;
}

export function forgetSettingsRead(setup: SheetSetup): void {
  reads.delete(setup);
}
