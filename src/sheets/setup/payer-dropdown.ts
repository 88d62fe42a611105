import { columnLetter } from '../../domain/column-letter';
import { record, type ColumnPlacement, type SheetSetup } from './setup-context';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export const PAYER_HELP =
  'Payer: choose a payer from Plan rules. Another name is allowed (the cell shows a warning), but no plan rules apply to it until it is added to Plan rules.';

/**
 * The Payer column's dropdown reads the Payer column of Plan rules itself (requireValueInRange), so a payer
 * added or renamed there is in the list at once, without set-up. A name not in the list is allowed
 * (setAllowInvalid(true): Sheets keeps it and marks the cell), and the row's Problems say no rules apply.
 * One read of the column's rules and at most one write for the whole column, like the other dropdowns.
 */
export function ensurePayerDropdown(cases: { setup: SheetSetup; placement: ColumnPlacement }, planRules: { setup: SheetSetup; placement: ColumnPlacement }): void {
  const payerColumn = cases.placement.positions.get('payer');
  const source = planRules.placement.positions.get('payer');
  const { sheet } = cases.setup;
  const rows = sheet.getMaxRows() - 1;
  if (payerColumn === undefined || source === undefined || rows < 1) return;
  const letters = columnLetter(source);
  const list = planRules.setup.sheet.getRange(`${letters}2:${letters}`);
  const wanted = SpreadsheetApp.newDataValidation().requireValueInRange(list, true).setAllowInvalid(true).setHelpText(PAYER_HELP).build();
  const want = describe(wanted);
  const grid = sheet.getRange(2, payerColumn, rows, 1).getDataValidations();
  const lastData = Math.min(Math.max(sheet.getLastRow() - 2, 0), grid.length - 1);
  const samples = [...new Set([0, Math.floor(lastData / 2), lastData, grid.length - 1])];
  const at = (row: number): Rule | null => grid[row]?.[0] ?? null;
  const seen = new Map<Rule, string>();
  const described = (rule: Rule): string => {
    let text = seen.get(rule);
    if (text === undefined) seen.set(rule, (text = describe(rule)));
    return text;
  };
  const intact = grid.every((_, row) => at(row) !== null) && samples.every((row) => {
    const rule = at(row);
    return rule !== null && described(rule) === want;
  });
  if (intact) return;
  sheet.getRange(2, payerColumn, rows, 1).setDataValidation(wanted);
  record(cases.setup, 'validation', 'Payer');
}

/** A comparable description: criteria, the source range (sheet and A1), help text and allow-invalid. */
function describe(rule: Rule): string {
  const values = rule.getCriteriaValues().map((v) => {
    const range = v as GoogleAppsScript.Spreadsheet.Range | null;
    return range !== null && typeof range === 'object' && typeof range.getA1Notation === 'function'
      ? `${range.getSheet().getName()}!${range.getA1Notation()}`
      : v;
  });
  return JSON.stringify([String(rule.getCriteriaType()), values, rule.getHelpText(), rule.getAllowInvalid()]);
}
