import { columnLetter } from '../../domain/column-letter';
import type { Wanted } from './column-validation';
import type { ColumnPlacement, SheetSetup } from './setup-context';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export const PAYER_HELP =
  'Payer: choose a payer from Plan rules. Another name is allowed (the cell shows a warning), but no plan rules apply to it until it is added to Plan rules.';

/** Whether `rule` is the wanted dropdown: our help, and its list read from `source` (sheet and A1). */
function isWanted(rule: Rule, source: string): boolean {
  if (rule.getHelpText() !== PAYER_HELP) return false;
  const range = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range | null | undefined;
  return range !== null && typeof range === 'object' && typeof range.getA1Notation === 'function' && `${range.getSheet().getName()}!${range.getA1Notation()}` === source;
}

/**
 * The Payer column's dropdown reads the Payer column of Plan rules itself (requireValueInRange), so a payer
 * added or renamed there is in the list at once, without set-up. A name not in the list is allowed
 * (setAllowInvalid(true): Sheets keeps it and marks the cell), and the row's Problems say no rules apply.
 * Given to the Cases validation step (ensureValidation) as one more column: written in the same batch as the
 * others, only when missing on a cell or not ours; the rule is built only then.
 */
export function payerDropdown(cases: { placement: ColumnPlacement }, planRules: { setup: SheetSetup; placement: ColumnPlacement }): Wanted | null {
  const position = cases.placement.positions.get('payer');
  const source = planRules.placement.positions.get('payer');
  if (position === undefined || source === undefined) return null;
  const letters = columnLetter(source);
  let rule: Rule | undefined;
  return {
    position,
    header: 'Payer',
    formula: null,
    key: 'payer',
    recognise: (found) => (isWanted(found, `${planRules.setup.name}!${letters}2:${letters}`) ? 'current' : null),
    make: () =>
      (rule ??= SpreadsheetApp.newDataValidation()
        .requireValueInRange(payerSource(planRules.setup, letters), true)
        .setAllowInvalid(true)
        .setHelpText(PAYER_HELP)
        .build()),
  };
}

/**
 * The Payer column of Plan rules below its header. A Plan rules sheet cut down to its header row has no row 2
 * for the range to start on (getRange refuses it), so it gets one empty row first: asked only when the rule is
 * built, and not asked of a sheet this run inserted (a new sheet has many rows).
 */
function payerSource(setup: SheetSetup, letters: string): GoogleAppsScript.Spreadsheet.Range {
  if (!setup.created && setup.sheet.getMaxRows() < 2) setup.sheet.insertRowsAfter(1, 1);
  return setup.sheet.getRange(`${letters}2:${letters}`);
}
