/**
 * Calendar fields of an instant in the spreadsheet's time zone, and Sheets serial numbers (days since
 * 1899-12-30 in that zone). Formatters are cached per zone because display values are computed per cell.
 */
import { calendarDateOf, daysBetween, startOfDayIn } from '../../../src/domain/calendar-date';

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
