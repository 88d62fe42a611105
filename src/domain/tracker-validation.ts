/**
 * What data validation and number format each column kind gets, as plain data the sheet adapter turns
 * into Apps Script rules. Every rule rejects invalid input (allowInvalid false) and says why in its help.
 *
 * Whole numbers: a cell holds one rule, and Apps Script has no "whole number" criterion, so units use one
 * custom formula `=AND(ISNUMBER(U2),U2>=0,U2=INT(U2))` (non-negative AND whole) rather than
 * requireNumberGreaterThanOrEqualTo(0), which would let 2.5 units through.
 */
import type { LayoutColumn, LayoutKind } from './tracker-layout';

/** A validation rule, independent of Apps Script. `formula` rules use `{cell}` for the column's first data cell. */
export type ValidationPlan =
  | { readonly type: 'list'; readonly values: readonly string[]; readonly help: string }
  | { readonly type: 'checkbox'; readonly help: string }
  | { readonly type: 'date'; readonly help: string }
  | { readonly type: 'atLeastZero'; readonly help: string }
  | { readonly type: 'formula'; readonly formula: string; readonly help: string }
  | { readonly type: 'email'; readonly help: string }
  | { readonly type: 'url'; readonly help: string };

export const DATE_FORMAT = 'yyyy-mm-dd';
export const CURRENCY_FORMAT = '$#,##0.00';
export const TIMESTAMP_FORMAT = 'yyyy-mm-dd hh:mm';
/** Plain text: keeps leading zeros of member IDs and reference numbers Sheets would otherwise turn into numbers. */
export const TEXT_FORMAT = '@';

/** Whole, non-negative: see the file comment for why this is one formula. */
export const WHOLE_NUMBER_FORMULA = '=AND(ISNUMBER({cell}),{cell}>=0,{cell}=INT({cell}))';

/** Columns whose text must stay text (identifiers with meaningful leading zeros). */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['memberId', 'payerReference', 'scaNumber', 'priorAuthNumber', 'reference']);

/** Set-up formats the field's column as plain text: Sheets keeps what is written there as text, apostrophe included. */
export function isPlainTextField(field: string): boolean {
  return TEXT_FIELDS.has(field);
}

/** The validation a column gets, or null (free text: set-up leaves any rule a user added alone). */
export function validationFor(column: LayoutColumn, listValues: readonly string[] = column.values ?? []): ValidationPlan | null {
  const label = column.header;
  switch (column.kind) {
    case 'list':
      return { type: 'list', values: listValues, help: `${label}: choose one of ${listValues.join(', ')}.` };
    case 'checkbox':
      return { type: 'checkbox', help: `${label}: tick the box when done.` };
    case 'date':
      return { type: 'date', help: `${label}: a date, e.g. 2026-03-31.` };
    case 'whole':
      return { type: 'formula', formula: WHOLE_NUMBER_FORMULA, help: `${label}: a whole number, 0 or more.` };
    case 'currency':
      return { type: 'atLeastZero', help: `${label}: an amount in dollars per unit, 0 or more.` };
    case 'number':
      return { type: 'atLeastZero', help: `${label}: a number, 0 or more.` };
    case 'email':
      return { type: 'email', help: `${label}: an email address, e.g. name@clinic.example.` };
    case 'url':
      return { type: 'url', help: `${label}: a link starting with https://, e.g. the agreement's share link` };
    case 'text':
    case 'codes':
    case 'timestamp':
      return null;
  }
}

/**
 * The rule set-up puts on a sheet column: `validationFor` without the column name in its help. The cell shows
 * its column's header above it, and one rule per kind (every date column, every checkbox) can then serve every
 * column of every sheet: one rule built instead of one per column, each build being five Apps Script calls.
 * @example sheetValidationFor(endDate) // { type: 'date', help: 'A date, e.g. 2026-03-31.' }
 */
export function sheetValidationFor(column: LayoutColumn, listValues: readonly string[] = column.values ?? []): ValidationPlan | null {
  const plan = validationFor(column, listValues);
  if (plan === null) return null;
  const rest = plan.help.slice(column.header.length + 2);
  return { ...plan, help: rest.charAt(0).toUpperCase() + rest.slice(1) };
}

/** The number format a column's data cells get, or null (leave whatever is there). */
export function numberFormatFor(column: LayoutColumn): string | null {
  const kind: LayoutKind = column.kind;
  if (kind === 'date') return DATE_FORMAT;
  if (kind === 'currency') return CURRENCY_FORMAT;
  if (kind === 'timestamp') return TIMESTAMP_FORMAT;
  if (TEXT_FIELDS.has(column.field)) return TEXT_FORMAT;
  return null;
}

/**
 * Whether a cell's existing number format is good enough for the column: a clinic's own date format
 * (M/d/yyyy) or currency format is respected; only general or foreign formats are replaced.
 */
export function isAcceptableFormat(wanted: string, actual: string): boolean {
  if (actual === wanted) return true;
  if (wanted === DATE_FORMAT) return /y/i.test(actual) && /d/i.test(actual) && !/h/i.test(actual);
  if (wanted === TIMESTAMP_FORMAT) return /y/i.test(actual) && /d/i.test(actual);
  if (wanted === CURRENCY_FORMAT) return /[$€£]/.test(actual) || /0\.00/.test(actual);
  return false;
}

/** The formula with `{cell}` replaced by a relative A1 reference, e.g. 'U2'. */
export function formulaAt(formula: string, cellA1: string): string {
  return formula.split('{cell}').join(cellA1);
}
