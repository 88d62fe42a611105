/**
 * One source row as a case: each mapped cell converted to its field; every value that has no column (an
 * unmapped source column) or does not fit its column (a date that cannot be read, a negative number, an
 * unknown status) kept in Notes as `Header: value`, so nothing is lost; each misfit is a problem on its cell.
 */
import { isBlankCell } from '../cell-result';
import { STATUSES } from '../vocabulary';
import { cellText } from './cell-text';
import { convertCell, type ConvertContext, type ImportValue } from './convert-cell';
import type { ImportField } from './import-fields';
import { settleStatus, type StatusReading } from './status-synonyms';

/** A source column as the mapping reads it. `target` null = Notes. */
export interface MappedColumn {
  readonly index: number;
  readonly header: string;
  readonly target: ImportField | null;
  readonly convert: ConvertContext;
}

/** A problem on one source cell. */
export interface CellProblem {
  /** 0-based source column. */
  readonly column: number;
  /** The field the value was meant for. */
  readonly field: ImportField;
  readonly message: string;
}

/** Field values as cases take them (dates as ISO text, codes as arrays), Notes text and the row's problems. */
export type CaseValues = Partial<Record<Exclude<ImportField, 'notes'>, string | number | boolean | readonly string[]>>;

export interface MappedRow {
  readonly values: CaseValues;
  readonly notes: string;
  readonly problems: readonly CellProblem[];
}

/** How kept values are joined in Notes. */
export const NOTES_SEPARATOR = '; ';

/** `Header: value`, the form a value takes in Notes. @example noteOf('Auth #', 'PA-1') // 'Auth #: PA-1' */
export function noteOf(header: string, text: string): string {
  return header.trim() === '' ? text : `${header.trim()}: ${text}`;
}

const CANONICAL = new Set<string>(STATUSES.map((s) => s.toLowerCase()));

/**
 * Maps one row. Columns mapped to Notes keep their bare value (a Notes column) or `Header: value` (any
 * other unmapped column); a second column mapped to a field already filled goes to Notes too.
 * @example mapSourceRow(['pending', 'x'], [{ index: 0, header: 'Status', target: 'status', convert }, { index: 1, header: 'Misc', target: null, convert }]).notes // 'Status: pending; Misc: x'
 */
export function mapSourceRow(cells: readonly unknown[], columns: readonly MappedColumn[]): MappedRow {
  const values: Record<string, ImportValue> = {};
  const notes: string[] = [];
  const problems: CellProblem[] = [];
  let status: StatusReading | null = null;
  for (const column of columns) {
    const raw = cells[column.index];
    if (isBlankCell(raw)) continue;
    const text = cellText(raw, column.convert.timeZone);
    if (column.target === 'notes') {
      notes.push(text);
      continue;
    }
    if (column.target === null || values[column.target] !== undefined) {
      notes.push(noteOf(column.header, text));
      continue;
    }
    const converted = convertCell(raw, column.target, column.header, column.convert);
    if (!converted.ok) {
      problems.push({ column: column.index, field: column.target, message: converted.problem });
      notes.push(noteOf(column.header, text));
      continue;
    }
    if (column.target === 'status') {
      status = converted.value as StatusReading;
      // The clinic's own word is kept when it says more than our status name does.
      if (!CANONICAL.has(text.toLowerCase())) notes.push(noteOf(column.header, text));
      values.status = '';
      continue;
    }
    values[column.target] = converted.value;
  }
  if (status) {
    values.status = settleStatus(status, typeof values.writtenConfirmationOn === 'string');
    if (status.denialReason && values.denialReason === undefined) values.denialReason = status.denialReason;
  }
  return { values: values as CaseValues, notes: notes.join(NOTES_SEPARATOR), problems };
}
