import { calendarDateOf } from '../../domain/calendar-date';
import { caseIdKey } from '../../domain/case-id';
import type { CaseSearchHitDto } from '../../dto/case-search';
import type { SearchCasesResultDto, SelectCaseResultDto } from '../../dto/server-functions';
import { locateCase } from '../../sheets/case-row-locator';
import { readCaseLayout } from '../../sheets/case-sheet-layout';
import { SHEETS } from '../../sheets/sheet-names';
import { refusal } from './refusal';

const LIMIT = 50;

const text = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * The case picker: Case ID, payer and owner containing `query` (any case), optionally one status; at most
 * 50 by Case ID. One batched read of the Cases sheet (3 calls whatever the number of rows).
 */
export function searchCaseRows(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string, query: { text: string; status: string }): SearchCasesResultDto {
  const sheet = spreadsheet.getSheetByName(SHEETS.cases);
  if (!sheet) return refusal('tracker-not-set-up', 'There is no Cases sheet; run Set up or repair tracker.');
  const values = sheet.getDataRange().getValues();
  const { columns } = readCaseLayout(sheet, values[0] ?? []).map;
  const at = (row: readonly unknown[], column: number | undefined): unknown => (column === undefined ? '' : row[column]);
  const needle = query.text.toLowerCase();
  const hits: CaseSearchHitDto[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i] ?? [];
    const caseId = text(at(row, columns.caseId));
    if (caseIdKey(caseId) === '') continue;
    const status = text(at(row, columns.status));
    if (query.status !== '' && status !== query.status) continue;
    const payer = text(at(row, columns.payer));
    const owner = text(at(row, columns.owner));
    if (needle !== '' && ![caseId, payer, owner].some((t) => t.toLowerCase().includes(needle))) continue;
    const followUp = at(row, columns.nextFollowUp);
    hits.push({ caseId, payer, owner, status, nextFollowUp: followUp instanceof Date ? calendarDateOf(followUp, timeZone) : null });
  }
  hits.sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  return { ok: true, cases: hits.slice(0, LIMIT), total: hits.length };
}

/** Selects the case's row (found by Case ID now) so the sidebar, which follows the selection, stays on it. */
export function selectCaseRow(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, caseId: string): SelectCaseResultDto {
  const sheet = spreadsheet.getSheetByName(SHEETS.cases);
  if (!sheet) return refusal('tracker-not-set-up', 'There is no Cases sheet; run Set up or repair tracker.');
  const layout = readCaseLayout(sheet);
  const location = locateCase(sheet, layout, caseId);
  if (location.kind === 'missing') return refusal('case-not-found', `${caseId} is not on the Cases sheet any more.`);
  if (location.kind === 'duplicate') return refusal('duplicate-case-id', `${caseId} is on rows ${location.rowNumbers.join(', ')}; keep it on one row.`);
  sheet.activate();
  sheet.getRange(location.rowNumber, (layout.map.columns.caseId ?? 0) + 1).activate();
  return { ok: true };
}
