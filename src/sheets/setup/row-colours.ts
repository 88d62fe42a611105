import { columnLetter } from '../../domain/column-letter';
import { isOwnRowColourFormula, rowColourRules, type RowColourRule } from '../../domain/tracker-row-colours';
import { dataBlock, record, type ColumnPlacement, type SheetSetup } from './setup-context';

type CfRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * A rule's custom formula, or undefined. Only the criteria values are asked: a formula is the first of them,
 * and only ours carry the marker, whatever the criteria type.
 */
type Condition = GoogleAppsScript.Spreadsheet.BooleanCondition | null;

function formulaOf(condition: Condition): unknown {
  return condition?.getCriteriaValues()[0];
}

/** Whether an existing rule of ours is `wanted`: same formula (known), background, font colour where one is wanted, ranges. */
function isWanted(rule: CfRule, condition: Condition, formula: unknown, wanted: { rule: RowColourRule; a1: string }): boolean {
  if (formula !== wanted.rule.formula) return false;
  if (condition?.getBackground() !== wanted.rule.background) return false;
  if (wanted.rule.fontColor !== undefined && condition.getFontColor() !== wanted.rule.fontColor) return false;
  const ranges = rule.getRanges();
  return ranges.length === 1 && ranges[0]?.getA1Notation() === wanted.a1;
}

/**
 * Colours each Cases row by its most urgent flag and highlights a non-empty Problems cell. The sheet's
 * rules are replaced as a whole by Apps Script, so: read them once, keep every rule that is not ours (ours
 * carry a marker), put ours first (they decide the row colour) and write them all in one call — only when
 * ours differ from what is wanted.
 */
export function ensureRowColours(setup: SheetSetup, placement: ColumnPlacement): void {
  const { sheet } = setup;
  const flags = placement.positions.get('flags');
  const maxRows = dataBlock(setup, placement)?.maxRows ?? 0;
  if (flags === undefined || maxRows < 2) return;
  const problems = placement.positions.get('problems');
  const last = columnLetter(placement.width);
  const wanted = rowColourRules(flags, problems).map((rule) => {
    const column = rule.scope === 'problems' && problems !== undefined ? columnLetter(problems) : undefined;
    const a1 = column ? `${column}2:${column}${maxRows}` : `A2:${last}${maxRows}`;
    return { rule, a1 };
  });
  const existing = setup.created ? [] : sheet.getConditionalFormatRules().map((rule) => {
    const condition = rule.getBooleanCondition();
    return { rule, condition, formula: formulaOf(condition) };
  });
  const ours = existing.filter((r) => isOwnRowColourFormula(r.formula));
  const same = ours.length === wanted.length && ours.every((r, i) => wanted[i] !== undefined && isWanted(r.rule, r.condition, r.formula, wanted[i]));
  if (same) return;
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeAt = (a1: string): GoogleAppsScript.Spreadsheet.Range => {
    let range = ranges.get(a1);
    if (range === undefined) ranges.set(a1, (range = sheet.getRange(a1)));
    return range;
  };
  // A rule on the same ranges with the same font colour as one already built is made from it with copy(), which
  // keeps its ranges and format ("Returns a rule builder preset with this rule's settings"): no setRanges again.
  const made: Array<{ rule: RowColourRule; a1: string; built: CfRule }> = [];
  const built = wanted.map(({ rule, a1 }) => {
    const twin = made.find((m) => m.a1 === a1 && m.rule.fontColor === rule.fontColor);
    let out: CfRule;
    if (twin) out = twin.built.copy().whenFormulaSatisfied(rule.formula).setBackground(rule.background).build();
    else {
      const builder = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(rule.formula).setBackground(rule.background);
      if (rule.fontColor) builder.setFontColor(rule.fontColor);
      out = builder.setRanges([rangeAt(a1)]).build();
    }
    made.push({ rule, a1, built: out });
    return out;
  });
  const others = existing.filter((r) => !isOwnRowColourFormula(r.formula)).map((r) => r.rule);
  sheet.setConditionalFormatRules([...built, ...others]);
  record(setup, 'rowColours');
}
