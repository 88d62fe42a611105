import { DEFAULT_SETTINGS } from '../domain/default-settings';
import { parseSettingsRows } from '../domain/settings-sheet';
import type { LoadedSettings, SettingsSource } from '../ports/settings-source';
import { SHEETS } from './sheet-names';

/**
 * The `Settings` sheet, read in one batched read (columns A:B of the used rows) and parsed by the domain:
 * a missing sheet gives the defaults; an invalid value is reported and its default applies.
 */
export class SheetSettingsSource implements SettingsSource {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  load(): LoadedSettings {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.settings);
    const lastRow = sheet ? sheet.getLastRow() : 0;
    if (!sheet || lastRow < 1) return { settings: DEFAULT_SETTINGS, problems: [] };
    const rows = sheet.getRange(1, 1, lastRow, 2).getValues();
    return parseSettingsRows(rows);
  }
}
