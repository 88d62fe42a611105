/**
 * What Sheets makes of text a user types into a cell, and how onEdit reports values. Typed numbers
 * ('12', '-3.5', '1,200', '$120.00'; '£120.00' in en_GB), percents, TRUE/FALSE and dates ('YYYY-MM-DD' in
 * any locale; 'M/D/YYYY' in en_US, 'D/M/YYYY' in other locales such as en_GB; at local midnight in the
 * spreadsheet's zone) are converted, with the number format Sheets would auto-apply; anything else (and text
 * after a leading apostrophe) stays text. Sheets Help, "Change a spreadsheet's locale, time zone, calculation
 * settings & language": the locale decides date and number formats. Locales with a decimal comma (de_DE…)
 * are not emulated: their numbers read as en_US's.
 */
import type { CellValue } from '../api';
import { isIsoDate, serialNumber, startOfDayIn } from './zoned-time';

export interface ParsedInput {
  readonly value: CellValue | '';
  /** The format Sheets applies when the cell has none (e.g. currency for '$120.00'). */
  readonly format?: string;
}

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;
const CURRENCY = /^(-?)([$£])(.+)$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Locales that read '3/7/2026' month first (Sheets' en_US); every other emulated locale reads it day first. */
const MONTH_FIRST = new Set(['en_US', 'en']);

/** '1,000' keeps its thousands separator: Sheets applies '#,##0' (with the typed decimals) to a grouped number. */
function groupedFormat(text: string): string {
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** The currency format Sheets auto-applies for a typed amount in `symbol`, or null when the locale does not read it. */
function currencyFormat(symbol: string, locale: string): string | null {
  if (symbol === '$') return '$#,##0.00';
  return locale === 'en_GB' ? '[$£]#,##0.00' : null;
}
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text) || !/\d/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

/**
 * Parses typed input; non-strings (a checkbox click, a pasted Date) are taken as they are, and so is text
 * typed into a cell formatted as plain text ('@').
 */
export function parseUserInput(input: CellValue | '', timeZone: string, cellFormat?: string, locale = 'en_US'): ParsedInput {
  if (typeof input !== 'string' || (cellFormat === '@' && input !== '')) return { value: input };
  const text = input.trim();
  if (text === '') return { value: '' };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const plain = parseNumber(text);
  if (plain !== null) return text.includes(',') ? { value: plain, format: groupedFormat(text) } : { value: plain };
  const money = CURRENCY.exec(text);
  const amount = money ? parseNumber(money[3] ?? '') : null;
  const moneyFormat = money ? currencyFormat(money[2] ?? '', locale) : null;
  if (money && amount !== null && moneyFormat) return { value: money[1] ? -amount : amount, format: moneyFormat };
  if (text.endsWith('%')) {
    const pct = parseNumber(text.slice(0, -1));
    if (pct !== null) return { value: pct / 100, format: '0%' };
  }
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const day = `${iso[1]}-${(iso[2] ?? '').padStart(2, '0')}-${(iso[3] ?? '').padStart(2, '0')}`;
    if (isIsoDate(day)) return { value: startOfDayIn(day, timeZone), format: 'yyyy-mm-dd' };
  }
  const slash = SLASH_DATE.exec(text);
  if (slash) {
    const monthFirst = MONTH_FIRST.has(locale);
    const [month, day] = monthFirst ? [slash[1], slash[2]] : [slash[2], slash[1]];
    const iso = `${slash[3]}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
    if (isIsoDate(iso)) return { value: startOfDayIn(iso, timeZone), format: monthFirst ? 'M/d/yyyy' : 'dd/mm/yyyy' };
  }
  return { value: input };
}

/** A value as onEdit's e.value / e.oldValue give it: a string, a date as its serial number; undefined when empty. */
export function eventValue(value: CellValue | '' | undefined, timeZone: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return String(serialNumber(value, timeZone));
  return String(value);
}
