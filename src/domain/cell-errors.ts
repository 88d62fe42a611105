import type { Problem } from './case';

/** The error values Sheets shows in a cell whose formula failed. */
export const CELL_ERRORS = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#ERROR!', '#NULL!'] as const;
/** One of the formula error values. */
export type CellError = (typeof CELL_ERRORS)[number];

const ERROR_HINTS: Readonly<Record<CellError, string>> = {
  '#REF!': 'a formula points at a deleted cell',
  '#N/A': 'a lookup found nothing',
  '#VALUE!': 'a formula got the wrong kind of value',
  '#DIV/0!': 'a formula divides by zero',
  '#NAME?': 'a formula uses an unknown name',
  '#NUM!': 'a formula produced an impossible number',
  '#ERROR!': 'a formula cannot be read',
  '#NULL!': 'a formula range is empty',
};

/** The cell error shown by `raw`, if it is one (e.g. '#REF!'). */
export function cellErrorOf(raw: unknown): CellError | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (s.charAt(0) !== '#') return null;
  const upper = s.toUpperCase();
  return (CELL_ERRORS as readonly string[]).includes(upper) ? (upper as CellError) : null;
}

/** The problem reported for a cell showing a formula error. */
export function cellErrorProblem(error: CellError, header: string): Problem {
  return {
    code: 'cell_error',
    message: `${header}: the cell shows ${error} (${ERROR_HINTS[error]}); fix the formula or clear the cell.`,
    column: header,
  };
}
