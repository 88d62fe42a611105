import { IMPORT_LOG_SHEET } from '../../sheets/import/import-log-sheet';
import { importableSheets } from '../../sheets/import/import-sources';
import { showImportDialog } from './import-actions';

/**
 * After set-up: when another sheet of this spreadsheet holds data (a clinic's own tracker, typically on
 * Sheet1), offer to import it — the first thing a clinic does with the add-on. Once something was imported
 * (the Import log has rows) a repair no longer asks.
 */
export function offerImport(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  if ((spreadsheet.getSheetByName(IMPORT_LOG_SHEET)?.getLastRow() ?? 0) > 1) return;
  const withData = importableSheets(spreadsheet).filter((s) => s.rows > 1);
  const first = withData.sort((a, b) => b.rows - a.rows)[0];
  if (!first) return;
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    'Import your existing tracker?',
    `The sheet “${first.name}” has ${first.rows - 1} rows below its first row. Import them into Cases now? ` +
      'You choose how its columns map and see a preview before anything is written; the sheet itself is not changed.',
    ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) showImportDialog();
}
