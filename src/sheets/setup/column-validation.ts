import { formulaAt, validationFor, type ValidationPlan } from '../../domain/tracker-validation';
import { columnLetter } from '../../domain/tracker-row-colours';
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
 * Gives each validated column its rule on rows 2..last, only where a cell lacks it (a paste from elsewhere
 * drops validation) — so a second run writes nothing. One read for the whole sheet; a rule object shared by
 * many cells is described once, so the number of calls depends on columns, not rows.
 */
export function ensureValidation(setup: SheetSetup, placement: ColumnPlacement, lists: ReadonlyMap<string, readonly string[]>): void {
  const { sheet, layout } = setup;
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1 || placement.width < 1) return;
  const grid = sheet.getRange(2, 1, rows, placement.width).getDataValidations();
  const seen = new Map<Rule, string>();
  const described = (rule: Rule): string => {
    let text = seen.get(rule);
    if (text === undefined) seen.set(rule, (text = describe(rule)));
    return text;
  };
  for (const column of layout) {
    const position = placement.positions.get(column.field);
    const plan = validationFor(column, lists.get(column.field) ?? column.values ?? []);
    if (position === undefined || plan === null) continue;
    const wanted = buildRule(plan, `${columnLetter(position)}2`);
    const want = described(wanted);
    const intact = grid.every((line) => {
      const rule = Array.isArray(line) ? line[position - 1] : undefined;
      return rule !== null && rule !== undefined && described(rule) === want;
    });
    if (intact) continue;
    sheet.getRange(2, position, rows, 1).setDataValidation(wanted);
    record(setup, 'validation', column.header);
  }
}
