import { calendarDateOf } from '../../domain/calendar-date';

/** A cell as History shows it: dates as YYYY-MM-DD in the spreadsheet's zone, the rest as text. */
export function historyText(cell: unknown, timeZone: string): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : calendarDateOf(cell, timeZone);
  if (cell === null || cell === undefined) return '';
  return String(cell);
}
