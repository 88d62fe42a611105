/**
 * Dates as clinics type them. Accepted: a Sheets date value (read as the calendar date in the
 * spreadsheet's zone), ISO `2026-03-07` / `2026/03/07`, US month-first `3/7/26`, `03/07/2026`, `3-7-2026`,
 * month names `Mar 7 2026`, `March 7, 2026`, `7 Mar 2026`, `7-Mar-26`, with an optional time after.
 * Two-digit years pivot as POSIX `strptime %y` does: 00–68 → 2000–2068, 69–99 → 1969–1999.
 * Slash dates are month-first (US) unless the column itself shows day-first dates (a first part above 12
 * and none in second place); a column with both is 'mixed' and its dates that could be either are
 * problems. Impossible dates (2/30, month 13) and dates without a year are problems, never guesses.
 */
import { isIsoDate, type IsoDate } from '../calendar-date';
import { dateOfInstant } from '../date-cells';

/** How a column writes numeric dates: month first, day first, or both seen (then 1/2/26 is ambiguous). */
export type DateOrder = 'MDY' | 'DMY' | 'mixed';

/** A date read from a cell, or why it could not be. */
export type DateReading = { readonly ok: true; readonly date: IsoDate } | { readonly ok: false; readonly problem: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})${TIME}$`, 'i');
const NO_YEAR = /^\d{1,2}[/.-]\d{1,2}$/;
const MONTH_FIRST = new RegExp(String.raw`^([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{2}|\d{4})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2}|\d{4})${TIME}$`, 'i');
/** Sheets serial days for 1927…2173: a date column formatted as a plain number. */
const SERIAL_MIN = 10_000;
const SERIAL_MAX = 100_000;

/**
 * The full year of a typed year: four digits as is, two digits by the POSIX pivot.
 * @example fullYear('26') // 2026
 * @example fullYear('71') // 1971
 */
export function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n <= 68 ? 2000 + n : 1900 + n;
}

function iso(y: number, m: number, d: number): IsoDate | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

function monthNumber(name: string): number {
  const n = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const word = name.toLowerCase();
  // 'Mar', 'March' and 'Sept' are months; 'Marching' is not.
  return n >= 0 && (word.length === 3 || word === 'sept' || word === full[n]) ? n + 1 : 0;
}

/** The order a column's numeric slash dates follow, from the values themselves. */
export function columnDateOrder(values: readonly unknown[]): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = typeof v === 'string' ? NUMERIC.exec(v.trim()) : null;
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'mixed';
  return dayFirst ? 'DMY' : 'MDY';
}

const bad = (problem: string): DateReading => ({ ok: false, problem });
const good = (date: IsoDate): DateReading => ({ ok: true, date });

/**
 * Reads one date cell. `order` is the column's (columnDateOrder), `timeZone` the spreadsheet's.
 * @example readImportDate('3/7/26', 'America/New_York', 'MDY') // { ok: true, date: '2026-03-07' }
 * @example readImportDate('2/30/2026', 'UTC', 'MDY').ok // false
 */
export function readImportDate(raw: unknown, timeZone: string, order: DateOrder = 'MDY'): DateReading {
  if (raw instanceof Date) {
    const date = dateOfInstant(raw, timeZone);
    return date ? good(date) : bad('is not a valid date');
  }
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < SERIAL_MIN || raw > SERIAL_MAX) return bad('is a number, not a date');
    // Sheets counts days from 1899-12-30.
    return good(new Date(Date.UTC(1899, 11, 30) + raw * 86_400_000).toISOString().slice(0, 10));
  }
  if (typeof raw !== 'string') return bad('is not a date');
  return readDateText(raw.trim(), order);
}

function readDateText(text: string, order: DateOrder): DateReading {
  let m = ISO.exec(text);
  if (m) return orBad(iso(Number(m[1]), Number(m[2]), Number(m[3])), 'is not a real date');
  m = NUMERIC.exec(text);
  if (m) return readNumeric(Number(m[1]), Number(m[2]), fullYear(m[3] ?? ''), order);
  m = MONTH_FIRST.exec(text);
  if (m && monthNumber(m[1] ?? '') > 0) return orBad(iso(fullYear(m[3] ?? ''), monthNumber(m[1] ?? ''), Number(m[2])), 'is not a real date');
  m = DAY_FIRST.exec(text);
  if (m && monthNumber(m[2] ?? '') > 0) return orBad(iso(fullYear(m[3] ?? ''), monthNumber(m[2] ?? ''), Number(m[1])), 'is not a real date');
  if (NO_YEAR.test(text)) return bad('has no year');
  return bad('cannot be read as a date (use 3/7/2026, 2026-03-07 or Mar 7 2026)');
}

function readNumeric(a: number, b: number, year: number, order: DateOrder): DateReading {
  const monthFirst = iso(year, a, b);
  const dayFirst = iso(year, b, a);
  if (order === 'mixed' && monthFirst && dayFirst && a !== b) return bad('could be month/day or day/month (this column has both); type it as 2026-03-07');
  const date = order === 'DMY' ? dayFirst : monthFirst;
  if (date) return good(date);
  return bad(order === 'DMY' ? 'is not a real date (read day/month/year)' : 'is not a real date (read month/day/year)');
}

function orBad(date: IsoDate | null, problem: string): DateReading {
  return date ? good(date) : bad(problem);
}
