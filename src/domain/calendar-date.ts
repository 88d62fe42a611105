/**
 * Calendar dates ('YYYY-MM-DD') in the spreadsheet's time zone.
 * Day arithmetic is done on the calendar (UTC midnights of the date's own fields), never by adding
 * 86,400,000 ms to an instant, so a DST change cannot shift a date.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date in 'YYYY-MM-DD' form. @example isIsoDate('2026-02-30') // false */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function utcDay(iso: IsoDate): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not a calendar date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

function fromUtcDay(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). @example daysBetween('2026-03-07', '2026-03-09') // 2 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return utcDay(to) - utcDay(from);
}

/** The date `n` calendar days after `iso`. @example addDays('2026-03-07', 2) // '2026-03-09' */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromUtcDay(utcDay(iso) + n);
}

/** The date `n` business days (Mon–Fri) after `iso`. @example addBusinessDays('2026-03-06', 1) // '2026-03-09' (Fri → Mon) */
export function addBusinessDays(iso: IsoDate, n: number): IsoDate {
  let day = utcDay(iso);
  let left = n;
  while (left > 0) {
    day += 1;
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return fromUtcDay(day);
}

/** The calendar date of an instant as seen in `timeZone`. @example calendarDateOf(new Date('2026-03-08T04:30:00Z'), 'America/New_York') // '2026-03-07' */
export function calendarDateOf(instant: Date, timeZone: string): IsoDate {
  const parts = dateFormatter(timeZone).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The instant of local midnight starting `iso` in `timeZone` (what Sheets stores for a date cell).
 * @example startOfDayIn('2026-03-08', 'America/New_York') // 2026-03-08T05:00:00.000Z
 */
export function startOfDayIn(iso: IsoDate, timeZone: string): Date {
  return wallClockIn(iso, 0, timeZone);
}

/**
 * The instant at which the clock in `timeZone` reads `hour`:00 on `iso` (the preview's "today at 09:00").
 * @example wallClockIn('2026-03-08', 9, 'America/New_York') // 2026-03-08T13:00:00.000Z (EDT, the day DST starts)
 */
export function wallClockIn(iso: IsoDate, hour: number, timeZone: string): Date {
  const guess = utcDay(iso) * 86_400_000 + hour * 3_600_000;
  // The zone's offset can differ between the UTC guess and the answer on a DST day: iterate twice.
  let t = guess - offsetMs(new Date(guess), timeZone);
  t = guess - offsetMs(new Date(t), timeZone);
  return new Date(t);
}

// Building an Intl.DateTimeFormat costs far more than using one; a sheet read formats thousands of dates.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dateFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, f);
  }
  return f;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    clockFormatters.set(timeZone, f);
  }
  return f;
}

function offsetMs(instant: Date, timeZone: string): number {
  const parts = clockFormatter(timeZone).formatToParts(instant);
  const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'), n('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
