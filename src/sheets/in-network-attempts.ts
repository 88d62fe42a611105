import { mapInNetworkSearchHeaders, parseInNetworkAttemptRow, type InNetworkAttempt } from '../domain/in-network-search-sheet';
import { SHEETS } from './sheet-names';
import { wholeSheetValues } from './sheet-values';

/**
 * Every attempt logged on the `In-network search` sheet, in one batched read — done only when a rule
 * needs the evidence. A missing sheet means no attempts; unreadable rows are skipped (the sheet's own
 * problems are reported by the daily check).
 */
export function readInNetworkAttempts(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): InNetworkAttempt[] {
  const sheet = spreadsheet.getSheetByName(SHEETS.inNetworkSearch);
  if (!sheet) return [];
  const values = wholeSheetValues(sheet);
  const map = mapInNetworkSearchHeaders(values[0] ?? []);
  const attempts: InNetworkAttempt[] = [];
  for (let i = 1; i < values.length; i++) {
    const parsed = parseInNetworkAttemptRow(values[i] ?? [], map, { timeZone, rowNumber: i + 1 });
    if (parsed.kind === 'entry') attempts.push(parsed.entry);
  }
  return attempts;
}
