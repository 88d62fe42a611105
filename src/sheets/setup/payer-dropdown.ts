import { columnLetter } from '../../domain/column-letter';
import { dataBlock, record, type ColumnPlacement, type SheetSetup } from './setup-context';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export const PAYER_HELP =
  'Payer: choose a payer from Plan rules. Another name is allowed (the cell shows a warning), but no plan rules apply to it until it is added to Plan rules.';

/** Whether `rule` is the wanted dropdown: our help, and its list read from `source` (sheet and A1). */
function isWanted(rule: Rule | null, source: string): boolean {
  if (rule === null || rule.getHelpText() !== PAYER_HELP) return false;
  const range = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range | null | undefined;
  return range !== null && typeof range === 'object' && typeof range.getA1Notation === 'function' && `${range.getSheet().getName()}!${range.getA1Notation()}` === source;
}

/**
 * The Payer column's dropdown reads the Payer column of Plan rules itself (requireValueInRange), so a payer
 * added or renamed there is in the list at once, without set-up. A name not in the list is allowed
 * (setAllowInvalid(true): Sheets keeps it and marks the cell), and the row's Problems say no rules apply.
 * The column's rules come from the Cases block set-up already read; at most one write for the whole column.
 */
export function ensurePayerDropdown(cases: { setup: SheetSetup; placement: ColumnPlacement }, planRules: { setup: SheetSetup; placement: ColumnPlacement }): void {
  const payerColumn = cases.placement.positions.get('payer');
  const source = planRules.placement.positions.get('payer');
  const block = dataBlock(cases.setup, cases.placement);
  if (payerColumn === undefined || source === undefined || block === null || block.rows < 1) return;
  const { sheet } = cases.setup;
  const letters = columnLetter(source);
  const grid = block.validations();
  const at = (row: number): Rule | null => grid[row]?.[payerColumn - 1] ?? null;
  // Every cell has a rule, and the first data row's is ours (as for the other validated columns).
  const intact = !cases.setup.created && grid.every((_, row) => at(row) !== null) && isWanted(at(0), `${planRules.setup.name}!${letters}2:${letters}`);
  if (intact) return;
  const list = planRules.setup.sheet.getRange(`${letters}2:${letters}`);
  const wanted = SpreadsheetApp.newDataValidation().requireValueInRange(list, true).setAllowInvalid(true).setHelpText(PAYER_HELP).build();
  sheet.getRange(2, payerColumn, block.rows, 1).setDataValidation(wanted);
  record(cases.setup, 'validation', 'Payer');
}
