/**
 * The period an allowance is counted over. Weeks run Monday–Sunday (the ISO week, which payers' "per week"
 * authorizations and most billing systems use); months are calendar months. Both are calendar dates
 * already read in the spreadsheet's zone, so a DST change cannot move a visit into another period.
 */
import { addDays, daysBetween, type IsoDate } from '../calendar-date';
import type { AllowancePeriod } from './terms-sheet';

/** First and last day (inclusive) of a period. */
export interface PeriodSpan {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** A known Monday: weekdays are counted from it on the calendar. */
const A_MONDAY = '2024-01-01';

/** 0 = Monday … 6 = Sunday. @example weekdayIndex('2026-03-08') // 6 */
export function weekdayIndex(date: IsoDate): number {
  return ((daysBetween(A_MONDAY, date) % 7) + 7) % 7;
}

/**
 * The week or month holding `date`, clipped to the line's dates; for `total`, the line's dates.
 * @example periodOf('2026-03-08', 'week', { first: '2026-01-01', last: '2026-12-31' }) // { first: '2026-03-02', last: '2026-03-08' }
 */
export function periodOf(date: IsoDate, per: AllowancePeriod, line: PeriodSpan): PeriodSpan {
  let span: PeriodSpan;
  switch (per) {
    case 'total':
      return line;
    case 'week': {
      const first = addDays(date, -weekdayIndex(date));
      span = { first, last: addDays(first, 6) };
      break;
    }
    case 'month':
      span = { first: `${date.slice(0, 8)}01`, last: lastDayOfMonth(date) };
      break;
  }
  return { first: span.first < line.first ? line.first : span.first, last: span.last > line.last ? line.last : span.last };
}

/** @example lastDayOfMonth('2028-02-10') // '2028-02-29' */
export function lastDayOfMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** How the period is named in messages. */
export function periodName(per: AllowancePeriod): string {
  return per === 'total' ? 'the agreement' : per === 'week' ? 'the week' : 'the month';
}
