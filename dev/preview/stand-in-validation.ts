/**
 * Until the bundle has its own "Set up or repair tracker", the demo Cases sheet gets basic data validation
 * from the data contract (checkboxes, lists, dates), so the preview shows its controls. Once setup exists
 * the demo runs it instead and this is not used.
 */
import type { Environment } from '../emulator/api';
import { CASE_COLUMNS } from '../../src/domain/case-columns';
import { DEFAULT_SERVICE_LINES } from '../../src/domain/vocabulary';

const ROWS = 200;

export function addStandInValidation(env: Environment): void {
  const app = env.globals['SpreadsheetApp'] as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = env.spreadsheet.getSheetByName('Cases');
  if (!sheet) return;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  CASE_COLUMNS.forEach((column) => {
    const index = headers.indexOf(column.header);
    if (index < 0) return;
    const builder = app.newDataValidation().setAllowInvalid(false);
    if (column.kind === 'checkbox') builder.requireCheckbox();
    else if (column.kind === 'date') builder.requireDate();
    else if (column.kind === 'list') builder.requireValueInList([...(column.values ?? DEFAULT_SERVICE_LINES)], true);
    else return;
    if (column.help) builder.setHelpText(column.help);
    sheet.getRange(2, index + 1, ROWS, 1).setDataValidation(builder.build());
  });
}
