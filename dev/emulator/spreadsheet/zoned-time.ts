/**
 * Calendar fields of an instant in the spreadsheet's time zone, and Sheets serial numbers (days since
 * 1899-12-30 in that zone). Formatters are cached per zone because display values are computed per cell.
 * These are the emulator's own date helpers: it stands for Google and borrows nothing from the product.
 */

export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (the calendar's own count, no zone). */
function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Emulator: not a calendar date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** True for a real calendar date written 'YYYY-MM-DD' ('2026-02-30' is not one). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const t = new Date(dayNumber(s) * DAY_MS);
  return t.getUTCFullYear() === Number(m[1]) && t.getUTCMonth() === Number(m[2]) - 1 && t.getUTCDate() === Number(m[3]);
}

/** Whole calendar days from one 'YYYY-MM-DD' to another. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The 'YYYY-MM-DD' an instant falls on in the zone. */
export function calendarDateOf(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms (whole seconds). */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of local midnight starting a calendar date in the zone (what Sheets stores for a date cell). */
export function startOfDayIn(iso: string, timeZone: string): Date {
  const guess = dayNumber(iso) * DAY_MS;
  // The offset can differ between the UTC guess and the answer on a DST day: settle it in two steps.
  let t = guess - zoneOffsetMs(new Date(guess), timeZone);
  t = guess - zoneOffsetMs(new Date(t), timeZone);
  return new Date(t);
}

const EPOCH = '1899-12-30';

/** The Sheets serial number of an instant (46090 for 2026-03-09 at local midnight). */
export function serialNumber(instant: Date, timeZone: string): number {
  const iso = calendarDateOf(instant, timeZone);
  const days = daysBetween(EPOCH, iso);
  const fraction = (instant.getTime() - startOfDayIn(iso, timeZone).getTime()) / 86_400_000;
  return days + Math.round(fraction * 86_400) / 86_400;
}

/** The instant of a serial number in the zone (whole days land on local midnight). */
export function fromSerialNumber(serial: number, timeZone: string): Date {
  const days = Math.floor(serial);
  const iso = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(startOfDayIn(iso, timeZone).getTime() + Math.round((serial - days) * 86_400) * 1000);
}
