import { columnNumber } from './column-letter';

/** A bounded block of cells: 1-based top row and left column, and its size. */
export interface A1Box {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

const CELL = /^([A-Z]{1,3})([1-9][0-9]*)$/;

function cell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/**
 * The block an A1 notation names when it is bounded on every side ('I9', 'B2:D5'); null for anything else
 * (an open range such as 'C:C', '2:5' or 'A2:C', a sheet-qualified or R1C1 reference), which the caller
 * must then ask about another way.
 * @example a1Box('B2:D5') // { row: 2, column: 2, numRows: 4, numColumns: 3 }
 */
export function a1Box(a1: string): A1Box | null {
  const [from, to, extra] = a1.split(':');
  if (from === undefined || extra !== undefined) return null;
  const start = cell(from);
  const end = to === undefined ? start : cell(to);
  if (!start || !end || end.row < start.row || end.column < start.column) return null;
  return { row: start.row, column: start.column, numRows: end.row - start.row + 1, numColumns: end.column - start.column + 1 };
}
