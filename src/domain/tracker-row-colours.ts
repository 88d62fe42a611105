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
  /** What a person reads in the colour key: the colour's name and what it asks of them. */
  readonly key: { readonly colour: string; readonly meaning: string };
}


/**
 * The rules, in priority order (Sheets applies the first matching rule per cell): the Problems cell first,
 * then URGENT, WARNING, INFO rows. Formulas are anchored at row 2 with the column fixed ($AK2).
 */
export function rowColourRules(flagsColumn: number, problemsColumn: number | undefined): RowColourRule[] {
  const flags = `$${columnLetter(flagsColumn)}2`;
  const severity = (prefix: string, background: string, colour: string, todo: string): RowColourRule => ({
    formula: `=AND(LEFT(${flags},${prefix.length})="${prefix}",${ROW_COLOUR_MARKER})`,
    background,
    scope: 'row',
    key: { colour, meaning: `${prefix} — ${todo}` },
  });
  const rules: RowColourRule[] = [];
  if (problemsColumn !== undefined) {
    const problems = `$${columnLetter(problemsColumn)}2`;
    rules.push({
      formula: `=AND(LEN(${problems})>0,${ROW_COLOUR_MARKER})`,
      background: '#fde7c5',
      fontColor: '#9c2e00',
      scope: 'problems',
      key: { colour: 'orange Problems cell', meaning: 'Problems — fix the row' },
    });
  }
  rules.push(
    severity(FLAG_PREFIX.urgent, '#f4c7c3', 'red row', 'act today'),
    severity(FLAG_PREFIX.warning, '#fce8b2', 'yellow row', 'act this week'),
    severity(FLAG_PREFIX.info, '#d2e3fc', 'blue row', 'nothing to do yet'),
  );
  return rules;
}

/** The colour key in the order a person reads it (most urgent first, Problems last); Help shows the same words. */
export function colourKey(): RowColourRule[] {
  const [problems, ...rows] = rowColourRules(1, 2);
  return problems ? [...rows, problems] : rows;
}

/**
 * The legend set-up puts in the Flags header's note, so the colours are explained on the sheet itself.
 * @example colourLegendText() // 'Row colours (the most urgent flag comes first):\n• red row: URGENT — act today\n…'
 */
export function colourLegendText(): string {
  return ['Row colours (the most urgent flag comes first):', ...colourKey().map((r) => `• ${r.key.colour}: ${r.key.meaning}`)].join('\n');
}

/** True for a formula set-up wrote (it carries the marker), in any version of the add-on. */
export function isOwnRowColourFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.replace(/\s+/g, '').includes(ROW_COLOUR_MARKER.replace(/\s+/g, ''));
}
