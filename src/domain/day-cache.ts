import { addDays, daysBetween, type IsoDate } from './calendar-date';
import { safeDate } from './safe-values';

const EPOCH = '1970-01-01';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01), each distinct date parsed once per run:
 * 20,000 cases share a few hundred dates, so the daily check does integer arithmetic, not date parsing.
 */
export interface DayCache {
  /** The day number of a valid calendar date, else null. @example day('1970-01-02') // 1 */
  day(value: unknown): number | null;
  /** The calendar date of a day number. @example iso(1) // '1970-01-02' */
  iso(day: number): IsoDate;
}

/** A fresh cache; create one per run (it holds only what that run's cases contain). */
export function createDayCache(): DayCache {
  const days = new Map<unknown, number | null>();
  const dates = new Map<number, IsoDate>();
  return {
    day(value) {
      let n = days.get(value);
      if (n === undefined) {
        const date = safeDate(value);
        n = date === null ? null : daysBetween(EPOCH, date);
        days.set(value, n);
      }
      return n;
    },
    iso(day) {
      let date = dates.get(day);
      if (date === undefined) {
        date = addDays(EPOCH, day);
        dates.set(day, date);
      }
      return date;
    },
  };
}
