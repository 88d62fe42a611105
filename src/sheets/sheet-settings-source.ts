import { DEFAULT_SETTINGS } from '../domain/default-settings';
import { mapColumns } from '../domain/header-map';
import { parseSettings } from '../domain/settings-sheet';
import { MISSING_SHEET } from '../domain/tracker-gaps';
import { SETTINGS_LAYOUT } from '../domain/tracker-layout';
import type { LoadedSettings, SettingsSource } from '../ports/settings-source';
import { SHEETS } from './sheet-names';
import { wholeSheetValues } from './sheet-values';

/**
 * The `Settings` sheet, read in one batched read and parsed by the domain. The Setting and Value columns
 * are found by header text (A and B when the headers are gone); an invalid value is reported and its default
 * applies. A missing sheet gives the defaults and a missing-sheet problem: its alert recipients are gone,
 * which the daily check must not take for a clinic that wants no recipients.
 */
export class SheetSettingsSource implements SettingsSource {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  load(): LoadedSettings {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.settings);
    if (!sheet) return { settings: DEFAULT_SETTINGS, problems: [{ code: MISSING_SHEET, message: 'There is no Settings sheet; run Set up or repair tracker.' }] };
    // Through the last row and column with data in one call ([] when empty); a missing Value column reads as blank.
    const grid = wholeSheetValues(sheet);
    const { columns } = mapColumns(grid[0] ?? [], SETTINGS_LAYOUT);
    const name = columns.name ?? 0;
    const value = columns.value ?? 1;
    return parseSettings(grid.map((line) => (Array.isArray(line) ? [line[name] ?? '', line[value] ?? ''] : [])));
  }
}
