import { sheetValidationFor, validationFor, type ValidationPlan } from '../../domain/tracker-validation';
import { columnLetter } from '../../domain/column-letter';
import type { LayoutColumn } from '../../domain/tracker-layout';
import type { RuleBook } from './rule-book';
import { dataBlock, record, type ColumnPlacement, type DataBlock, type SheetSetup } from './setup-context';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** A column set-up validates: where, how it knows its rule and how it makes it. */
export interface Wanted {
  readonly position: number;
  readonly header: string;
  /** Set for a custom formula, whose references name its first cell: written by runs of its own, never copied cell by cell. */
  readonly formula: ValidationPlan | null;
  /** Rules of the same key are the same rule (any column of the kind can carry the other's). */
  readonly key: string;
  /**
   * Whether a rule found on the column is ours (one getter or a few): 'current' for the rule set-up writes
   * today, 'older' for one an earlier version wrote for this very column (kept, not shared), else null.
   */
  readonly recognise: (rule: Rule) => 'current' | 'older' | null;
  /** The wanted rule, for a run or column starting at `anchorA1`. */
  readonly make: (anchorA1: string) => Rule;
  /** A rule of ours already on the column (not a custom formula): reused, not rebuilt. */
  ours?: Rule | null;
}

/**
 * A layout column's wanted rule. The rule on the first data row is ours when its help is (one help-text getter,
 * a call a column: the help names the rule — its kind and, for a list, its values); the help set-up wrote before
 * rules were shared (with the column name) counts as ours too, so an older tracker is not rewritten for it.
 */
function planned(position: number, column: LayoutColumn, plan: ValidationPlan, lists: ReadonlyMap<string, readonly string[]>, book: RuleBook): Wanted {
  const older = validationFor(column, lists.get(column.field) ?? column.values ?? [])?.help;
  return {
    position,
    header: column.header,
    formula: plan.type === 'formula' ? plan : null,
    key: JSON.stringify(plan),
    recognise: (rule) => {
      const help = rule.getHelpText();
      return help === plan.help ? 'current' : help === older ? 'older' : null;
    },
    make: (anchorA1) => book.rule(plan, anchorA1),
  };
}

/**
 * Which columns need their rules written, and a rule of ours for each (so it is written, not built). A column
 * where a cell has no rule (a paste from elsewhere drops it; a null test in the grid already read, no call) is
 * rewritten whatever its first row holds: it needs a rule of ours to write, not a verdict, and one found on a
 * column of the same kind serves (no call), else its own first row is asked. A column with a rule on every
 * cell is intact when the rule on its first data row is ours (asked: a call or a few a column). Formula rules
 * name their first cell: never carried over, built by run.
 */
function triage(grid: ReadonlyArray<ReadonlyArray<Rule | null>>, wanted: readonly Wanted[]): Wanted[] {
  const first = (w: Wanted): Rule | null => grid[0]?.[w.position - 1] ?? null;
  const complete = (w: Wanted): boolean => grid.every((line) => (line[w.position - 1] ?? null) !== null);
  const found = new Map<string, Rule>();
  const recognised = (w: Wanted): Rule | null => {
    const rule = first(w);
    const kind = rule === null ? null : w.recognise(rule);
    if (rule !== null && kind === 'current') found.set(w.key, rule);
    return kind === null ? null : rule;
  };
  const needs: Wanted[] = [];
  const broken: Wanted[] = [];
  for (const w of wanted) {
    if (!complete(w)) broken.push(w);
    else {
      const ours = recognised(w);
      if (!w.formula) w.ours = ours;
      if (ours === null) needs.push(w);
    }
  }
  for (const w of [...needs, ...broken]) {
    if (!w.formula && !w.ours) w.ours = found.get(w.key) ?? (broken.includes(w) ? recognised(w) : null);
  }
  return [...needs, ...broken];
}

/** Formula columns next to each other with the same formula: one rule anchored at the first, one call. */
function formulaRuns(needs: readonly Wanted[]): Wanted[][] {
  const out: Wanted[][] = [];
  for (const need of needs) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last !== undefined && last.position + 1 === need.position && JSON.stringify(need.formula) === JSON.stringify(last.formula)) run.push(need);
    else out.push([need]);
  }
  return out;
}

/** What one column of the sheet's block gets in the batched write: a rule for every row, or nothing (the column splits the write). */
type Fill = { readonly rule: Rule | null } | 'split';

/**
 * Columns 1..width of the block, each with what the batched write puts there: the wanted rule where a column
 * needs repair; our own rule, as found, on a column of ours that is intact (the same rule written again); nothing
 * on a column without any rule, and on a formula column about to be written by its own call. A column holding a
 * rule that is not ours, or a formula rule of ours (its references name its first cell: not copied cell by
 * cell), splits the write, so it is never written over.
 */
function fills(block: DataBlock, width: number, wanted: readonly Wanted[], needs: ReadonlySet<Wanted>): Fill[] {
  const grid = block.validations();
  const byPosition = new Map(wanted.map((w) => [w.position, w]));
  return Array.from({ length: width }, (_, i): Fill => {
    const w = byPosition.get(i + 1);
    if (w && needs.has(w)) return w.formula ? { rule: null } : { rule: w.ours ?? w.make('') };
    if (w && !w.formula && w.ours) return { rule: w.ours };
    return grid.every((line) => (line[i] ?? null) === null) ? { rule: null } : 'split';
  });
}

/**
 * The columns needing a non-formula rule, written with setDataValidations in as few calls as the columns allow:
 * one over the whole block (its Range shared with the number formats) when no column splits it, else one per
 * stretch between splitting columns that holds a column to repair.
 */
function writeRules(setup: SheetSetup, block: DataBlock, width: number, wanted: readonly Wanted[], needs: ReadonlySet<Wanted>): void {
  const plain = [...needs].filter((w) => !w.formula).map((w) => w.position);
  if (plain.length === 0) return;
  const columns = fills(block, width, wanted, needs);
  let start = 0;
  while (start < width) {
    while (start < width && columns[start] === 'split') start += 1;
    let end = start;
    while (end < width && columns[end] !== 'split') end += 1;
    const inside = plain.filter((p) => p - 1 >= start && p - 1 < end);
    if (inside.length > 0) {
      const whole = start === 0 && end === width;
      const first = whole ? 0 : Math.min(...inside) - 1;
      const last = whole ? width - 1 : Math.max(...inside) - 1;
      const line = columns.slice(first, last + 1).map((f) => (f === 'split' ? null : f.rule));
      const range = whole ? block.range() : setup.sheet.getRange(2, first + 1, block.rows, last - first + 1);
      range.setDataValidations(Array.from({ length: block.rows }, () => line));
    }
    start = end;
  }
}

/**
 * Gives each validated column its rule on rows 2..last, only where it is missing or not ours — so a second run
 * writes nothing. One read of the sheet's rules; the columns to repair are written in one batch where the
 * sheet allows (see writeRules), and formula columns by runs of neighbours: one setDataValidation with one rule
 * anchored at the run's first cell, which Sheets shifts across the run, as it does for a formula typed in the
 * rule dialog. `more` are columns whose rule another step defines (the Cases Payer dropdown), written in the
 * same batch.
 */
export function ensureValidation(setup: SheetSetup, placement: ColumnPlacement, lists: ReadonlyMap<string, readonly string[]>, book: RuleBook, more: readonly Wanted[] = []): void {
  const { sheet, layout } = setup;
  const block = dataBlock(setup, placement);
  if (block === null) return;
  const wanted: Wanted[] = [...more];
  for (const column of layout) {
    const position = placement.positions.get(column.field);
    const plan = sheetValidationFor(column, lists.get(column.field) ?? column.values ?? []);
    if (position !== undefined && plan !== null) wanted.push(planned(position, column, plan, lists, book));
  }
  if (wanted.length === 0) return;
  const grid = block.validations();
  if (block.rows < 1) return;
  const needs = (setup.created ? [...wanted] : triage(grid, wanted)).sort((a, b) => a.position - b.position);
  writeRules(setup, block, placement.width, wanted, new Set(needs));
  for (const run of formulaRuns(needs.filter((w) => w.formula))) {
    const first = run[0];
    if (first === undefined) continue;
    sheet.getRange(2, first.position, block.rows, run.length).setDataValidation(first.make(`${columnLetter(first.position)}2`));
  }
  for (const w of needs) record(setup, 'validation', w.header);
}
