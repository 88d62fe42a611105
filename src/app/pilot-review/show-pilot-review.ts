import { SpreadsheetClock } from '../../apps-script/spreadsheet-clock';
import { UiNotifier } from '../../apps-script/ui-notifier';
import { SHEETS } from '../../sheets/sheet-names';
import { SheetPilotReviewPage } from '../../sheets/pilot-review-sheet';
import { SheetSettingsSource } from '../../sheets/sheet-settings-source';
import { SheetStatusHistory } from '../../sheets/sheet-status-history';
import { menuAction } from '../menu-action';
import { withTrackerErrors } from '../tracker-errors';
import { trackerServices } from '../tracker-services';
import { runPilotReview } from './run-pilot-review';
import { sheetLineUsage } from '../visits/line-usage';

/** Menu 'Pilot review': writes or refreshes the Pilot review sheet for the period and filter in its row 2. */
export function showPilotReview(): void {
  menuAction('Pilot review', () =>
    withTrackerErrors(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const clock = new SpreadsheetClock();
      const page = new SheetPilotReviewPage(spreadsheet, clock.timeZone());
      // Settings give the clinic's service lines, so a line added there is read as itself, not as a problem.
      const settings = new SheetSettingsSource(spreadsheet).load().settings;
      const { caseCount, decided, open } = runPilotReview({
        cases: trackerServices(settings.serviceLines).cases,
        history: new SheetStatusHistory(spreadsheet, clock.timeZone()),
        page,
        clock,
        lines: sheetLineUsage(spreadsheet, clock.timeZone()),
      });
      spreadsheet.getSheetByName(SHEETS.pilotReview)?.activate();
      new UiNotifier().toast(`Pilot review updated: ${caseCount} case${caseCount === 1 ? '' : 's'} in the period (${decided} decided, ${open} open)`);
    }),
  );
}
