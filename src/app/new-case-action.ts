import { createCase } from './cases/new-case';
import { menuAction } from './menu-action';
import { withTrackerErrors } from './tracker-errors';
import { activeUserEmail, trackerServices } from './tracker-services';
import { SHEETS } from '../sheets/sheet-names';

/** Menu 'New case': appends a case with the next ID, selects its row and says which ID it got. */
export function newCase(): void {
  menuAction('New case', () =>
    withTrackerErrors(() => {
      const services = trackerServices();
      const record = createCase(services, activeUserEmail());
      const sheet = services.spreadsheet.getSheetByName(SHEETS.cases);
      if (sheet) {
        sheet.activate();
        sheet.getRange(record.rowNumber, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
      }
      services.spreadsheet.toast(`${record.case?.caseId ?? 'The case'} created`, 'SCA Tracker', 5);
    }),
  );
}
