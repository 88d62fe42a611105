import { columnLetter as letterOfColumn } from '../../../src/domain/column-letter';

/** Column letters of a 0-based grid column. */
export function columnLetter(index: number): string {
  return letterOfColumn(index + 1);
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
