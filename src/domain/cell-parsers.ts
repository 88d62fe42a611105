/**
 * Cell parsers: one per column kind. Each takes whatever Sheets returned for a cell (Date, number,
 * boolean, '' or a string, including formula errors) and the column header, and returns the typed value
 * or a BadCell with one Problem. They never throw. Blank cells are valid and give the kind's empty value.
 */
import { errorCell, fail, isBlankCell, quote, type CellResult } from './cell-result';
import { dateOfInstant } from './date-cells';
import { parseEmailAddress } from './email-address';

export { BadCell, isBlankCell, quote, type CellResult } from './cell-result';
export { dateFromText, parseDate } from './date-cells';

/** Free text. Numbers, booleans and dates are shown as text (dates as YYYY-MM-DD in `timeZone`). */
export function parseText(raw: unknown, header: string, timeZone = 'UTC'): CellResult<string> {
  if (isBlankCell(raw)) return '';
  const bad = errorCell(raw, header);
  if (bad) return bad;
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) {
    const iso = dateOfInstant(raw, timeZone);
    return iso ? iso : fail('not_text', `${quote(raw)} cannot be read as text`, header);
  }
  return fail('not_text', `${quote(raw)} cannot be read as text`, header);
}

const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** A number typed as text: '12', '1,200.50'; with `money`, also '$120' and '-$5'. NaN when it is not one. */
export function numberFromText(text: string, money: boolean): number {
  let s = text.trim();
  if (money) s = s.replace(/^(-?)\s*\$\s*/, '$1');
  if (THOUSANDS.test(s)) s = s.replace(/,/g, '');
  return PLAIN_NUMBER.test(s) ? Number(s) : Number.NaN;
}

function parseNumber(raw: unknown, header: string, money: boolean): CellResult<number | null> {
  if (isBlankCell(raw)) return null;
  const bad = errorCell(raw, header);
  if (bad) return bad;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? numberFromText(raw, money) : Number.NaN;
  if (!Number.isFinite(n)) return fail('not_a_number', `${quote(raw)} is not a number`, header);
  if (n < 0) return fail('negative_number', `${quote(raw)} is negative; enter 0 or more`, header);
  return n === 0 ? 0 : n;
}

/** A whole number ≥ 0 (units). */
export function parseWhole(raw: unknown, header: string): CellResult<number | null> {
  const r = parseNumber(raw, header, false);
  if (typeof r === 'number' && !Number.isInteger(r)) {
    return fail('not_whole', `${quote(raw)} is not a whole number`, header);
  }
  return r;
}

/** A number ≥ 0 that may have decimals (miles). */
export function parseDecimal(raw: unknown, header: string): CellResult<number | null> {
  return parseNumber(raw, header, false);
}

/** An amount ≥ 0 per unit: 120, '120.50', '$1,200'. */
export function parseCurrency(raw: unknown, header: string): CellResult<number | null> {
  return parseNumber(raw, header, true);
}

/** How allowed values are named in a message: all when few, else the first five. */
export function describeAllowed(values: readonly string[]): string {
  return values.length <= 6 ? values.join(', ') : `${values.slice(0, 5).join(', ')}, … (see the dropdown)`;
}

const lookups = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** Lower-case value → canonical value, built once per list. */
function lookupOf<T extends string>(values: readonly T[]): ReadonlyMap<string, T> {
  let lookup = lookups.get(values);
  if (!lookup) {
    lookup = new Map(values.map((v) => [v.toLowerCase(), v]));
    lookups.set(values, lookup);
  }
  return lookup as ReadonlyMap<string, T>;
}

/** A value from `values`, matched ignoring case and spacing, returned in its canonical spelling. */
export function parseList<T extends string>(raw: unknown, header: string, values: readonly T[]): CellResult<T | ''> {
  if (isBlankCell(raw)) return '';
  const bad = errorCell(raw, header);
  if (bad) return bad;
  if (typeof raw === 'string') {
    const hit = lookupOf(values).get(raw.trim().replace(/\s+/g, ' ').toLowerCase());
    if (hit !== undefined) return hit;
  }
  return fail('not_in_list', `${quote(raw)} is not one of ${describeAllowed(values)}`, header);
}

/** An email address (Owner), trimmed and lower-cased. */
export function parseEmail(raw: unknown, header: string): CellResult<string> {
  if (isBlankCell(raw)) return '';
  const bad = errorCell(raw, header);
  if (bad) return bad;
  const address = parseEmailAddress(raw);
  if (address !== null) return address;
  return fail('not_an_email', `${quote(raw)} is not an email address`, header);
}

/** A link: http(s) URL. */
export function parseUrl(raw: unknown, header: string): CellResult<string> {
  if (isBlankCell(raw)) return '';
  const bad = errorCell(raw, header);
  if (bad) return bad;
  if (typeof raw === 'string' && /^https?:\/\/\S+$/i.test(raw.trim())) return raw.trim();
  return fail('not_a_link', `${quote(raw)} is not a link (it should start with https://)`, header);
}

/** A checkbox: true / false / 'TRUE' / 'FALSE' / blank (= false). */
export function parseCheckbox(raw: unknown, header: string): CellResult<boolean> {
  if (typeof raw === 'boolean') return raw;
  if (isBlankCell(raw)) return false;
  const bad = errorCell(raw, header);
  if (bad) return bad;
  if (typeof raw === 'string') {
    const s = raw.trim().toUpperCase();
    if (s === 'TRUE') return true;
    if (s === 'FALSE') return false;
  }
  return fail('not_a_checkbox', `${quote(raw)} is not a checkbox value (tick or untick it)`, header);
}

/** CPT (5 digits, or 4 digits + F/T for Category II/III) or HCPCS Level II (a letter + 4 digits). */
export const PROCEDURE_CODE = /^(\d{5}|\d{4}[FT]|[A-V]\d{4})$/;

/** Approved codes: split on commas, semicolons and spaces, upper-cased, de-duplicated; each must look like a code. */
export function parseCodes(raw: unknown, header: string): CellResult<readonly string[]> {
  if (isBlankCell(raw)) return [];
  const bad = errorCell(raw, header);
  if (bad) return bad;
  const text = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw : null;
  if (text === null) return fail('bad_code', `${quote(raw)} is not a CPT or HCPCS code`, header);
  const codes: string[] = [];
  const wrong: string[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    if (token === '') continue;
    const code = token.toUpperCase();
    if (!PROCEDURE_CODE.test(code)) wrong.push(token);
    else if (!codes.includes(code)) codes.push(code);
  }
  if (wrong.length > 0) {
    const list = wrong.map((w) => `'${w}'`).join(', ');
    const verb = wrong.length === 1 ? 'is not a CPT or HCPCS code' : 'are not CPT or HCPCS codes';
    return fail('bad_code', `${list} ${verb} (5 digits like 90837, or a letter and 4 digits like H2019)`, header);
  }
  return codes;
}
