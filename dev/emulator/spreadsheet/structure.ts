/**
 * How a range-shaped thing (protection, named range, conditional-format range, row/column metadata) follows
 * row and column inserts and deletes, as Sheets adjusts references: an insert before it shifts it, an insert
 * strictly inside it widens it, a delete shrinks it, and deleting all of it removes it (null).
 */
import type { GridBox } from './a1-notation';

export type StructureChange =
  | { readonly kind: 'insertRows' | 'deleteRows' | 'insertColumns' | 'deleteColumns'; readonly at: number; readonly count: number }
  | { readonly kind: 'reorderRows'; readonly at: number; readonly order: readonly number[] };

function insertSpan(start: number, size: number, at: number, count: number): [number, number] {
  if (at <= start) return [start + count, size];
  if (at < start + size) return [start, size + count];
  return [start, size];
}

function deleteSpan(start: number, size: number, at: number, count: number): [number, number] | null {
  const end = start + size - 1;
  const delEnd = at + count - 1;
  if (delEnd < start) return [start - count, size];
  if (at > end) return [start, size];
  const kept = size - (Math.min(end, delEnd) - Math.max(start, at) + 1);
  if (kept <= 0) return null;
  return [Math.min(start, at), kept];
}

/** The box after `change`, or null when the change deleted all of it. Reorders leave boxes in place. */
export function adjustBox(box: GridBox, change: StructureChange): GridBox | null {
  switch (change.kind) {
    case 'insertRows': {
      const [row, numRows] = insertSpan(box.row, box.numRows, change.at, change.count);
      return { ...box, row, numRows };
    }
    case 'deleteRows': {
      const span = deleteSpan(box.row, box.numRows, change.at, change.count);
      return span && { ...box, row: span[0], numRows: span[1] };
    }
    case 'insertColumns': {
      const [col, numCols] = insertSpan(box.col, box.numCols, change.at, change.count);
      return { ...box, col, numCols };
    }
    case 'deleteColumns': {
      const span = deleteSpan(box.col, box.numCols, change.at, change.count);
      return span && { ...box, col: span[0], numCols: span[1] };
    }
    case 'reorderRows':
      return box;
  }
}

/** Where a single row moves in a reorder (new row index), or the row itself when outside it. */
export function reorderedRow(row: number, change: { readonly at: number; readonly order: readonly number[] }): number {
  const i = row - change.at;
  if (i < 0 || i >= change.order.length) return row;
  const to = change.order.indexOf(i);
  return to < 0 ? row : change.at + to;
}
