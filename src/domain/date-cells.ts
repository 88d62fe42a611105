/** Date cells: a Date from Sheets is read as a calendar date in the spreadsheet's time zone; text as YYYY-MM-DD or M/D/YYYY. */
import { calendarDateOf, isIsoDate, type IsoDate } from './calendar-date';
import { errorCell, fail, isBlankCell, quote, type CellResult } from './cell-result';

const datesByZone = new Map<string, Map<number, IsoDate>>();

/** calendarDateOf with a per-zone memo: a sheet repeats the same midnights, and Intl is slow. Null for an invalid Date or zone. */
export function dateOfInstant(date: Date, timeZone: string): IsoDate | null {
  const t = date.getTime();
  if (Number.isNaN(t)) return null;
  let memo = datesByZone.get(timeZone);
  if (!memo) datesByZone.set(timeZone, (memo = new Map()));
  const hit = memo.get(t);
  if (hit !== undefined) return hit;
  let iso: IsoDate;
  try {
    iso = calendarDateOf(date, timeZone);
  } catch {
    return null;
  }
  if (!isIsoDate(iso)) return null;
  if (memo.size > 50_000) memo.clear();
  memo.set(t, iso);
  return iso;
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date string 'YYYY-MM-DD' or 'M/D/YYYY' as an IsoDate, or null. @example dateFromText('3/8/2026') // '2026-03-08' */
export function dateFromText(text: string): IsoDate | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = US_DATE.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A date cell: a Date (the calendar date in the spreadsheet's `timeZone`, not the script's) or text.
 * @example parseDate(startOfDayIn('2026-03-08', 'America/New_York'), 'End date', 'America/New_York') // '2026-03-08'
 */
export function parseDate(raw: unknown, header: string, timeZone: string): CellResult<IsoDate | null> {
  if (isBlankCell(raw)) return null;
  const bad = errorCell(raw, header);
  if (bad) return bad;
  const iso = raw instanceof Date ? dateOfInstant(raw, timeZone) : typeof raw === 'string' ? dateFromText(raw) : null;
  return iso ? iso : fail('not_a_date', `${quote(raw)} is not a date`, header);
}
