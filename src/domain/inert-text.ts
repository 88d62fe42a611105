/**
 * Text that came from a person, made safe to write into a cell: Sheets turns a string that begins with
 * `=` into a formula on setValue/setValues, and `+`, `-` or `@` into a formula or a number on user input.
 * A leading apostrophe makes Sheets store the rest as plain text (the apostrophe is not part of the
 * value read back), so what is read later is exactly what the person typed.
 *
 * Every writer of person-originated text goes through this one function (History, log sheets,
 * Problems, sidebar saves, imports). Numbers, booleans and Dates pass unchanged.
 * @example inertText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * @example inertText('SCA-0001') // 'SCA-0001'
 */
export function inertText<T>(value: T): T | string {
  return typeof value === 'string' && needsQuote(value) ? `'${value}` : value;
}

/** Whether Sheets would read `text` as something other than the text itself. */
export function needsQuote(text: string): boolean {
  // A leading apostrophe must be doubled too: Sheets would otherwise swallow it as the text marker.
  return /^\s*[=+\-@']/.test(text) || looksParsed(text.trim());
}

// Dates and times Sheets recognises in typed text, beyond plain numbers.
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?$/i;
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?(,?\\s+\\d{2,4})?$`, 'i');
const DAY_FIRST = new RegExp(`^\\d{1,2}\\s+${MONTH}(,?\\s+\\d{2,4})?$`, 'i');

/**
 * Text that Sheets' input parser would turn into a number, date, time or boolean ('0042', '1e5', '3/7/26',
 * 'Mar 9', '9 March 2026', '10:30', 'true').
 */
function looksParsed(t: string): boolean {
  if (t === '') return false;
  if (!Number.isNaN(Number(t.replace(/[$,%]/g, '')))) return true;
  return NUMERIC_DATE.test(t) || TIME.test(t) || MONTH_FIRST.test(t) || DAY_FIRST.test(t) || /^(true|false)$/i.test(t);
}
