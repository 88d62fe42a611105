import { attemptsFor, mapInNetworkSearchHeaders, parseInNetworkAttemptRow, type InNetworkAttempt } from '../domain/in-network-search-sheet';
import { SHEETS } from './sheet-names';

/**
 * The attempts logged on the `In-network search` sheet for one case (rows not marked out of network):
 * one batched read, done only when an edit needs the evidence. A missing sheet means no attempts.
 */
export function inNetworkAttemptsFor(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, caseId: string, timeZone: string): InNetworkAttempt[] {
  const sheet = spreadsheet.getSheetByName(SHEETS.inNetworkSearch);
  if (!sheet || caseId === '') return [];
  const values = sheet.getDataRange().getValues();
  const map = mapInNetworkSearchHeaders(values[0] ?? []);
  const attempts: InNetworkAttempt[] = [];
  for (let i = 1; i < values.length; i++) {
    const parsed = parseInNetworkAttemptRow(values[i] ?? [], map, { timeZone, rowNumber: i + 1 });
    if (parsed.kind === 'entry') attempts.push(parsed.entry);
  }
  return attemptsFor(caseId, attempts);
}
