import { normaliseHeader } from '../domain/case-columns';
import { mapColumns } from '../domain/header-map';
import { SETTINGS_LAYOUT } from '../domain/tracker-layout';
import type { StatusBoard } from '../ports/status-board';
import { SHEETS } from './sheet-names';
import { ensureRows } from './sheet-room';
import { wholeSheetValues } from './sheet-values';

const WRITTEN_BY_ADD_ON = 'Written by the add-on; not a setting.';

/**
 * Status lines at the foot of the Settings sheet ("Daily alerts", "Last daily check"). The settings parser
 * ignores names it does not know, so these never read as settings. One read right before writing (rows may
 * have moved since the settings were read), one write per changed line; new lines go below the last row,
 * growing the sheet when it is full.
 */
export class SettingsStatusBoard implements StatusBoard {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  show(lines: ReadonlyArray<readonly [label: string, value: string]>): void {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.settings);
    // A deleted Settings sheet is not recreated for a status line: a fresh one would hold defaults without the
    // clinic's alert recipients, and the next run would pass as "ok". Run log and the failure email say it.
    if (!sheet || lines.length === 0) return;
    // Through the last row and column with data in one call ([] when the sheet is empty).
    const { grid, rowOf, name, value, meaning } = locate(wholeSheetValues(sheet));
    const lastRow = Math.max(grid.length, 1);
    const appended: string[][] = [];
    for (const [label, text] of lines) {
      const row = rowOf.get(normaliseHeader(label));
      if (row !== undefined && row > 1) {
        if (grid[row - 1]?.[value] !== text) sheet.getRange(row, value + 1).setValue(text);
        continue;
      }
      const cells = new Array<string>(Math.max(name, value, meaning) + 1).fill('');
      cells[name] = label;
      cells[value] = text;
      cells[meaning] = WRITTEN_BY_ADD_ON;
      appended.push(cells);
    }
    if (appended.length > 0) {
      ensureRows(sheet, lastRow + appended.length);
      sheet.getRange(lastRow + 1, 1, appended.length, appended[0]?.length ?? 3).setValues(appended);
    }
  }
}

/** Where the status lines are in the Settings cells `grid` (row 1 the header): each label's row, and the columns. */
function locate(grid: readonly (readonly unknown[])[]): { grid: readonly (readonly unknown[])[]; rowOf: Map<string, number>; name: number; value: number; meaning: number } {
  const { columns } = mapColumns(grid[0] ?? [], SETTINGS_LAYOUT);
  const name = columns.name ?? 0;
  const rowOf = new Map<string, number>();
  grid.forEach((row, i) => {
    if (i > 0) rowOf.set(normaliseHeader(String(row[name] ?? '')), i + 1);
  });
  return { grid, rowOf, name, value: columns.value ?? 1, meaning: columns.meaning ?? 2 };
}
