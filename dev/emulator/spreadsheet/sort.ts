/**
 * Sorting as Sheets does it: numbers and dates first (by value), then text (case-insensitive), then booleans;
 * blanks always last whatever the direction; a stable sort. A sort covering every used column moves whole
 * rows (every layer and the rows' developer metadata); a narrower range sort moves only its own cells.
 */
import type { CellValue } from '../api';
import type { GridBox } from './a1-notation';
import type { SheetStore } from './sheet-store';
import type { WorkbookState } from './workbook-state';

export type SortSpec = number | { column: number; ascending?: boolean } | ReadonlyArray<number | { column: number; ascending?: boolean }>;

interface SortKey {
  readonly column: number;
  readonly ascending: boolean;
}

function keysOf(spec: SortSpec): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec as number | { column: number; ascending?: boolean }];
  return list.map((s) => (typeof s === 'number' ? { column: s, ascending: true } : { column: s.column, ascending: s.ascending ?? true }));
}

function rank(v: CellValue | undefined): number {
  if (v === undefined || v === '') return 3;
  if (typeof v === 'number' || v instanceof Date) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

function compareValues(a: CellValue | undefined, b: CellValue | undefined): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
  if (ra === 2) return Number(a) - Number(b);
  return 0;
}

/** The new order of rows box.row.. as indices of old rows. */
export function sortOrder(store: SheetStore, box: GridBox, spec: SortSpec): number[] {
  const keys = keysOf(spec);
  for (const k of keys) {
    if (k.column < box.col || k.column >= box.col + box.numCols) {
      throw new Error(`The specified column (${k.column}) must be within the range.`);
    }
  }
  const order = Array.from({ length: box.numRows }, (_, i) => i);
  return order.sort((i, j) => {
    for (const k of keys) {
      const a = store.values.get(box.row + i, k.column);
      const b = store.values.get(box.row + j, k.column);
      const blankA = rank(a) === 3;
      const blankB = rank(b) === 3;
      if (blankA || blankB) {
        if (blankA !== blankB) return blankA ? 1 : -1;
        continue;
      }
      const c = compareValues(a, b);
      if (c !== 0) return k.ascending ? c : -c;
    }
    return i - j;
  });
}

export function sortRange(state: WorkbookState, store: SheetStore, box: GridBox, spec: SortSpec): void {
  const order = sortOrder(store, box, spec);
  const wholeRows = box.col === 1 && box.col + box.numCols - 1 >= store.lastColumn();
  if (wholeRows) {
    state.applyStructure(store, { kind: 'reorderRows', at: box.row, order });
    return;
  }
  for (const layer of store.layers()) layer.reorderCells(box.row, box.col, box.numCols, order);
}
