import { DEFAULT_SETTINGS } from '../domain/default-settings';
import { mapColumns } from '../domain/header-map';
import { parseSettings } from '../domain/settings-sheet';
import { MISSING_SHEET } from '../domain/tracker-gaps';
import { SETTINGS_LAYOUT } from '../domain/tracker-layout';
import type { LoadedSettings, SettingsSource } from '../ports/settings-source';
import { SHEETS } from './sheet-names';

/**
 * The `Settings` sheet, read in one batched read and parsed by the domain. The Setting and Value columns
 * are found by header text (A and B when the headers are gone); an invalid value is reported and its default
 * applies. A missing sheet gives the defaults and a missing-sheet problem: its alert recipients are gone,
 * which the daily check must not take for a clinic that wants no recipients.
 */
export class SheetSettingsSource implements SettingsSource {
  /**
   * `onRead` receives the range read (the data range as it was): a later writer of the same execution may
   * read those cells again through it instead of looking the data range up again (the daily check's status line).
   */
  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly onRead?: (range: GoogleAppsScript.Spreadsheet.Range) => void,
  ) {}

  load(): LoadedSettings {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.settings);
    if (!sheet) return { settings: DEFAULT_SETTINGS, problems: [{ code: MISSING_SHEET, message: 'There is no Settings sheet; run Set up or repair tracker.' }] };
    // The data range in one call (an empty sheet gives one blank cell); a missing Value column reads as blank.
    const range = sheet.getDataRange();
    const grid = range.getValues();
    this.onRead?.(range);
    const { columns } = mapColumns(grid[0] ?? [], SETTINGS_LAYOUT);
    const name = columns.name ?? 0;
    const value = columns.value ?? 1;
    return parseSettings(grid.map((line) => (Array.isArray(line) ? [line[name] ?? '', line[value] ?? ''] : [])));
  }
}
