import { formulaAt, sheetValidationFor, validationFor, type ValidationPlan } from '../../domain/tracker-validation';
import { columnLetter } from '../../domain/column-letter';
import type { LayoutColumn } from '../../domain/tracker-layout';
import { dataBlock, record, type ColumnPlacement, type SheetSetup } from './setup-context';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Sets the plan's criterion on a builder; custom formulas are anchored at `cellA1`, the column's first data cell. */
function requirePlan(builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder, plan: ValidationPlan, cellA1: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  switch (plan.type) {
    case 'list': return builder.requireValueInList([...plan.values], true);
    case 'checkbox': return builder.requireCheckbox();
    case 'date': return builder.requireDate();
    case 'atLeastZero': return builder.requireNumberGreaterThanOrEqualTo(0);
    case 'formula': return builder.requireFormulaSatisfied(formulaAt(plan.formula, cellA1));
    case 'email': return builder.requireTextIsEmail();
    case 'url': return builder.requireTextIsUrl();
  }
}

/** The Apps Script rule for a plan, built from nothing: rejects invalid input and says why. */
function buildRule(plan: ValidationPlan, cellA1: string): Rule {
  return requirePlan(SpreadsheetApp.newDataValidation(), plan, cellA1).setAllowInvalid(false).setHelpText(plan.help).build();
}

/**
 * The rules of one set-up run, each built once and shared by every column (of every sheet) that wants it: a
 * rule is a value. A custom formula names its first cell, so a formula rule is one per anchor. Building from
 * nothing is five calls (new, criterion, allowInvalid, help, build); every rule after the first is made from
 * one already built with DataValidation.copy(), which keeps its settings ("Creates a builder for a data
 * validation rule based on this rule's settings"): the same formula and help at another anchor is three calls
 * (copy, criterion, build), any other rule four (copy, criterion, help, build) — allowInvalid(false) comes along.
 */
export class RuleBook {
  private readonly built = new Map<string, Rule>();
  private readonly made: Array<{ plan: ValidationPlan; rule: Rule }> = [];

  rule(plan: ValidationPlan, anchorA1: string): Rule {
    const key = JSON.stringify([plan, plan.type === 'formula' ? anchorA1 : '']);
    let rule = this.built.get(key);
    if (rule === undefined) this.built.set(key, (rule = this.make(plan, anchorA1)));
    return rule;
  }

  private make(plan: ValidationPlan, anchorA1: string): Rule {
    const twin = this.made.find((m) => JSON.stringify(m.plan) === JSON.stringify(plan));
    const from = twin ?? this.made[0];
    const rule = twin
      ? requirePlan(twin.rule.copy(), plan, anchorA1).build()
      : from
        ? requirePlan(from.rule.copy(), plan, anchorA1).setHelpText(plan.help).build()
        : buildRule(plan, anchorA1);
    this.made.push({ plan, rule });
    return rule;
  }
}

interface Wanted {
  readonly position: number;
  readonly plan: ValidationPlan;
  readonly column: LayoutColumn;
  /** A rule of ours already on the column (not a custom formula, whose references are its first cell's): reused, not rebuilt. */
  ours?: Rule | null;
}

/**
 * Whether a column's rules are in place: every cell has a rule (a paste from elsewhere drops it; a null test in
 * the grid already read, no call) and the rule on the first data row is ours (one help-text getter, a call
 * a column: the help names the rule — its kind and, for a list, its values). The help set-up wrote before rules
 * were shared (with the column name) counts as ours too, so an older tracker is not rewritten for it.
 * Returns `intact`, and a rule of ours found on the column, which can be written to its other cells as it is.
 */
function inspect(grid: ReadonlyArray<ReadonlyArray<Rule | null>>, samples: readonly number[], want: Wanted, lists: ReadonlyMap<string, readonly string[]>): { intact: boolean; ours: Rule | null } {
  const at = (row: number): Rule | null => grid[row]?.[want.position - 1] ?? null;
  const older = validationFor(want.column, lists.get(want.column.field) ?? want.column.values ?? [])?.help;
  let ours: Rule | null = null;
  let intact = true;
  for (const row of samples) {
    const rule = at(row);
    const help = rule?.getHelpText();
    if (rule !== null && (help === want.plan.help || help === older)) ours = rule;
    else intact = false;
  }
  return { intact: intact && grid.every((_, row) => at(row) !== null), ours };
}

/** Columns next to each other that can be written in one call: same formula anchor run, or no formula at all. */
function runs(needs: readonly Wanted[]): Wanted[][] {
  const out: Wanted[][] = [];
  for (const need of needs) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    const joins = run !== undefined && last !== undefined && last.position + 1 === need.position
      && (need.plan.type === 'formula') === (last.plan.type === 'formula')
      && (need.plan.type !== 'formula' || JSON.stringify(need.plan) === JSON.stringify(last.plan));
    if (joins) run.push(need);
    else out.push([need]);
  }
  return out;
}

/**
 * Gives each validated column its rule on rows 2..last, only where it is missing or not ours — so a second run
 * writes nothing. One read of the sheet's rules; the columns to repair are written in runs of neighbours: one
 * setDataValidations with a row of rules for a run (a custom formula run gets one rule anchored at its first
 * cell, which Sheets shifts across the run, as it does for a formula typed in the rule dialog).
 */
export function ensureValidation(setup: SheetSetup, placement: ColumnPlacement, lists: ReadonlyMap<string, readonly string[]>, book: RuleBook): void {
  const { sheet, layout } = setup;
  const block = dataBlock(setup, placement);
  if (block === null) return;
  const wanted: Wanted[] = [];
  for (const column of layout) {
    const position = placement.positions.get(column.field);
    const plan = sheetValidationFor(column, lists.get(column.field) ?? column.values ?? []);
    if (position !== undefined && plan !== null) wanted.push({ position, plan, column });
  }
  if (wanted.length === 0) return;
  const grid = block.validations();
  const samples = [0];
  const needs = wanted.filter((w) => {
    if (setup.created) return true;
    const { intact, ours } = inspect(grid, samples, w, lists);
    if (w.plan.type !== 'formula') w.ours = ours;
    return !intact;
  }).sort((a, b) => a.position - b.position);
  for (const run of runs(needs)) {
    const first = run[0];
    if (first === undefined) continue;
    const range = sheet.getRange(2, first.position, block.rows, run.length);
    if (first.plan.type === 'formula') range.setDataValidation(book.rule(first.plan, `${columnLetter(first.position)}2`));
    else {
      const line = run.map((w) => w.ours ?? book.rule(w.plan, `${columnLetter(w.position)}2`));
      range.setDataValidations(Array.from({ length: block.rows }, () => line));
    }
    for (const w of run) record(setup, 'validation', w.column.header);
  }
}
