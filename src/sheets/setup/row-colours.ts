import { columnLetter } from '../../domain/column-letter';
import { isOwnRowColourFormula, rowColourRules, type RowColourRule } from '../../domain/tracker-row-colours';
import { record, type ColumnPlacement, type SheetSetup } from './setup-context';

type CfRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function formulaOf(rule: CfRule): unknown {
  const condition = rule.getBooleanCondition();
  if (!condition || String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA') return undefined;
  return condition.getCriteriaValues()[0];
}

function describeExisting(rule: CfRule): string {
  const condition = rule.getBooleanCondition();
  return JSON.stringify([
    formulaOf(rule),
    condition?.getBackground() ?? null,
    condition?.getFontColor() ?? null,
    rule.getRanges().map((r) => r.getA1Notation()),
  ]);
}

function describeWanted(rule: RowColourRule, a1: string): string {
  return JSON.stringify([rule.formula, rule.background, rule.fontColor ?? null, [a1]]);
}

/**
 * Colours each Cases row by its most urgent flag and highlights a non-empty Problems cell. The sheet's
 * rules are replaced as a whole by Apps Script, so: read them, keep every rule that is not ours (ours carry
 * a marker), put ours first (they decide the row colour) and write — only when ours differ from what is wanted.
 */
export function ensureRowColours(setup: SheetSetup, placement: ColumnPlacement): void {
  const { sheet } = setup;
  const flags = placement.positions.get('flags');
  const maxRows = sheet.getMaxRows();
  if (flags === undefined || maxRows < 2) return;
  const problems = placement.positions.get('problems');
  const last = columnLetter(placement.width);
  const wanted = rowColourRules(flags, problems).map((rule) => {
    const column = rule.scope === 'problems' && problems !== undefined ? columnLetter(problems) : undefined;
    const a1 = column ? `${column}2:${column}${maxRows}` : `A2:${last}${maxRows}`;
    return { rule, a1 };
  });
  const existing = sheet.getConditionalFormatRules();
  const ours = existing.filter((r) => isOwnRowColourFormula(formulaOf(r)));
  const same =
    ours.length === wanted.length && ours.every((r, i) => wanted[i] !== undefined && describeExisting(r) === describeWanted(wanted[i].rule, wanted[i].a1));
  if (same) return;
  const built = wanted.map(({ rule, a1 }) => {
    const builder = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(rule.formula).setBackground(rule.background);
    if (rule.fontColor) builder.setFontColor(rule.fontColor);
    return builder.setRanges([sheet.getRange(a1)]).build();
  });
  const others = existing.filter((r) => !isOwnRowColourFormula(formulaOf(r)));
  sheet.setConditionalFormatRules([...built, ...others]);
  record(setup, 'rowColours');
}
