/**
 * Which rows the grid draws: the ones in the scroll viewport plus a margin, so a 200-row sheet lays out
 * like a 60-row one. Rows have a fixed height, so this is arithmetic on scrollTop.
 */
import { HEAD_H, ROW_H, ROW_HEAD_W } from './grid-cells';

/** Rows drawn above and below the visible ones, so short scrolls need no redraw. */
const MARGIN_ROWS = 30;

export interface RowRange {
  readonly first: number;
  readonly last: number;
}

/** The rows [first, last) to draw below the `frozen` ones for a viewport of `root` scrolled to `scrollTop`. */
export function wantedRows(root: HTMLElement, scrollTop: number, rows: number, frozen: number): RowRange {
  const top = Math.floor(scrollTop / ROW_H);
  const visible = Math.ceil((root.clientHeight || 900) / ROW_H);
  const first = Math.max(frozen, Math.min(rows, top - MARGIN_ROWS));
  return { first, last: Math.max(first, Math.min(rows, top + visible + MARGIN_ROWS)) };
}

/** True when every row in view is among those drawn. */
export function covers(drawn: RowRange, root: HTMLElement, rows: number, frozen: number): boolean {
  const top = Math.floor(root.scrollTop / ROW_H);
  const bottom = Math.min(rows, top + Math.ceil(root.clientHeight / ROW_H) + 1);
  return (top >= drawn.first || drawn.first <= frozen) && bottom <= drawn.last;
}

/** Scrolls `root` so a cell is clear of the frozen rows and columns, the column letters and the row numbers. */
export function scrollToCell(
  root: HTMLElement,
  cell: { readonly row: number; readonly col: number },
  frozen: { readonly rows: number; readonly columns: number },
  widths: readonly number[],
): void {
  if (cell.row >= frozen.rows) {
    const top = cell.row * ROW_H;
    if (top < root.scrollTop + frozen.rows * ROW_H) root.scrollTop = top - frozen.rows * ROW_H;
    else if (top + ROW_H > root.scrollTop + root.clientHeight - HEAD_H) root.scrollTop = top + ROW_H - root.clientHeight + HEAD_H;
  }
  if (cell.col < frozen.columns) return;
  const sum = (n: number): number => widths.slice(0, n).reduce((a, b) => a + b, 0);
  const pinned = ROW_HEAD_W + sum(frozen.columns);
  const left = ROW_HEAD_W + sum(cell.col);
  const right = left + (widths[cell.col] ?? 0);
  if (left < root.scrollLeft + pinned) root.scrollLeft = left - pinned;
  else if (right > root.scrollLeft + root.clientWidth) root.scrollLeft = right - root.clientWidth;
}
