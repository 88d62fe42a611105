import type { SelectionKeyDto } from '../../dto/sidebar-boot';
import { readSelection } from '../../sheets/selection-key';
import { cachedCaseIdColumn } from '../../sheets/case-id-column-cache';

/** google.script.run: what is selected now, cheaply; the sidebar polls it and reloads when `key` changes. */
export function getSelectionKey(): SelectionKeyDto {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const selection = readSelection(spreadsheet, () => cachedCaseIdColumn(spreadsheet));
  return { key: `${selection.sheetName}!${selection.row}!${selection.caseId ?? ''}`, caseId: selection.caseId };
}
