import { SETTING_EXPLAINS, settingValidation } from '../../domain/settings-controls';
import { DEFAULT_SETTINGS_ROWS, SETTING_ROWS } from '../../domain/settings-sheet';
import { columnLetter } from '../../domain/column-letter';
import { ensureRows } from '../sheet-room';
import type { RuleBook } from './rule-book';
import { record, type ColumnPlacement, type SheetSetup } from './setup-context';
import { settingsColumns } from './settings-read';
import { STATUS_ROWS, WRITTEN_BY_ADD_ON } from './settings-status-rows';

/**
 * A Settings sheet this run created, filled in one go: what ensureStatusRowsOnTop, ensureSettingRows and
 * ensureSettingControls leave on a new sheet — the alerts status on top (bold, wrapped), every setting with its
 * default (on/off as a checkbox's own TRUE / FALSE) and its one-line explanation, each Value cell's control —
 * written with one setValues and one setDataValidations instead of each step reading back what the previous
 * one wrote.
 */
export function fillNewSettingsSheet(setup: SheetSetup, placement: ColumnPlacement, book: RuleBook): void {
  const { sheet } = setup;
  const columns = settingsColumns(placement);
  if (columns === null) return;
  const { name, value, meaning, width } = columns;
  const line = (label: string, cell: string | boolean, explain: string): Array<string | boolean> => {
    const cells: Array<string | boolean> = new Array<string | boolean>(width).fill('');
    cells[name - 1] = label;
    cells[value - 1] = cell;
    cells[meaning - 1] = explain;
    return cells;
  };
  const settings = SETTING_ROWS.map((spec, i) => {
    const plan = settingValidation(spec.key, spec.label);
    const text = DEFAULT_SETTINGS_ROWS[i]?.[1] ?? '';
    return { spec, plan, cell: plan?.type === 'checkbox' ? /^true$/i.test(text) : text };
  });
  const rows = [
    ...STATUS_ROWS.map(([label, first]) => line(label, first, WRITTEN_BY_ADD_ON)),
    ...settings.map(({ spec, cell }) => line(spec.label, cell, SETTING_EXPLAINS[spec.key])),
  ];
  ensureRows(sheet, 1 + rows.length);
  sheet.getRange(2, 1, rows.length, width).setValues(rows);
  // Who runs the alerts and how the last run went is the first thing read here: in full and in bold.
  sheet.getRange(2, value, STATUS_ROWS.length, 1).setWrap(true).setFontWeight('bold');
  const firstSetting = 2 + STATUS_ROWS.length;
  const rules = [
    ...STATUS_ROWS.map(() => [null]),
    ...settings.map(({ plan }, i) => [plan ? book.rule(plan, `${columnLetter(value)}${firstSetting + i}`) : null]),
  ];
  sheet.getRange(2, value, rows.length, 1).setDataValidations(rules);
  for (const { spec } of settings) record(setup, 'addedSetting', spec.label);
  record(setup, 'validation', 'Value');
}
