import { calendarDateOf } from './calendar-date';
import { formatDisplayDate } from './display-date';

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant for people, as the clinic's clock shows it: date and 24-hour time in the spreadsheet's zone.
 * @example formatInstantIn(new Date('2026-03-09T16:05:00Z'), 'America/New_York') // 'Mon 9 Mar 2026 12:05'
 */
export function formatInstantIn(instant: Date, timeZone: string): string {
  let time = timeFormatters.get(timeZone);
  if (!time) {
    time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(timeZone, time);
  }
  return `${formatDisplayDate(calendarDateOf(instant, timeZone))} ${time.format(instant)}`;
}
