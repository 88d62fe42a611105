/** The result of reading one cell: a value, or a BadCell carrying the Problem. Shared by all cell parsers. */
import type { Problem } from './case';
import { cellErrorOf, cellErrorProblem } from './cell-errors';

/** A cell that could not be read as its column's kind, and why. */
export class BadCell {
  constructor(readonly problem: Problem) {}
}

/** A parsed cell: the value, or a BadCell (a class, so the hot path allocates nothing for good cells). */
export type CellResult<T> = T | BadCell;

/** A BadCell whose message starts with the column header. */
export const fail = (code: string, message: string, header: string): BadCell =>
  new BadCell({ code, message: `${header}: ${message}`, column: header });

/** True for '', null, undefined and whitespace-only strings. */
export function isBlankCell(raw: unknown): boolean {
  return raw === '' || raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** How a bad value is quoted in a message: short, never throwing. */
export function quote(raw: unknown): string {
  let s: string;
  if (typeof raw === 'string') s = raw.trim();
  else if (typeof raw === 'number' || typeof raw === 'boolean') s = String(raw);
  else if (raw instanceof Date) s = Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString();
  else s = typeof raw;
  return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}

/** A formula error in the cell, as a BadCell; null otherwise. */
export function errorCell(raw: unknown, header: string): BadCell | null {
  const error = cellErrorOf(raw);
  return error ? new BadCell(cellErrorProblem(error, header)) : null;
}
