import { DEFAULT_SETTINGS } from '../domain/default-settings';
import { mapColumns } from '../domain/header-map';
import { parseSettings } from '../domain/settings-sheet';
import { SETTINGS_LAYOUT } from '../domain/tracker-layout';
import type { LoadedSettings, SettingsSource } from '../ports/settings-source';
import { SHEETS } from './sheet-names';

/**
 * The `Settings` sheet, read in one batched read and parsed by the domain. The Setting and Value columns
 * are found by header text (A and B when the headers are gone); a missing sheet gives the defaults; an
 * invalid value is reported and its default applies.
 */
export class SheetSettingsSource implements SettingsSource {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  load(): LoadedSettings {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.settings);
    const lastRow = sheet ? sheet.getLastRow() : 0;
    const lastColumn = sheet ? sheet.getLastColumn() : 0;
    if (!sheet || lastRow < 1 || lastColumn < 1) return { settings: DEFAULT_SETTINGS, problems: [] };
    const grid = sheet.getRange(1, 1, lastRow, Math.max(lastColumn, 2)).getValues();
    const { columns } = mapColumns(grid[0] ?? [], SETTINGS_LAYOUT);
    const name = columns.name ?? 0;
    const value = columns.value ?? 1;
    return parseSettings(grid.map((line) => (Array.isArray(line) ? [line[name], line[value]] : [])));
  }
}
