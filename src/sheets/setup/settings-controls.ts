import { normaliseHeader } from '../../domain/case-columns';
import { SETTING_EXPLAINS, settingValidation } from '../../domain/settings-controls';
import { SETTING_ROWS } from '../../domain/settings-sheet';
import { columnLetter } from '../../domain/column-letter';
import { inertText } from '../../domain/inert-text';
import type { RuleBook } from './rule-book';
import { record, type ColumnPlacement, type SheetSetup } from './setup-context';
import { settingsColumns, settingsRead } from './settings-read';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

const SPEC_BY_NAME = new Map(SETTING_ROWS.map((spec) => [normaliseHeader(spec.label), spec]));

/**
 * Gives each setting's Value cell its control — a checkbox for on/off (the words TRUE / FALSE become the
 * box's own values, which is what Sheets does with them), a number or address check — and a one-line
 * explanation in "What it means" where that cell is still blank or holds set-up's old "Expected: …" text.
 * One read of names, values, explanations and rules; at most one write of each for the Settings rows.
 */
export function ensureSettingControls(setup: SheetSetup, placement: ColumnPlacement, book: RuleBook): void {
  const { sheet } = setup;
  const columns = settingsColumns(placement);
  if (columns === null) return;
  const { name, value, meaning } = columns;
  const { lastRow, grid } = settingsRead(setup, placement);
  const rows = lastRow - 1;
  if (rows < 1) return;
  const valueRange = sheet.getRange(2, value, rows, 1);
  const current = valueRange.getDataValidations();
  const rules: Array<Array<Rule | null>> = [];
  const values: unknown[][] = [];
  const meanings: unknown[][] = [];
  let rulesChanged = false;
  let valuesChanged = false;
  let meaningsChanged = false;
  grid.forEach((line, i) => {
    const spec = SPEC_BY_NAME.get(normaliseHeader(String(line[name - 1] ?? '')));
    const existing = current[i]?.[0] ?? null;
    const cell = line[value - 1];
    const said = line[meaning - 1];
    const plan = spec ? settingValidation(spec.key, spec.label) : null;
    let rule = existing;
    if (plan && (existing === null || existing.getHelpText() !== plan.help)) {
      rule = book.rule(plan, `${columnLetter(value)}${i + 2}`);
      rulesChanged = true;
    }
    rules.push([rule]);
    const asBox = plan?.type === 'checkbox' && typeof cell === 'string' && /^(true|false)$/i.test(cell.trim());
    // Cells written back unchanged go through inertText, so a text like '=x' stays text.
    values.push([asBox ? /^true$/i.test(String(cell).trim()) : inertText(cell)]);
    valuesChanged ||= asBox;
    const explain = spec && (said === '' || String(said).startsWith('Expected:'));
    meanings.push([explain ? SETTING_EXPLAINS[spec.key] : inertText(said)]);
    meaningsChanged ||= Boolean(explain);
  });
  if (valuesChanged) valueRange.setValues(values);
  if (rulesChanged) {
    valueRange.setDataValidations(rules);
    record(setup, 'validation', 'Value');
  }
  if (meaningsChanged) sheet.getRange(2, meaning, rows, 1).setValues(meanings);
}
