import type { SelectionKeyDto } from '../../dto/sidebar-boot';
import { cachedCaseIdColumn } from '../../sheets/case-id-column-cache';
import { readSelection } from '../../sheets/selection-key';
import { selectionKeyOf } from './sidebar-boot';

/** google.script.run: what is selected now, cheaply; the sidebar polls it and reloads when `key` changes. */
export function getSelectionKey(): SelectionKeyDto {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return selectionKeyOf(readSelection(spreadsheet, () => cachedCaseIdColumn(spreadsheet)));
}
