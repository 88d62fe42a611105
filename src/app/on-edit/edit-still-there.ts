import { calendarDateOf, daysBetween } from '../../domain/calendar-date';
import { caseIdKey } from '../../domain/case-id';
import type { EditedBlock } from './edited-block';

/**
 * Whether the edited cell still holds what the user typed (`e.value`; absent = the cell was cleared).
 * onEdit runs seconds after the edit: a sort, an insert or another edit in between means the event's
 * coordinates now show something else, and nothing may be decided or written from them.
 */
export function editStillThere(block: EditedBlock, typed: unknown, timeZone: string): boolean {
  const single = block.single;
  if (!single) return true;
  const cell: unknown = block.rows[single.rowNumber - block.first]?.[single.column];
  return sameAsEventValue(cell, typed, timeZone);
}

/** A cell compared with an onEdit e.value (a string: TRUE/FALSE for checkboxes, a serial number for dates). */
export function sameAsEventValue(cell: unknown, typed: unknown, timeZone: string): boolean {
  if (typed === undefined || typed === null || typed === '') return cell === '' || cell === null || cell === undefined;
  const text = String(typed);
  if (typeof cell === 'boolean') return text.toUpperCase() === String(cell).toUpperCase();
  if (typeof cell === 'number') return Number(text) === cell;
  if (cell instanceof Date) return Math.floor(Number(text)) === daysBetween('1899-12-30', calendarDateOf(cell, timeZone));
  return typeof cell === 'string' && cell === text;
}

/** Rows of the block whose Case ID differs between two reads: another case is there now (a sort, an insert). */
export function rowsWithAnotherCase(before: EditedBlock, now: EditedBlock): Set<number> {
  const column = before.layout.map.columns.caseId;
  const moved = new Set<number>();
  if (column === undefined) return moved;
  before.rows.forEach((cells, i) => {
    if (caseIdKey(cells[column]) !== caseIdKey(now.rows[i]?.[column])) moved.add(before.first + i);
  });
  return moved;
}
