import type { SelectionKeyDto } from '../../dto/sidebar-boot';
import { cachedCaseIdColumn } from '../../sheets/case-id-column-cache';
import { readSelection } from '../../sheets/selection-key';
import { selectionKeyOf } from './sidebar-boot';

/** google.script.run: what is selected now, cheaply; the sidebar polls it and reloads when `key` changes. */
export function getSelectionKey(): SelectionKeyDto {
  // SpreadsheetApp.getActiveRange() directly: one call fewer than through the Spreadsheet (this runs every few seconds).
  return selectionKeyOf(readSelection(SpreadsheetApp, (fresh) => cachedCaseIdColumn(() => SpreadsheetApp.getActiveSpreadsheet(), fresh)));
}
