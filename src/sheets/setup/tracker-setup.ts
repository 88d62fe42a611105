import type { SetupChange } from '../../domain/setup-summary';
import { SETTINGS_LAYOUT, TRACKER_LAYOUTS, type LayoutColumn, type LayoutKey } from '../../domain/tracker-layout';
import { rememberColumnPositions } from '../metadata-cache';
import { SHEETS } from '../sheet-names';
import { ensureNumberFormats } from './column-formats';
import { ensureProtections } from './column-protection';
import { ensureValidation } from './column-validation';
import { RuleBook } from './rule-book';
import { caseWidthOf, ensureHeaderLook, settingsWidthOf, widthOf } from './header-look';
import { payerDropdown } from './payer-dropdown';
import { ensureRowColours } from './row-colours';
import { ensureSettingControls } from './settings-controls';
import { fillNewSettingsSheet } from './settings-new-sheet';
import { ensureSettingRows } from './settings-rows';
import { ensureStatusRowsOnTop } from './settings-status-rows';
import type { ColumnPlacement, SheetSetup } from './setup-context';
import { placeColumns } from './tracker-columns';
import { wrapWhatNeedsAction } from './what-needs-action';
import { ensureSheet } from './tracker-sheet';

/** The sheets set-up keeps, in the order it creates them. */
export const TRACKER_SHEETS: readonly (LayoutKey | 'settings')[] = [
  'cases', 'inNetworkSearch', 'contacts', 'terms', 'visits', 'planRules', 'settings', 'history', 'runLog',
];

function setUpSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  layout: readonly LayoutColumn[],
  changes: SetupChange[],
  tagged = false,
): { setup: SheetSetup; placement: ColumnPlacement } {
  const { sheet, created } = ensureSheet(spreadsheet, name, changes);
  const setup: SheetSetup = { sheet, name, layout, created, tagged, changes };
  return { setup, placement: placeColumns(setup) };
}

/** Creates or repairs the Settings sheet alone (the Settings menu item needs it before anything else). */
export function setUpSettingsSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, changes: SetupChange[], book = new RuleBook()): GoogleAppsScript.Spreadsheet.Sheet {
  const { setup, placement } = setUpSheet(spreadsheet, SHEETS.settings, SETTINGS_LAYOUT, changes);
  ensureHeaderLook(setup, placement, settingsWidthOf);
  if (setup.created) fillNewSettingsSheet(setup, placement, book);
  else {
    ensureStatusRowsOnTop(setup, placement);
    ensureSettingRows(setup, placement);
    ensureSettingControls(setup, placement, book);
  }
  return setup.sheet;
}

/**
 * Creates what is missing of every tracker sheet and repairs what is broken, changing nothing else; returns
 * what it changed (nothing on a second run). `serviceLines` (from Settings) feeds the Service line dropdown.
 * Calls depend on the number of columns and sheets, never on the number of rows.
 */
export function setUpTrackerSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, serviceLines: readonly string[]): SetupChange[] {
  const changes: SetupChange[] = [];
  const lists = new Map<string, readonly string[]>([['serviceLine', serviceLines]]);
  const done = new Map<LayoutKey, { setup: SheetSetup; placement: ColumnPlacement }>();
  const book = new RuleBook();
  for (const key of TRACKER_SHEETS) {
    if (key === 'settings') {
      setUpSettingsSheet(spreadsheet, changes, book);
      continue;
    }
    // Only Cases columns are found by developer metadata (users reorder and rename them); the log and rules
    // sheets are read by header, and tagging their columns would cost two calls a column.
    const { setup, placement } = setUpSheet(spreadsheet, SHEETS[key], TRACKER_LAYOUTS[key], changes, key === 'cases');
    done.set(key, { setup, placement });
    // Cases' rules are written last, with the Payer dropdown, which reads Plan rules (see below).
    if (key !== 'cases') ensureValidation(setup, placement, new Map(), book);
    ensureNumberFormats(setup, placement);
    ensureHeaderLook(setup, placement, key === 'cases' ? caseWidthOf : widthOf);
    if (key === 'cases') ensureRowColours(setup, placement);
    if (key === 'cases') wrapWhatNeedsAction(setup, placement);
    // Set-up has just found every Cases column: the next executions need not search metadata again.
    if (key === 'cases') rememberColumnPositions(placement.header, placement.positions);
    if (key === 'cases' || key === 'terms' || key === 'visits') ensureProtections(setup, placement);
  }
  const cases = done.get('cases');
  const planRules = done.get('planRules');
  const payer = cases && planRules ? payerDropdown(cases, planRules) : null;
  if (cases) ensureValidation(cases.setup, cases.placement, lists, book, payer ? [payer] : []);
  return changes;
}
