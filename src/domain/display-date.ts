import { daysBetween, type IsoDate } from './calendar-date';
import { safeDate } from './safe-values';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** A known Monday: weekdays count from it on the calendar, so no time zone is involved. */
const A_MONDAY = '2024-01-01';

/** A calendar date for people, in English, with no time zone involved. @example formatDisplayDate('2026-03-09') // 'Mon 9 Mar 2026' */
export function formatDisplayDate(iso: IsoDate): string {
  const date = safeDate(iso);
  if (!date) return String(iso);
  const weekday = WEEKDAYS[(((daysBetween(A_MONDAY, date) % 7) + 7) % 7)] ?? '';
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return `${weekday} ${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}
