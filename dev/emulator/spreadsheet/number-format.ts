/**
 * Display values: a cell value rendered through its number format, like getDisplayValue(). Supported:
 * date/time patterns (yyyy yy mmmm mmm mm m dddd ddd dd d hh h ss, am/pm, quoted text), numeric patterns
 * with literal prefix/suffix ('0', '0.00', '#,##0', '$#,##0.00', '[$$]#,##0.00', '0%'), a second ';' section
 * for negatives, '@' (text) and ''/'General'. Without a format: numbers as Sheets' General, booleans
 * 'TRUE'/'FALSE', dates 'M/d/yyyy' (plus ' H:mm:ss' when not at local midnight).
 */
import type { CellValue } from '../api';
import { fromSerialNumber, serialNumber, zonedParts } from './zoned-time';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function formatValue(value: CellValue | '', format: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const fmt = (format ?? '').trim();
  if (fmt === '' || /^general$/i.test(fmt) || fmt === '@') return defaultDisplay(value, timeZone);
  if (typeof value === 'string') return value;
  if (isDatePattern(fmt)) {
    const date = value instanceof Date ? value : fromSerialNumber(value, timeZone);
    return formatDate(date, fmt, timeZone);
  }
  const n = value instanceof Date ? serialNumber(value, timeZone) : value;
  return formatNumber(n, fmt);
}

function defaultDisplay(value: string | number | Date, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  const p = zonedParts(value, timeZone);
  const date = `${p.month}/${p.day}/${p.year}`;
  if (p.hour === 0 && p.minute === 0 && p.second === 0) return date;
  return `${date} ${p.hour}:${pad(p.minute)}:${pad(p.second)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

const datePatterns = new Map<string, boolean>();

/** True for date/time formats ('yyyy-mm-dd', 'M/d/yyyy', 'h:mm'); cached, since reads ask per cell. */
export function isDatePattern(fmt: string): boolean {
  let answer = datePatterns.get(fmt);
  if (answer === undefined) {
    const bare = stripLiterals(fmt);
    answer = !/^general$/i.test(fmt.trim()) && (/[ydhs]/i.test(bare) || /^[^0#]*m/i.test(bare));
    datePatterns.set(fmt, answer);
  }
  return answer;
}

const DATE_TOKEN = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|./gi;

function formatDate(date: Date, fmt: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const twelve = /am\/pm|a\/p/i.test(fmt);
  const tokens = fmt.match(DATE_TOKEN) ?? [];
  return tokens
    .map((tok, i) => {
      const t = tok.toLowerCase();
      if (tok.startsWith('"')) return tok.slice(1, -1);
      if (tok.startsWith('\\')) return tok.slice(1);
      if (t === 'm' || t === 'mm') {
        // 'm' means minutes right after an hour or right before seconds, months otherwise.
        const prev = tokens.slice(0, i).reverse().find((x) => /^[a-z]/i.test(x))?.toLowerCase() ?? '';
        const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x))?.toLowerCase() ?? '';
        if (prev.startsWith('h') || next.startsWith('s')) return t === 'mm' ? pad(p.minute) : String(p.minute);
        return t === 'mm' ? pad(p.month) : String(p.month);
      }
      const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
      switch (t) {
        case 'yyyy': return String(p.year);
        case 'yy': return pad(p.year % 100);
        case 'mmmm': return MONTHS[p.month - 1] ?? '';
        case 'mmm': return (MONTHS[p.month - 1] ?? '').slice(0, 3);
        case 'dddd': return DAYS[p.weekday] ?? '';
        case 'ddd': return (DAYS[p.weekday] ?? '').slice(0, 3);
        case 'dd': return pad(p.day);
        case 'd': return String(p.day);
        case 'hh': return pad(twelve ? hour12 : p.hour);
        case 'h': return String(twelve ? hour12 : p.hour);
        case 'ss': return pad(p.second);
        case 's': return String(p.second);
        case 'am/pm': return p.hour < 12 ? 'AM' : 'PM';
        case 'a/p': return p.hour < 12 ? 'A' : 'P';
        default: return tok;
      }
    })
    .join('');
}

/** Formats a number with a numeric pattern; exported for tests. */
export function formatNumber(n: number, format: string): string {
  const sections = format.split(';');
  const negativeSection = sections[1];
  const useNegative = n < 0 && negativeSection !== undefined;
  const section = (useNegative ? negativeSection : sections[0]) ?? '';
  const body = section.replace(/\[\$([^\]-]*)[^\]]*\]/g, '"$1"');
  const start = body.search(/[0#?]/);
  if (start < 0) return unquote(body);
  let end = start;
  for (let i = start; i < body.length; i++) if (/[0#?,.]/.test(body[i] ?? '')) end = i;
  const prefix = unquote(body.slice(0, start));
  const suffix = unquote(body.slice(end + 1));
  const pattern = body.slice(start, end + 1);
  const percent = prefix.includes('%') || suffix.includes('%');
  const [intPart = '', decPart = ''] = pattern.split('.');
  const decimals = (decPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (decPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(',');
  const scaled = Math.abs(percent ? n * 100 : n);
  let [whole = '0', frac = ''] = scaled.toFixed(decimals).split('.');
  frac = frac.replace(/0+$/, '').padEnd(minDecimals, '0');
  whole = whole === '0' && minInt === 0 ? '' : whole.padStart(minInt, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = frac ? `${whole}.${frac}` : whole;
  const sign = n < 0 && !useNegative && Number(scaled.toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${prefix}${digits}${suffix}`;
}

function unquote(s: string): string {
  return s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}
