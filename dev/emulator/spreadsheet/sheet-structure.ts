/**
 * Row and column inserts/deletes with Apps Script's bounds errors. Every layer, protection, named range,
 * conditional-format range and row/column metadata follows through WorkbookState.applyStructure.
 */
import type { SheetStore } from './sheet-store';
import type { WorkbookState } from './workbook-state';

type Axis = 'rows' | 'columns';

function max(store: SheetStore, axis: Axis): number {
  return axis === 'rows' ? store.maxRows : store.maxColumns;
}

function checkPosition(position: number, count: number, limit: number, axis: Axis): void {
  if (!Number.isInteger(position) || !Number.isInteger(count) || position < 1 || count < 1 || position > limit) {
    throw new Error(`Those ${axis} are out of bounds.`);
  }
}

/** Inserts `count` rows/columns so that the first new one is at `at` (insert…Before(at) / insert…After(at - 1)). */
export function insertAt(state: WorkbookState, store: SheetStore, axis: Axis, at: number, count: number): void {
  checkPosition(at, count, max(store, axis) + 1, axis);
  state.applyStructure(store, { kind: axis === 'rows' ? 'insertRows' : 'insertColumns', at, count });
}

export function deleteAt(state: WorkbookState, store: SheetStore, axis: Axis, at: number, count: number): void {
  const limit = max(store, axis);
  checkPosition(at, count, limit, axis);
  if (at + count - 1 > limit) throw new Error(`Those ${axis} are out of bounds.`);
  const frozen = axis === 'rows' ? store.frozenRows : store.frozenColumns;
  if (count >= limit - frozen && at > frozen) {
    throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis}.`);
  }
  if (count >= limit) throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis}.`);
  state.applyStructure(store, { kind: axis === 'rows' ? 'deleteRows' : 'deleteColumns', at, count });
}
