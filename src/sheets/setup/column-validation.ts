import { sheetValidationFor, validationFor, type ValidationPlan } from '../../domain/tracker-validation';
import { columnLetter } from '../../domain/column-letter';
import type { LayoutColumn } from '../../domain/tracker-layout';
import type { RuleBook } from './rule-book';
import { dataBlock, record, type ColumnPlacement, type DataBlock, type SheetSetup } from './setup-context';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

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

/** Formula columns next to each other with the same formula: one rule anchored at the first, one call. */
function formulaRuns(needs: readonly Wanted[]): Wanted[][] {
  const out: Wanted[][] = [];
  for (const need of needs) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last !== undefined && last.position + 1 === need.position && JSON.stringify(need.plan) === JSON.stringify(last.plan)) run.push(need);
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
function fills(block: DataBlock, width: number, wanted: readonly Wanted[], needs: ReadonlySet<Wanted>, book: RuleBook): Fill[] {
  const grid = block.validations();
  const byPosition = new Map(wanted.map((w) => [w.position, w]));
  return Array.from({ length: width }, (_, i): Fill => {
    const w = byPosition.get(i + 1);
    if (w && needs.has(w)) return w.plan.type === 'formula' ? { rule: null } : { rule: w.ours ?? book.rule(w.plan, '') };
    if (w && w.plan.type !== 'formula' && w.ours) return { rule: w.ours };
    return grid.every((line) => (line[i] ?? null) === null) ? { rule: null } : 'split';
  });
}

/**
 * The columns needing a non-formula rule, written with setDataValidations in as few calls as the columns allow:
 * one over the whole block (its Range shared with the number formats) when no column splits it, else one per
 * stretch between splitting columns that holds a column to repair.
 */
function writeRules(setup: SheetSetup, block: DataBlock, width: number, wanted: readonly Wanted[], needs: ReadonlySet<Wanted>, book: RuleBook): void {
  const plain = [...needs].filter((w) => w.plan.type !== 'formula').map((w) => w.position);
  if (plain.length === 0) return;
  const columns = fills(block, width, wanted, needs, book);
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
 * rule dialog.
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
  if (block.rows < 1) return;
  const samples = [0];
  const needs = wanted.filter((w) => {
    if (setup.created) return true;
    const { intact, ours } = inspect(grid, samples, w, lists);
    if (w.plan.type !== 'formula') w.ours = ours;
    return !intact;
  }).sort((a, b) => a.position - b.position);
  writeRules(setup, block, placement.width, wanted, new Set(needs), book);
  for (const run of formulaRuns(needs.filter((w) => w.plan.type === 'formula'))) {
    const first = run[0];
    if (first === undefined) continue;
    sheet.getRange(2, first.position, block.rows, run.length).setDataValidation(book.rule(first.plan, `${columnLetter(first.position)}2`));
  }
  for (const w of needs) record(setup, 'validation', w.column.header);
}
