import { ensureRows } from '../sheet-room';
import type { ColumnPlacement, SheetSetup } from './setup-context';
import { forgetSettingsRead, settingsColumns, settingsRead } from './settings-read';

/**
 * The labels of the status lines SettingsStatusBoard keeps up to date (found by label wherever they are:
 * status-lines.ts in app/daily-check names them the same).
 */
export const STATUS_ROWS: ReadonlyArray<readonly [label: string, first: string]> = [
  ['Daily alerts', 'OFF — nobody runs them yet: choose Extensions › SCA Tracker › Turn daily alerts on/off'],
  ['Last daily check', 'Not run yet'],
];

export const WRITTEN_BY_ADD_ON = 'Written by the add-on; not a setting.';

/**
 * A new Settings sheet opens with the alerts status (who runs them; the last run and its result) at the
 * top, above the settings. An existing sheet is left as it is: its status lines stay where they are
 * (moving rows of a sheet people edit is not worth the risk), and the board still finds them by label.
 */
export function ensureStatusRowsOnTop(setup: SheetSetup, placement: ColumnPlacement): void {
  const { sheet } = setup;
  const columns = settingsColumns(placement);
  if (columns === null || settingsRead(setup, placement).lastRow > 1) return;
  const { name, value, meaning, width } = columns;
  const rows = STATUS_ROWS.map(([label, first]) => {
    const cells = new Array<string>(width).fill('');
    cells[name - 1] = label;
    cells[value - 1] = first;
    cells[meaning - 1] = WRITTEN_BY_ADD_ON;
    return cells;
  });
  ensureRows(sheet, 1 + rows.length);
  sheet.getRange(2, 1, rows.length, width).setValues(rows);
  // Who runs the alerts and how the last run went is the first thing read here: in full and in bold.
  sheet.getRange(2, value, rows.length, 1).setWrap(true).setFontWeight('bold');
  forgetSettingsRead(setup);
}
