/**
 * Whether a user's input satisfies a cell's validation rule, and the message Sheets shows when it does not
 * (the rule's help text when it has one). Clearing a cell is always allowed. CUSTOM_FORMULA rules are
 * evaluated with the tiny formula evaluator (formula-eval.ts) with the input in place; a formula outside that
 * subset is accepted.
 */
import type { CellValue } from '../api';
import type { WorkbookObjects } from './objects';
import { formulaHolds } from './formula-eval';
import { formatValue, isDatePattern } from './number-format';
import { checkboxValues } from './range-validation';
import type { SheetStore } from './sheet-store';
import type { ValidationSpec } from './validation-spec';
import { calendarDateOf, fromSerialNumber } from './zoned-time';
import { numberCriterion } from './number-criterion';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^((https?|ftp):\/\/\S+|[^\s@/]+\.[a-z]{2,}(\/\S*)?)$/i;

export interface CellAt {
  readonly store: SheetStore;
  readonly row: number;
  readonly col: number;
}

export function isValidInput(ctx: WorkbookObjects, spec: ValidationSpec, input: CellValue | '', at: CellAt): boolean {
  if (input === '') return true;
  const tz = ctx.timeZone;
  // A number typed into a date-formatted cell is a date to Sheets.
  const format = at.store.formats.get(at.row, at.col);
  const value = typeof input === 'number' && format !== undefined && isDatePattern(format) ? fromSerialNumber(input, tz) : input;
  const [a, b] = spec.values;
  const asText = typeof value === 'string' ? value : formatValue(value, at.store.formats.get(at.row, at.col), tz);
  const day = (d: unknown): string => (d instanceof Date ? calendarDateOf(d, tz) : '');
  const n = typeof value === 'number' ? value : Number.NaN;
  const vDay = value instanceof Date ? calendarDateOf(value, tz) : null;
  switch (spec.criteria) {
    case 'NUMBER_BETWEEN':
    case 'NUMBER_NOT_BETWEEN':
    case 'NUMBER_EQUAL_TO':
    case 'NUMBER_NOT_EQUAL_TO':
    case 'NUMBER_GREATER_THAN':
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
    case 'NUMBER_LESS_THAN':
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return numberCriterion(spec.criteria, n, a, b) ?? false;
    case 'VALUE_IN_LIST': return (Array.isArray(a) ? a : []).some((item) => String(item) === asText);
    case 'VALUE_IN_RANGE': {
      const source = ctx.unwrapRange(a);
      return source.getDisplayValues().some((line) => line.includes(asText));
    }
    case 'CHECKBOX': {
      const [on, off] = checkboxValues(spec);
      return value === on || value === off;
    }
    case 'DATE_IS_VALID_DATE': return vDay !== null;
    case 'DATE_AFTER': return vDay !== null && vDay > day(a);
    case 'DATE_BEFORE': return vDay !== null && vDay < day(a);
    case 'DATE_ON_OR_AFTER': return vDay !== null && vDay >= day(a);
    case 'DATE_ON_OR_BEFORE': return vDay !== null && vDay <= day(a);
    case 'DATE_EQUAL_TO': return vDay !== null && vDay === day(a);
    case 'DATE_BETWEEN': return vDay !== null && vDay >= day(a) && vDay <= day(b);
    case 'DATE_NOT_BETWEEN': return vDay !== null && (vDay < day(a) || vDay > day(b));
    case 'TEXT_CONTAINS': return asText.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN': return !asText.includes(String(a));
    case 'TEXT_EQUAL_TO': return asText === String(a);
    case 'TEXT_IS_VALID_EMAIL': return EMAIL.test(asText);
    case 'TEXT_IS_VALID_URL': return URL_LIKE.test(asText);
    case 'CUSTOM_FORMULA': {
      const env = {
        timeZone: tz,
        now: () => ctx.host.now(),
        cell: (row: number, col: number) => (row === at.row && col === at.col ? value : at.store.values.get(row, col)),
      };
      const anchor = spec.anchor ?? { row: at.row, col: at.col };
      return formulaHolds(String(a), env, anchor, at) ?? true;
    }
  }
}

const fmtDate = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** The message Sheets shows for rejected input: the help text, else a description of the criterion. */
export function rejectionMessage(spec: ValidationSpec): string {
  if (spec.helpText) return spec.helpText;
  const [a, b] = spec.values;
  const what: Record<ValidationSpec['criteria'], string> = {
    VALUE_IN_LIST: 'be an item on the specified list',
    VALUE_IN_RANGE: 'be an item in the specified range',
    CHECKBOX: 'be a checkbox value',
    DATE_IS_VALID_DATE: 'be a valid date',
    DATE_AFTER: `be a date after ${fmtDate(a)}`,
    DATE_BEFORE: `be a date before ${fmtDate(a)}`,
    DATE_ON_OR_AFTER: `be a date on or after ${fmtDate(a)}`,
    DATE_ON_OR_BEFORE: `be a date on or before ${fmtDate(a)}`,
    DATE_EQUAL_TO: `be the date ${fmtDate(a)}`,
    DATE_BETWEEN: `be a date between ${fmtDate(a)} and ${fmtDate(b)}`,
    DATE_NOT_BETWEEN: `be a date not between ${fmtDate(a)} and ${fmtDate(b)}`,
    NUMBER_BETWEEN: `be a number between ${String(a)} and ${String(b)}`,
    NUMBER_NOT_BETWEEN: `be a number not between ${String(a)} and ${String(b)}`,
    NUMBER_EQUAL_TO: `be a number equal to ${String(a)}`,
    NUMBER_NOT_EQUAL_TO: `be a number not equal to ${String(a)}`,
    NUMBER_GREATER_THAN: `be a number greater than ${String(a)}`,
    NUMBER_GREATER_THAN_OR_EQUAL_TO: `be a number greater than or equal to ${String(a)}`,
    NUMBER_LESS_THAN: `be a number less than ${String(a)}`,
    NUMBER_LESS_THAN_OR_EQUAL_TO: `be a number less than or equal to ${String(a)}`,
    TEXT_CONTAINS: `contain "${String(a)}"`,
    TEXT_DOES_NOT_CONTAIN: `not contain "${String(a)}"`,
    TEXT_EQUAL_TO: `be "${String(a)}"`,
    TEXT_IS_VALID_EMAIL: 'be a valid email address',
    TEXT_IS_VALID_URL: 'be a valid URL',
    CUSTOM_FORMULA: `satisfy formula: ${String(a)}`,
  };
  return `Invalid: Input must ${what[spec.criteria]}`;
}
