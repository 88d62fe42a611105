import { normaliseHeader } from '../../domain/case-columns';
import { DEFAULT_SETTINGS_ROWS, SETTING_ROWS } from '../../domain/settings-sheet';
import { ensureRows } from '../sheet-room';
import { record, type ColumnPlacement, type SheetSetup } from './setup-context';
import { forgetSettingsRead, settingsColumns, settingsRead } from './settings-read';

/**
 * Seeds the Settings sheet with every setting and its default, below whatever is there. Repair adds only
 * the settings that have no row yet (matched by name as the parser matches them) and never touches a value
 * a manager typed. The sheet grows when those rows would pass its last row. "What it means" says what a valid value looks like.
 */
export function ensureSettingRows(setup: SheetSetup, placement: ColumnPlacement): void {
  const { sheet } = setup;
  const columns = settingsColumns(placement);
  if (columns === null) return;
  const { name, value, meaning, width } = columns;
  const read = settingsRead(setup, placement);
  const lastRow = Math.max(read.lastRow, 1);
  const present = new Set(read.grid.map((line) => normaliseHeader(String(line[name - 1] ?? ''))));
  const missing = SETTING_ROWS.map((spec, i) => ({ spec, defaults: DEFAULT_SETTINGS_ROWS[i] })).filter(
    ({ spec }) => !present.has(normaliseHeader(spec.label)),
  );
  if (missing.length === 0) return;
  const rows = missing.map(({ spec, defaults }) => {
    const cells: string[] = new Array<string>(width).fill('');
    cells[name - 1] = spec.label;
    cells[value - 1] = defaults?.[1] ?? '';
    cells[meaning - 1] = `Expected: ${spec.expects}.`;
    return cells;
  });
  ensureRows(sheet, lastRow + rows.length);
  sheet.getRange(lastRow + 1, 1, rows.length, width).setValues(rows);
  forgetSettingsRead(setup);
  for (const { spec } of missing) record(setup, 'addedSetting', spec.label);
}
