import { isIsoDate, startOfDayIn } from '../domain/calendar-date';
import { CASE_COLUMNS, type CaseField, type ColumnKind } from '../domain/case-columns';

const KIND = new Map<CaseField, ColumnKind>(CASE_COLUMNS.map((c) => [c.field, c.kind]));

/** A value as it goes into a cell. */
export type CellInput = string | number | boolean | Date;

/**
 * The cell value for a field's typed value: ISO dates become a Date at local midnight in the spreadsheet's
 * zone (what Sheets stores for a date typed there), codes are joined, null/undefined clear the cell.
 */
export function cellValueFor(field: CaseField, value: unknown, timeZone: string): CellInput {
  if (value === null || value === undefined) return '';
  const kind = KIND.get(field);
  if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) return startOfDayIn(value, timeZone);
  if (kind === 'codes' && Array.isArray(value)) return value.map(String).join(', ');
  if (kind === 'checkbox') return value === true || value === 'TRUE';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}

/** True when two cell values are the same for writing purposes (a Date by its instant). */
export function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return a === b || ((a === null || a === undefined) && b === '') || ((b === null || b === undefined) && a === '');
}
