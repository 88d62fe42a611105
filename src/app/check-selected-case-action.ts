import { caseOverviewText } from './case-overview-text';
import { menuAction } from './menu-action';
import { readSelectedCase } from './selected-case';
import { withTrackerErrors } from './tracker-errors';

/** Menu 'Check selected case': explains the case under the cursor, or says how to select one. */
export function checkSelectedCase(): void {
  menuAction('Check selected case', () =>
    withTrackerErrors(() => {
      const selected = readSelectedCase();
      const ui = SpreadsheetApp.getUi();
      const title = selected.kind === 'case' ? `Check ${selected.overview.case.caseId}` : 'Check selected case';
      const text = selected.kind === 'case' ? caseOverviewText(selected.overview) : selected.message;
      ui.alert(title, text, ui.ButtonSet.OK);
    }),
  );
}
