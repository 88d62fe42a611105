import { calendarDateOf, isIsoDate } from '../domain/calendar-date';
import { mapColumns } from '../domain/header-map';
import type { StatusChange } from '../domain/status-change';
import { TRACKER_LAYOUTS } from '../domain/tracker-layout';
import { STATUSES, type Status } from '../domain/vocabulary';
import type { StatusHistory } from '../ports/status-history';
import { SHEETS } from './sheet-names';

/**
 * Status changes from the `History` sheet, in one batched read whatever its length. Columns are found by
 * header (users may reorder the log); only rows with Field = 'Status' count; When becomes the calendar date
 * in the spreadsheet's zone. Rows that do not read as a status change (typos, a cleared cell) are skipped.
 */
export class SheetStatusHistory implements StatusHistory {
  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly timeZone: string,
  ) {}

  statusChanges(): readonly StatusChange[] {
    const sheet = this.spreadsheet.getSheetByName(SHEETS.history);
    if (!sheet) return [];
    const values = sheet.getDataRange().getValues();
    const map = mapColumns(values[0] ?? [], TRACKER_LAYOUTS.history);
    const { at, caseId, field, from, to } = map.columns as Partial<Record<string, number>>;
    if (at === undefined || caseId === undefined || field === undefined || from === undefined || to === undefined) return [];
    const changes: StatusChange[] = [];
    for (const row of values.slice(1)) {
      if (!Array.isArray(row) || text(row[field]) !== 'Status') continue;
      const date = dateOf(row[at], this.timeZone);
      const id = text(row[caseId]);
      const next = statusOf(row[to]);
      const previous = text(row[from]) === '' ? '' : statusOf(row[from]);
      if (date && id && next && previous !== null) changes.push({ caseId: id, date, from: previous, to: next });
    }
    return changes;
  }
}

/** Cell text without the apostrophe that keeps a value as text (in case a sheet copy kept it visible). */
function text(cell: unknown): string {
  const s = typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : '';
  return s.startsWith("'") ? s.slice(1).trim() : s;
}

function statusOf(cell: unknown): Status | null {
  const s = text(cell).toLowerCase();
  return STATUSES.find((status) => status.toLowerCase() === s) ?? null;
}

/** A Date cell in the spreadsheet's zone; a typed 'YYYY-MM-DD…' text keeps its date. */
function dateOf(cell: unknown, timeZone: string): string | null {
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    const d = cell as Date;
    return Number.isNaN(d.getTime()) ? null : calendarDateOf(d, timeZone);
  }
  const head = text(cell).slice(0, 10);
  return isIsoDate(head) ? head : null;
}
