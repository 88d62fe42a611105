/**
 * Which conditional format applies to each cell, for the preview's colours. Rules are tried in list order
 * and the first that matches a cell wins, as in Sheets. Custom formulas use the tiny evaluator
 * (formula-eval.ts) with references relative to each rule range's top-left cell; a formula it does not
 * support never matches (no colour). Text criteria compare case-insensitively; relative dates never match.
 */
import type { CellValue } from '../api';
import type { GridBox } from './a1-notation';
import type { CfFormat, CfRuleSpec } from './conditional-format-spec';
import { formulaHolds, sameAlongRow, type FormulaEnv } from './formula-eval';
import type { SheetStore } from './sheet-store';
import { serialNumber } from './zoned-time';
import { numberCriterion } from './number-criterion';

function matches(spec: CfRuleSpec, env: FormulaEnv, box: GridBox, row: number, col: number): boolean {
  if (spec.criteria === 'CUSTOM_FORMULA') return formulaHolds(String(spec.values[0]), env, { row: box.row, col: box.col }, { row, col }) === true;
  const value: CellValue | undefined = env.cell(row, col);
  const empty = value === undefined || value === '';
  const [a, b] = spec.values;
  const lower = empty ? '' : String(value).toLowerCase();
  const needle = String(a ?? '').toLowerCase();
  const n = typeof value === 'number' ? value : value instanceof Date ? serialNumber(value, env.timeZone) : Number.NaN;
  const d = (x: unknown): number => (x instanceof Date ? Math.floor(serialNumber(x, env.timeZone)) : Number.NaN);
  const numeric = numberCriterion(String(spec.criteria), n, a, b);
  if (numeric !== undefined) return numeric;
  switch (spec.criteria) {
    case 'CELL_EMPTY': return empty;
    case 'CELL_NOT_EMPTY': return !empty;
    case 'TEXT_CONTAINS': return !empty && lower.includes(needle);
    case 'TEXT_DOES_NOT_CONTAIN': return !lower.includes(needle);
    case 'TEXT_EQUAL_TO': return !empty && lower === needle;
    case 'TEXT_STARTS_WITH': return !empty && lower.startsWith(needle);
    case 'TEXT_ENDS_WITH': return !empty && lower.endsWith(needle);
    case 'DATE_BEFORE': return Math.floor(n) < d(a);
    case 'DATE_AFTER': return Math.floor(n) > d(a);
    case 'DATE_EQUAL_TO': return Math.floor(n) === d(a);
    case 'DATE_BEFORE_RELATIVE': return Math.floor(n) < relativeDay(String(a), env);
    case 'DATE_AFTER_RELATIVE': return Math.floor(n) > relativeDay(String(a), env);
    case 'DATE_EQUAL_TO_RELATIVE': return Math.floor(n) === relativeDay(String(a), env);
    default: return false;
  }
}

const RELATIVE_OFFSETS: Record<string, number> = { TODAY: 0, TOMORROW: 1, YESTERDAY: -1, PAST_WEEK: -7, PAST_MONTH: -30, PAST_YEAR: -365 };

/** The serial day a RelativeDate stands for, from the emulated clock in the sheet's zone (months ≈ 30 days). */
function relativeDay(name: string, env: FormulaEnv): number {
  return Math.floor(serialNumber(env.now(), env.timeZone)) + (RELATIVE_OFFSETS[name] ?? Number.NaN);
}

/** The winning conditional format of each cell of `area` (rows × cols), or null. */
export function conditionalFormats(store: SheetStore, area: GridBox, env: FormulaEnv): Array<Array<CfFormat | null>> {
  const out: Array<Array<CfFormat | null>> = Array.from({ length: area.numRows }, () => new Array<CfFormat | null>(area.numCols).fill(null));
  for (const rule of store.cfRules) {
    // '=$I2="Denied"' gives one answer per row: evaluate it once per row, not once per cell.
    const perRow = rule.spec.criteria === 'CUSTOM_FORMULA' && sameAlongRow(String(rule.spec.values[0]));
    for (const box of rule.boxes) {
      const top = Math.max(box.row, area.row);
      const bottom = Math.min(box.row + box.numRows, area.row + area.numRows) - 1;
      const left = Math.max(box.col, area.col);
      const right = Math.min(box.col + box.numCols, area.col + area.numCols) - 1;
      for (let row = top; row <= bottom; row++) {
        const line = out[row - area.row];
        if (!line) continue;
        let rowAnswer: boolean | undefined;
        for (let col = left; col <= right; col++) {
          if (line[col - area.col] !== null) continue;
          const hit = perRow ? (rowAnswer ??= matches(rule.spec, env, box, row, col)) : matches(rule.spec, env, box, row, col);
          if (hit) line[col - area.col] = rule.spec.format;
        }
      }
    }
  }
  return out;
}
