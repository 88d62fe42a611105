import { handleCasesEdit } from './handle-cases-edit';
import { handleTermsVisitsEdit } from '../visits/handle-visits-edit';
import { errorDetail } from '../error-text';
import { readCaseLayout, type CaseSheetLayout } from '../../sheets/case-sheet-layout';
import { editRangeFacts } from './edit-range-facts';
import { editSpreadsheet } from './edit-spreadsheet';
import type { EditedRowsSeen } from './edited-block';

/**
 * The onEdit simple trigger (AuthMode.LIMITED, 30 s, no email). A simple trigger's error is shown to nobody,
 * so it is logged with its stack instead of thrown: a failed check must never block the user's typing.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  // Both handlers ask where the edit is, what the spreadsheet's zone is and where the Cases columns are:
  // each asked of Google once. The layout is the edited sheet's (both handlers ask only when it is Cases).
  let layout: CaseSheetLayout | undefined;
  const caseLayout = (sheet: GoogleAppsScript.Spreadsheet.Sheet): CaseSheetLayout => (layout ??= readCaseLayout(sheet));
  // The Cases rows the first handler read last, for the second (it asks only whether a Written confirmation is there).
  const seen: EditedRowsSeen = {};
  const event = { ...e, range: editRangeFacts(e.range), source: editSpreadsheet(e.source ?? SpreadsheetApp.getActiveSpreadsheet()), caseLayout, seen };
  try {
    handleCasesEdit(event);
    handleTermsVisitsEdit(event);
  } catch (error) {
    console.error(errorDetail(error));
  }
}
