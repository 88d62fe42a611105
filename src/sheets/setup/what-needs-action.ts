import { dataBlock, type ColumnPlacement, type SheetSetup } from './setup-context';

/**
 * On a Cases sheet this run created, Flags and Problems wrap, so a cell shows all its lines within the
 * column's width instead of running under its neighbours. A clinic's own sheet keeps its looks.
 */
export function wrapWhatNeedsAction(setup: SheetSetup, placement: ColumnPlacement): void {
  const block = dataBlock(setup, placement);
  if (!setup.created || block === null) return;
  const columns = ['flags', 'problems'].flatMap((f) => placement.positions.get(f) ?? []).sort((a, b) => a - b);
  const [first, second] = columns;
  if (first === undefined) return;
  if (second === first + 1) setup.sheet.getRange(2, first, block.rows, 2).setWrap(true);
  else for (const column of columns) setup.sheet.getRange(2, column, block.rows, 1).setWrap(true);
}
