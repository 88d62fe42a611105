import { columnLetter } from './column-letter';
/**
 * Conditional formatting of the Cases sheet: a row takes the colour of its most urgent flag (the Flags
 * cell starts with its most urgent line, see flags.ts), and a Problems cell with text is highlighted.
 *
 * setConditionalFormatRules replaces every rule of a sheet, so set-up must tell its own rules from a
 * clinic's: each of ours carries the marker `ISTEXT("SCA Tracker")` (always TRUE, and readable by a person
 * who opens the rule), and only rules carrying it are ever replaced.
 */
import { FLAG_PREFIX } from './flags';

/** Always-true term that marks a conditional-format formula as the add-on's. */
export const ROW_COLOUR_MARKER = 'ISTEXT("SCA Tracker")';

/** One conditional-format rule, independent of Apps Script. `scope` says which columns it covers. */
export interface RowColourRule {
  readonly formula: string;
  readonly background: string;
  readonly fontColor?: string;
  readonly scope: 'row' | 'problems';
}


/**
 * The rules, in priority order (Sheets applies the first matching rule per cell): the Problems cell first,
 * then URGENT, WARNING, INFO rows. Formulas are anchored at row 2 with the column fixed ($AK2).
 */
export function rowColourRules(flagsColumn: number, problemsColumn: number | undefined): RowColourRule[] {
  const flags = `$${columnLetter(flagsColumn)}2`;
  const severity = (prefix: string, background: string): RowColourRule => ({
    formula: `=AND(LEFT(${flags},${prefix.length})="${prefix}",${ROW_COLOUR_MARKER})`,
    background,
    scope: 'row',
  });
  const rules: RowColourRule[] = [];
  if (problemsColumn !== undefined) {
    const problems = `$${columnLetter(problemsColumn)}2`;
    rules.push({ formula: `=AND(LEN(${problems})>0,${ROW_COLOUR_MARKER})`, background: '#fde7c5', fontColor: '#9c2e00', scope: 'problems' });
  }
  rules.push(severity(FLAG_PREFIX.urgent, '#f4c7c3'), severity(FLAG_PREFIX.warning, '#fce8b2'), severity(FLAG_PREFIX.info, '#d2e3fc'));
  return rules;
}

/** True for a formula set-up wrote (it carries the marker), in any version of the add-on. */
export function isOwnRowColourFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.replace(/\s+/g, '').includes(ROW_COLOUR_MARKER.replace(/\s+/g, ''));
}
