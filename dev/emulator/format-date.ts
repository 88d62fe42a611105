/**
 * Utilities.formatDate(date, timeZone, pattern) with Java SimpleDateFormat patterns, computed with
 * Intl.DateTimeFormat in `timeZone` (so DST follows the IANA database, as Apps Script's does).
 * Supported letters: y M d E u H k h K m s S a z Z X, and 'quoted literals' ('' is a quote).
 */

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offsetMinutes: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Calendar fields of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): Parts {
  const map: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(date)) map[p.type] = p.value;
  const num = (k: string): number => Number(map[k]);
  const year = num('year');
  const month = num('month');
  const day = num('day');
  const hour = num('hour');
  const minute = num('minute');
  const second = num('second');
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(map.weekday ?? '');
  return { year, month, day, hour, minute, second, weekday, offsetMinutes };
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function offset(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  return style === 'XXX' ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU'];
const zoneNameCache = new Map<string, string>();

/**
 * Zone name as Java prints it: an abbreviation (EST, CET, IST, AEST) where one exists, else GMT±hh:mm.
 * Intl only abbreviates a zone in the locale that uses it, so a few English locales are tried in turn.
 */
function zoneName(date: Date, p: Parts, long: boolean, timeZone: string): string {
  const key = `${timeZone}|${long}|${p.offsetMinutes}`;
  const cached = zoneNameCache.get(key);
  if (cached !== undefined) return cached;
  let name = `GMT${offset(p.offsetMinutes, 'XXX').replace('Z', '+00:00')}`;
  for (const locale of long ? ['en-US'] : ABBREVIATION_LOCALES) {
    const found = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (found && !/^GMT[+-]/.test(found)) {
      name = found;
      break;
    }
  }
  zoneNameCache.set(key, name);
  return name;
}

function field(letter: string, count: number, p: Parts, date: Date, timeZone: string): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      if (count >= 4) return MONTHS[p.month - 1] ?? '';
      if (count === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'E':
      return count >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
    case 'u':
      return String(p.weekday === 0 ? 7 : p.weekday);
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(((date.getTime() % 1000) + 1000) % 1000, 3).slice(0, Math.max(count, 3));
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'z':
      return zoneName(date, p, count >= 4, timeZone);
    case 'Z':
      return offset(p.offsetMinutes, 'Z');
    case 'X':
      return offset(p.offsetMinutes, count === 1 ? 'X' : count === 2 ? 'XX' : 'XXX');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) && Object.prototype.toString.call(date) !== '[object Date]') {
    throw new Error('Invalid argument: date');
  }
  if (Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
  let p: Parts;
  try {
    p = zonedParts(date, timeZone);
  } catch {
    throw new Error(`Invalid argument: timeZone`);
  }
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    if (c === "'") {
      // '' is a quote; otherwise text up to the closing quote is literal (with '' inside meaning a quote).
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i += 1;
      let closed = false;
      while (i < pattern.length && !closed) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          out += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          closed = true;
          i += 1;
        } else {
          out += pattern[i] ?? '';
          i += 1;
        }
      }
      if (!closed) throw new Error(`Unterminated quote in pattern: ${pattern}`);
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n += 1;
      out += field(c, n, p, date, timeZone);
      i += n;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}
