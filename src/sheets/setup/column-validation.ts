import { formulaAt, validationFor, type ValidationPlan } from '../../domain/tracker-validation';
import { columnLetter } from '../../domain/column-letter';
import { record, type ColumnPlacement, type SheetSetup } from './setup-context';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** The Apps Script rule for a plan; custom formulas are anchored at `cellA1`, the column's first data cell. */
export function buildRule(plan: ValidationPlan, cellA1: string): Rule {
  const builder = SpreadsheetApp.newDataValidation();
  switch (plan.type) {
    case 'list': builder.requireValueInList([...plan.values], true); break;
    case 'checkbox': builder.requireCheckbox(); break;
    case 'date': builder.requireDate(); break;
    case 'atLeastZero': builder.requireNumberGreaterThanOrEqualTo(0); break;
    case 'formula': builder.requireFormulaSatisfied(formulaAt(plan.formula, cellA1)); break;
    case 'email': builder.requireTextIsEmail(); break;
    case 'url': builder.requireTextIsUrl(); break;
  }
  return builder.setAllowInvalid(false).setHelpText(plan.help).build();
}

/**
 * A comparable description of a rule. Cell references in custom formulas are blanked out: Sheets rewrites
 * them when the column moves, and the rule is still the same rule.
 */
function describe(rule: Rule): string {
  const values = rule.getCriteriaValues().map((v) => (typeof v === 'string' ? v.replace(/\$?[A-Z]{1,3}\$?\d+/g, '#') : v));
  return JSON.stringify([String(rule.getCriteriaType()), values, rule.getHelpText(), rule.getAllowInvalid()]);
}

/**
 * Gives each validated column its rule on rows 2..last, only where it is missing or different — so a second
 * run writes nothing. One read for the whole sheet. Every cell is checked for having a rule at all (a paste
 * from elsewhere drops it; a plain null test, no call); the rule itself is compared on a few sample rows,
 * because describing each of thousands of rule objects would cost calls per row in Apps Script.
 */
export function ensureValidation(setup: SheetSetup, placement: ColumnPlacement, lists: ReadonlyMap<string, readonly string[]>): void {
  const { sheet, layout } = setup;
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1 || placement.width < 1) return;
  const grid = sheet.getRange(2, 1, rows, placement.width).getDataValidations();
  const lastData = Math.min(Math.max(sheet.getLastRow() - 2, 0), grid.length - 1);
  const samples = [...new Set([0, Math.floor(lastData / 2), lastData, grid.length - 1])];
  const seen = new Map<Rule, string>();
  const described = (rule: Rule): string => {
    let text = seen.get(rule);
    if (text === undefined) seen.set(rule, (text = describe(rule)));
    return text;
  };
  const at = (row: number, position: number): Rule | null => {
    const line = grid[row];
    return (Array.isArray(line) ? line[position - 1] : null) ?? null;
  };
  for (const column of layout) {
    const position = placement.positions.get(column.field);
    const plan = validationFor(column, lists.get(column.field) ?? column.values ?? []);
    if (position === undefined || plan === null) continue;
    const wanted = buildRule(plan, `${columnLetter(position)}2`);
    const want = described(wanted);
    const everyCellHasOne = grid.every((_, row) => at(row, position) !== null);
    const intact = everyCellHasOne && samples.every((row) => {
      const rule = at(row, position);
      return rule !== null && described(rule) === want;
    });
    if (intact) continue;
    sheet.getRange(2, position, rows, 1).setDataValidation(wanted);
    record(setup, 'validation', column.header);
  }
}
